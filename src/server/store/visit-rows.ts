import { topicGroupOf } from '../../domain/catalogue';
import { monthOf } from '../../domain/helsinki-date';
import type { Visit } from '../../domain/visit';
import type { NewVisitRow, VisitReferralsTable, VisitRow, VisitTopicsTable } from './schema';

/** The visits row of a wire visit, as received from a device. */
export function visitRowOf(visit: Visit, deviceId: string, receivedAt: string): NewVisitRow {
  return {
    id: visit.id,
    point_id: visit.pointId,
    device_id: deviceId,
    rev: visit.rev,
    visit_date: visit.visitDate,
    visit_month: monthOf(visit.visitDate),
    recorded_at: visit.recordedAt,
    received_at: receivedAt,
    catalogue_version: visit.catalogueVersion,
    age_group: visit.ageGroup,
    sector: visit.sector,
    deleted: visit.deleted ? 1 : 0,
    service_language: visit.serviceLanguage ?? null,
    face_to_face_reasons: visit.faceToFaceReasons ? JSON.stringify(visit.faceToFaceReasons) : null,
    municipality: visit.municipality ?? null,
    channel: visit.channel ?? null,
  };
}

/** Topic rows of a visit; none for a tombstone, so tallies count child rows without a join. */
export function topicRowsOf(visit: Visit): VisitTopicsTable[] {
  if (visit.deleted) return [];
  const month = monthOf(visit.visitDate);
  return visit.topics.map((topic) => ({
    visit_id: visit.id,
    topic,
    topic_group: topicGroupOf(topic),
    point_id: visit.pointId,
    visit_month: month,
    sector: visit.sector,
  }));
}

/** Referral rows of a visit; none for a tombstone. */
export function referralRowsOf(visit: Visit): VisitReferralsTable[] {
  if (visit.deleted) return [];
  const month = monthOf(visit.visitDate);
  return visit.referrals.map((referral) => ({
    visit_id: visit.id,
    referral,
    point_id: visit.pointId,
    visit_month: month,
    sector: visit.sector,
  }));
}

/** The wire form of a stored visit with its topic and referral codes. */
export function visitOfRow(row: VisitRow, topics: string[], referrals: string[]): Visit {
  return {
    id: row.id,
    rev: Number(row.rev),
    pointId: row.point_id,
    visitDate: row.visit_date,
    recordedAt: row.recorded_at,
    catalogueVersion: row.catalogue_version,
    ageGroup: row.age_group,
    sector: row.sector as Visit['sector'],
    topics,
    referrals,
    deleted: Number(row.deleted) === 1,
    ...(row.service_language !== null && {
      serviceLanguage: row.service_language as NonNullable<Visit['serviceLanguage']>,
    }),
    ...(row.face_to_face_reasons !== null && {
      faceToFaceReasons: JSON.parse(row.face_to_face_reasons) as string[],
    }),
    ...(row.municipality !== null && { municipality: row.municipality }),
    ...(row.channel !== null && { channel: row.channel as NonNullable<Visit['channel']> }),
  };
}
