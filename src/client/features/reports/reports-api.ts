import { z } from 'zod/mini';
import { catalogueSchema } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import { apiJson } from '../../session/api-client';
import type { MonthRange } from './month-range';

const countAndShare = z.object({ count: z.number(), share: z.number() });
const sectorCounts = z.object({ social: z.number(), health: z.number(), both: z.number() });

/** GET /api/v1/tallies as JSON: the contract's tally plus what it covers. */
export const tallySchema = z.object({
  from: z.string(),
  to: z.string(),
  points: z.array(z.string()),
  visits: z.number(),
  bySector: sectorCounts,
  byAgeGroup: z.record(z.string(), z.extend(sectorCounts, { total: z.number() })),
  byTopicGroup: z.record(z.string(), countAndShare),
  byTopic: z.record(z.string(), countAndShare),
  byReferral: z.record(z.string(), countAndShare),
  byMonth: z.record(z.string(), z.object({ visits: z.number(), bySector: sectorCounts })),
  generatedAt: z.string(),
  coverage: z.object({
    points: z.array(z.object({ id: z.string(), name: z.string() })),
    devices: z.array(
      z.object({ pointId: z.string(), label: z.string(), lastSyncAt: z.nullable(z.string()) }),
    ),
  }),
});
export type Tally = z.infer<typeof tallySchema>;

export const pointSchema = z.object({ id: z.string(), name: z.string() });
export type Point = z.infer<typeof pointSchema>;

/** What to tally: a range of months and the chosen points (empty: all the person may see). */
export interface TallyQuery extends MonthRange {
  points: string[];
}

function queryString(query: TallyQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  for (const point of query.points) params.append('point', point);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The tally as JSON. */
export const fetchTally = (query: TallyQuery, signal?: AbortSignal) =>
  apiJson(`/api/v1/tallies?${queryString(query)}`, tallySchema, { signal });

/** The address of a download; the browser sends the session cookie with it (same origin). */
export function exportUrl(query: TallyQuery, format: 'csv' | 'xlsx', lang: Lang, suppress: boolean): string {
  return `/api/v1/tallies?${queryString(query, { format, lang, suppress: String(suppress) })}`;
}

/** The points the person may see (GET /api/v1/points). */
export const fetchPoints = () =>
  apiJson('/api/v1/points', z.object({ points: z.array(pointSchema) })).then((r) => r.points);

/** The catalogue in force, for labels (GET /api/v1/catalogue). */
export const fetchCatalogue = () => apiJson('/api/v1/catalogue', catalogueSchema);
