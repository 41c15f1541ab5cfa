import { referenceCatalogue } from '../../../src/domain/catalogue';
import { batchRequestSchema, type VisitResult } from '../../../src/domain/sync-protocol';
import { visitSchemaFor, type Visit } from '../../../src/domain/visit';
import type { FetchLike } from '../../../src/client/sync/transport';
import { jsonResponse } from './harness';

/**
 * The contract's batch endpoint held in memory, for engine tests until the real server lands:
 * one device token at one point; same or older rev → duplicate; newer → replaces; invalid → rejected.
 */
export function standInServer(device: { token: string; pointId: string }) {
  const stored = new Map<string, Visit>();
  let isRevoked = false;
  const schema = visitSchemaFor(referenceCatalogue);
  const batches: number[] = [];

  const fetch: FetchLike = async (url, init) => {
    const auth = new Headers(init.headers).get('authorization');
    if (isRevoked || auth !== `Bearer ${device.token}`) return jsonResponse(401, { error: 'unknown-device', message: 'This device is not enrolled.' });
    if (url.endsWith('/api/v1/catalogue')) return jsonResponse(200, referenceCatalogue);
    if (url.endsWith(`/api/v1/points/${device.pointId}`)) return jsonResponse(200, { id: device.pointId, name: 'Hyvinkää' });
    const body = batchRequestSchema.safeParse(JSON.parse(String(init.body)));
    if (!body.success) return jsonResponse(400, { error: 'malformed', message: 'Malformed batch.' });
    batches.push(body.data.visits.length);
    const results: VisitResult[] = body.data.visits.map((raw) => {
      const parsed = schema.safeParse(raw);
      const id = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : '';
      if (!parsed.success) return { id, status: 'rejected', reason: parsed.error.issues.map((i) => i.message).join('; ') };
      const visit = parsed.data;
      if (visit.pointId !== device.pointId) return { id, status: 'rejected', reason: `This device writes visits of ${device.pointId} only.` };
      const old = stored.get(visit.id);
      if (old && old.rev >= visit.rev) return { id, status: 'duplicate' };
      stored.set(visit.id, visit);
      return { id, status: 'accepted' };
    });
    return jsonResponse(200, { results });
  };
  return {
    fetch,
    batches,
    revoke: () => {
      isRevoked = true;
    },
    storedVisits: async (): Promise<Visit[]> => [...stored.values()],
  };
}
