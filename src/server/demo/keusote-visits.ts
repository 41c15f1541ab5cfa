import { createHash } from 'node:crypto';
import { referenceCatalogue, topicGroupOf } from '../../domain/catalogue';
import { helsinkiTimestamp, weekdayOf } from '../../domain/helsinki-date';
import reference from '../../domain/reference-catalogue.json';
import type { Sector, Visit } from '../../domain/visit';

/** The Keusote January–June 2023 table (domain README) as [ageGroup, sector, visits] cells. */
export const keusoteCells = [
  ['families', 'social', 6],
  ['families', 'health', 52],
  ['working-age', 'social', 140],
  ['working-age', 'health', 536],
  ['older', 'social', 141],
  ['older', 'health', 631],
] as const;

/** Keusote's six advice points (the reference catalogue's example points). */
export const keusotePoints: { id: string; name: string }[] = reference.pointsExample.map((p) => ({
  id: p.code,
  name: p.name,
}));

/** A small seeded generator (mulberry32): the same demo every time, so loading it twice changes nothing. */
function seeded(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

/** A UUID derived from a name, so the n-th demo visit has the same id on every run. */
function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Working days (Mon–Fri) of a month of 2023. */
function workingDays(month: number): string[] {
  const days: string[] = [];
  for (let day = 1; day <= 31; day += 1) {
    const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (new Date(`${date}T00:00:00Z`).getUTCMonth() + 1 !== month) break;
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) days.push(date);
  }
  return days;
}

const codesIn = (entries: { code: string }[], group: string) =>
  entries.map((e) => e.code).filter((c) => topicGroupOf(c) === group);

/**
 * The demonstration visits: exactly the Keusote table's 1,506 visits, spread over January–June
 * 2023, the six points and working days, with topics of the visit's sector (often with a practical
 * matter too) and referrals (about half resolved at the point).
 */
export function keusoteDemoVisits(points = keusotePoints.map((p) => p.id)): Visit[] {
  const random = seeded(2023);
  const topicsOf = {
    social: codesIn(referenceCatalogue.topics, 'social'),
    health: codesIn(referenceCatalogue.topics, 'health'),
    practical: codesIn(referenceCatalogue.topics, 'practical'),
  };
  const referralsOf = {
    social: referenceCatalogue.referrals
      .map((r) => r.code)
      .filter((c) => c.startsWith('social.') || c.startsWith('external.')),
    health: referenceCatalogue.referrals
      .map((r) => r.code)
      .filter((c) => c.startsWith('health.') || c.startsWith('external.')),
  };
  const months = [1, 2, 3, 4, 5, 6].map(workingDays);
  const visits: Visit[] = [];
  for (const [ageGroup, sector, count] of keusoteCells) {
    for (let i = 0; i < count; i += 1) {
      const n = visits.length;
      const visitDate = random.pick(months[n % 6]!);
      const instant = new Date(
        `${visitDate}T${String(6 + Math.floor(random.next() * 8)).padStart(2, '0')}:${String(Math.floor(random.next() * 60)).padStart(2, '0')}:00Z`,
      );
      const topics = new Set([random.pick(topicsOf[sector])]);
      if (random.next() < 0.25) topics.add(random.pick(topicsOf[sector]));
      if (random.next() < 0.4) topics.add(random.pick(topicsOf.practical));
      const referrals = random.next() < 0.5 ? ['resolved'] : [random.pick(referralsOf[sector])];
      visits.push({
        id: stableUuid(`neuvo-demo-${n}`),
        rev: 1,
        pointId: points[n % points.length]!,
        visitDate,
        recordedAt: helsinkiTimestamp(instant),
        catalogueVersion: referenceCatalogue.version,
        ageGroup,
        sector: sector satisfies Sector,
        topics: [...topics],
        referrals,
        deleted: false,
        serviceLanguage: random.next() < 0.9 ? 'fi' : random.pick(['sv', 'en', 'interpreter'] as const),
        channel: 'walk-in',
      });
    }
  }
  return visits;
}
