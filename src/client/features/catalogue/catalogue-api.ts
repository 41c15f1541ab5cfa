import { z } from 'zod/mini';
import { catalogueSchema } from '../../../domain/catalogue';
import { sheetProblemSchema, type SheetProblem } from '../../../domain/catalogue-sheet';
import {
  draftSchema,
  publishProblemSchema,
  versionHistorySchema,
  versionInfoSchema,
  type Draft,
  type DraftContent,
  type PublishProblem,
} from '../../../domain/catalogue-versions';
import { ApiError, apiFetch, apiJson } from '../../session/api-client';

/** Where the draft (or, without one, the version in force) is downloaded and uploaded as XLSX. */
export const DRAFT_XLSX_URL = '/api/v1/catalogue/draft.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/v1/catalogue: the version in force. */
export const loadInForce = () => apiJson('/api/v1/catalogue', catalogueSchema);

/** GET /api/v1/catalogue/versions: the version in force and every published version, newest first. */
export const loadHistory = () => apiJson('/api/v1/catalogue/versions', versionHistorySchema);

/** GET /api/v1/catalogue/draft, or null when there is none. */
export async function loadDraft(): Promise<Draft | null> {
  try {
    return await apiJson('/api/v1/catalogue/draft', draftSchema);
  } catch (caught) {
    if (caught instanceof ApiError && caught.code === 'no-draft') return null;
    throw caught;
  }
}

/** The revision as an `If-Match` value (the server's ETag is the quoted revision). */
const ifMatch = (revision: string | undefined) => (revision === undefined ? undefined : `"${revision}"`);

/**
 * PUT /api/v1/catalogue/draft: the whole draft. `revision` is that of the draft it replaces
 * (none when starting one); someone else's save in between answers 412 `draft-changed`.
 */
export const saveDraft = (catalogue: DraftContent, note: string, revision: string | undefined) =>
  apiJson('/api/v1/catalogue/draft', draftSchema, {
    method: 'PUT',
    body: { catalogue, note },
    ifMatch: ifMatch(revision),
  });

/** DELETE /api/v1/catalogue/draft: throw the draft away. */
export async function discardDraft(revision: string): Promise<void> {
  await apiFetch('/api/v1/catalogue/draft', { method: 'DELETE', ifMatch: ifMatch(revision) });
}

/** POST /api/v1/catalogue/draft/publish: the new version, in force at once. */
export const publishDraft = (revision: string) =>
  apiJson('/api/v1/catalogue/draft/publish', versionInfoSchema, {
    method: 'POST',
    body: {},
    ifMatch: ifMatch(revision),
  });

/** PUT /api/v1/catalogue/draft.xlsx: the spreadsheet into the draft, all or nothing. */
export const uploadSpreadsheet = (file: File, revision: string | undefined) =>
  apiJson(DRAFT_XLSX_URL, draftSchema, {
    method: 'PUT',
    body: new Blob([file], { type: XLSX_TYPE }),
    ifMatch: ifMatch(revision),
  });

const problemsOf = <S extends z.core.$ZodType>(
  code: 'draft-has-problems' | 'spreadsheet-invalid',
  schema: S,
  caught: unknown,
): z.output<S>[] | null => {
  if (!(caught instanceof ApiError) || caught.code !== code) return null;
  const parsed = z.safeParse(z.object({ problems: z.array(schema) }), caught.body);
  return parsed.success ? parsed.data.problems : null;
};

/** The problems of a refused publish (422 `draft-has-problems`), or null for any other failure. */
export const publishProblemsOf = (caught: unknown): PublishProblem[] | null =>
  problemsOf('draft-has-problems', publishProblemSchema, caught);

/** A problem from a newer server whose code this app cannot word yet: its English message only. */
const unwordedProblemSchema = z.object({
  sheet: z.string(),
  row: z.number(),
  column: z.string(),
  message: z.string(),
});
/** A problem of a refused upload; without `code` when this app does not know its code. */
export type ListedSheetProblem = SheetProblem | z.infer<typeof unwordedProblemSchema>;

/** The problems of a refused upload (422 `spreadsheet-invalid`), or null for any other failure. */
export const sheetProblemsOf = (caught: unknown): ListedSheetProblem[] | null =>
  problemsOf('spreadsheet-invalid', z.union([sheetProblemSchema, unwordedProblemSchema]), caught);

/** Whether a save, discard or publish was refused because someone else saved the draft meanwhile. */
export const isDraftChanged = (caught: unknown): boolean =>
  caught instanceof ApiError && (caught.code === 'draft-changed' || caught.code === 'if-match-required');
