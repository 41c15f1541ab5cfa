import { pointListSchema } from '../../../domain/accounts-api';
import { catalogueSchema } from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import { tallyAnswerSchema, type TallyAnswer, type TallyParams } from '../../../domain/tally-api';
import { apiJson } from '../../session/api-client';
import type { MonthRange } from './month-range';

/** GET /api/v1/tallies as JSON: the contract's tally plus what it covers. */
export type Tally = TallyAnswer;

/** What to tally: a range of months and the chosen points (empty: all the person may see). */
export interface TallyQuery extends MonthRange {
  points: string[];
}

function queryString(
  query: TallyQuery,
  extra: Omit<TallyParams, 'from' | 'to' | 'point' | 'compare'> = {},
): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  for (const point of query.points) params.append('point', point);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/** The tally as JSON, compared with the previous period and the same period a year earlier. */
export const fetchTally = (query: TallyQuery, signal?: AbortSignal) =>
  apiJson(`/api/v1/tallies?${queryString(query)}&compare=previous&compare=year`, tallyAnswerSchema, {
    signal,
  });

/** The address of a download; the browser sends the session cookie with it (same origin). */
export function exportUrl(query: TallyQuery, format: 'csv' | 'xlsx', lang: Lang, suppress: boolean): string {
  return `/api/v1/tallies?${queryString(query, { format, lang, suppress: suppress ? 'true' : 'false' })}`;
}

/** The points the person may see (GET /api/v1/points). */
export const fetchPoints = () => apiJson('/api/v1/points', pointListSchema).then((r) => r.points);

/** The catalogue in force, for labels (GET /api/v1/catalogue). */
export const fetchCatalogue = () => apiJson('/api/v1/catalogue', catalogueSchema);
