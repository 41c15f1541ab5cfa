import type { Catalogue } from '../../../domain/catalogue';
import type { VisitInput } from '../../../domain/visit';
import type { VisitRow } from '../../db/database';
import { getDevice } from '../../db/device';
import { InvalidVisitError, saveFormAndClearDraft } from '../../db/visits';

/** Why a save did not happen, as a code the form words in the user's language. */
export type SaveFailure =
  | { reason: 'not-enrolled' }
  | { reason: 'storage-full' }
  | { reason: 'invalid-visit'; message: string }
  | { reason: 'write-failed'; message: string };

export type SaveOutcome = { isSaved: true; row: VisitRow } | ({ isSaved: false } & SaveFailure);

/**
 * Save the form as a new visit or as a new rev of the visit being edited, dropping the draft in
 * the same transaction (db/visits). Resolves only after the commit, so "Saved" is never shown for
 * a visit that is not on disk; a failure comes back as a reason the form can word.
 */
export async function saveFromDesk(
  input: VisitInput,
  options: { editingId?: string; catalogue: Catalogue; now: Date },
): Promise<SaveOutcome> {
  try {
    const device = await getDevice();
    // The contract needs the point the device is enrolled at; without it the visit could never sync.
    if (!options.editingId && !device) return { isSaved: false, reason: 'not-enrolled' };
    const row = await saveFormAndClearDraft(
      input,
      options.editingId ? { editingId: options.editingId } : { pointId: device!.pointId },
      options,
    );
    return { isSaved: true, row };
  } catch (error) {
    return { isSaved: false, ...failureOf(error) };
  }
}

function failureOf(error: unknown): SaveFailure {
  if (error instanceof InvalidVisitError)
    return { reason: 'invalid-visit', message: error.problems.join('; ') };
  if (isQuotaError(error)) return { reason: 'storage-full' };
  return { reason: 'write-failed', message: error instanceof Error ? error.message : String(error) };
}

/** Dexie wraps the browser's DOMException; either may carry the name. */
function isQuotaError(error: unknown): boolean {
  const named = (value: unknown): string | undefined =>
    typeof value === 'object' && value !== null && 'name' in value ? String(value.name) : undefined;
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined;
  return named(error) === 'QuotaExceededError' || named(inner) === 'QuotaExceededError';
}
