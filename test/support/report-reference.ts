import { monthOf } from '../../src/domain/helsinki-date';
import type { ReportCounts } from '../../src/domain/tally-additions';
import { isCounted, type Visit } from '../../src/domain/visit';

/** The reports' raw counts made in memory from visits, by the rules the database's triggers keep. */
export function countReportVisits(visits: Iterable<Visit>): ReportCounts {
  const counts: ReportCounts = { cells: [], topicSectors: [], referralSectors: [], answers: [] };
  for (const v of visits) {
    if (!isCounted(v)) continue;
    const cell = { pointId: v.pointId, month: monthOf(v.visitDate), ageGroup: v.ageGroup, sector: v.sector };
    counts.cells.push({ ...cell, visits: 1 });
    for (const code of new Set(v.topics)) counts.topicSectors.push({ sector: v.sector, code, count: 1 });
    for (const code of new Set(v.referrals))
      counts.referralSectors.push({ sector: v.sector, code, count: 1 });
    if (v.serviceLanguage)
      counts.answers.push({ question: 'serviceLanguage', code: v.serviceLanguage, count: 1 });
    if (v.channel) counts.answers.push({ question: 'channel', code: v.channel, count: 1 });
    if (v.municipality) counts.answers.push({ question: 'municipality', code: v.municipality, count: 1 });
    for (const code of new Set(v.faceToFaceReasons ?? []))
      counts.answers.push({ question: 'faceToFaceReason', code, count: 1 });
  }
  return counts;
}
