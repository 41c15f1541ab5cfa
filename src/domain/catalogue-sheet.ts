import { z } from 'zod/mini';
import { langs } from './lang';

/**
 * The 422 answer to `PUT /api/v1/catalogue/draft.xlsx` (`spreadsheet-invalid`): every cell the
 * server could not take, each with a `code` and the values the app needs to word it in the page's
 * language. `message` stays the English sentence for integrations and logs.
 */

/** Where a problem is, as a person finds it in Excel ("Topics, row 14, sv"). */
const where = {
  sheet: z.string(),
  /** The row number Excel shows; 0 for the sheet as a whole. */
  row: z.int(),
  /** A known column's name (`code`, `fi`, `next step`…), an unknown one's letter, or empty. */
  column: z.string(),
  /** The same problem in English. */
  message: z.string(),
};
/** What a cell held, as text. */
const value = z.string();
/** The names a cell or header may hold instead. */
const allowed = z.array(z.string());

/** One problem of an uploaded spreadsheet, by `code`. */
export const sheetProblemSchema = z.discriminatedUnion('code', [
  z.object({ ...where, code: z.literal('unknown-sheet'), allowed }),
  z.object({ ...where, code: z.literal('missing-sheet') }),
  z.object({ ...where, code: z.literal('too-many-rows'), max: z.int() }),
  z.object({ ...where, code: z.literal('unknown-column'), value, allowed }),
  z.object({ ...where, code: z.literal('missing-column') }),
  z.object({ ...where, code: z.literal('missing-code') }),
  /** In `code` or `continues`: not lower-case letters, digits, dots and dashes. */
  z.object({ ...where, code: z.literal('bad-code-format'), value }),
  /** The same code on an earlier row (`firstRow`) of the same sheet. */
  z.object({ ...where, code: z.literal('duplicate-code'), value, firstRow: z.int() }),
  z.object({ ...where, code: z.literal('missing-label'), lang: z.enum(langs) }),
  z.object({ ...where, code: z.literal('label-too-long'), lang: z.enum(langs), max: z.int() }),
  /** A topic's group is the start of its code (`expected`). */
  z.object({ ...where, code: z.literal('group-mismatch'), value, expected: z.string() }),
  z.object({ ...where, code: z.literal('bad-next-step'), value, allowed }),
  /** In `retired`, `enabled` or `required`: neither yes nor no. */
  z.object({ ...where, code: z.literal('bad-yes-no'), value }),
  z.object({ ...where, code: z.literal('too-many-continues'), max: z.int() }),
  z.object({ ...where, code: z.literal('unknown-question'), value, allowed }),
]);
export type SheetProblem = z.infer<typeof sheetProblemSchema>;
/** What kind of problem it is (the key of its sentence in each language). */
export type SheetProblemCode = SheetProblem['code'];

/** The 422 body of a refused upload: nothing was changed. */
export const sheetRefusalSchema = z.object({
  error: z.literal('spreadsheet-invalid'),
  message: z.string(),
  problems: z.array(sheetProblemSchema),
});
