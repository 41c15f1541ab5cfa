import type { Visit } from '../../domain/visit';
import type { VisitRow } from './database';

/**
 * The one shape of a saved visit in the outbox: this rev pending until the server acknowledges
 * it. `sentRev` is the last rev the server acknowledged (0 for a visit never sent), so an edit
 * of a synced visit keeps it and the engine knows the new rev still has to go.
 */
export function pendingRow(visit: Visit, sentRev = 0): VisitRow {
  return { ...visit, sentRev, isPending: 1 };
}
