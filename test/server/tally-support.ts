import { MAX_BATCH_VISITS } from '../../src/domain/sync-protocol';
import type { Tally } from '../../src/domain/tally';
import { optionalQuestions, type ReportAdditions } from '../../src/domain/tally-additions';
import type { Visit } from '../../src/domain/visit';
import type { TallyReport } from '../../src/server/export/tally-report';
import type { SUPERVISOR, TestServer } from './app-fixture';

/** Send visits as a tablet would, in batches of up to MAX_BATCH_VISITS; fails the test if any is not accepted. */
export async function sendAll(server: TestServer, token: string, visits: Visit[]): Promise<void> {
  for (let i = 0; i < visits.length; i += MAX_BATCH_VISITS) {
    const statuses = await server.statuses(token, visits.slice(i, i + MAX_BATCH_VISITS));
    const refused = statuses.filter((s) => s !== 'accepted');
    if (refused.length > 0) throw new Error(`${refused.length} visits not accepted: ${refused.join(', ')}`);
  }
}

/** Create a supervisor of `points` and sign in; returns a caller of GET /api/v1/tallies. */
export async function supervisorOf(server: TestServer, points: string[], who?: typeof SUPERVISOR) {
  const token = await server.signInSupervisor(points, who);
  return (query: string) =>
    server.call({
      method: 'GET',
      url: `/api/v1/tallies?${query}`,
      headers: { authorization: `Bearer ${token}` },
    });
}

/** The JSON tally, failing loudly on anything but 200. */
export async function tallyOf(
  get: (query: string) => ReturnType<TestServer['call']>,
  query: string,
): Promise<TallyReport> {
  const response = await get(query);
  if (response.statusCode !== 200) throw new Error(`tally answered ${response.statusCode}: ${response.body}`);
  return response.json() as TallyReport;
}

/** The contract's v1 tally of an answer, without the additions of later waves. */
export function contractOf(tally: TallyReport): Tally {
  const { from, to, points, visits, bySector, byAgeGroup, byTopicGroup, byTopic, byReferral, byMonth } =
    tally;
  return { from, to, points, visits, bySector, byAgeGroup, byTopicGroup, byTopic, byReferral, byMonth };
}

/** The reports' additions of an answer (issue 14): points, months × points, sector splits, optional questions. */
export function additionsOf(tally: TallyReport): ReportAdditions {
  const { byPoint, byMonthAndPoint, topicsBySector, referralsBySector } = tally;
  const answers = Object.values(optionalQuestions).flatMap((field) =>
    tally[field] ? [[field, tally[field]] as const] : [],
  );
  return { byPoint, byMonthAndPoint, topicsBySector, referralsBySector, ...Object.fromEntries(answers) };
}
