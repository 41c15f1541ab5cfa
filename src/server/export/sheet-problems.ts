import type { SheetProblem } from '../../domain/catalogue-sheet';
import { assertNever } from '../../domain/assert-never';

/** A spreadsheet problem before it is put in English words. */
export type SheetFinding = SheetProblem extends infer P
  ? P extends SheetProblem
    ? Omit<P, 'message'>
    : never
  : never;

/** The English `message` of a problem (the app words the `code` in the page's language). */
export function englishOf(p: SheetFinding): string {
  switch (p.code) {
    case 'unknown-sheet':
      return `unknown sheet; the sheets are ${p.allowed.join(', ')}`;
    case 'missing-sheet':
      return 'the sheet is missing';
    case 'too-many-rows':
      return `more than ${p.max} rows`;
    case 'unknown-column':
      return `unknown column "${p.value}"; the columns are ${p.allowed.join(', ')}`;
    case 'missing-column':
      return 'the column is missing';
    case 'missing-code':
    case 'missing-label':
      return 'empty';
    case 'bad-code-format':
      return `"${p.value}" is not a code: use lower-case letters, digits, dots and dashes`;
    case 'duplicate-code':
      return `"${p.value}" is already the code of row ${p.firstRow}: a code can be in a list only once`;
    case 'label-too-long':
      return `longer than ${p.max} characters`;
    case 'group-mismatch':
      return `"${p.value}" does not match the code: a topic's group is the start of its code ("${p.expected}")`;
    case 'bad-next-step':
      return `"${p.value}" is not a next step: use ${p.allowed.join(', ')}`;
    case 'bad-yes-no':
      return `"${p.value}" is not yes or empty`;
    case 'too-many-continues':
      return `more than ${p.max} codes`;
    case 'unknown-question':
      return `"${p.value}" is not a question; the questions are ${p.allowed.join(', ')}`;
    default:
      return assertNever(p);
  }
}

/** A problem as one line, e.g. "Topics, row 14, sv: empty". */
export function problemText(p: SheetProblem): string {
  return [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ') + `: ${p.message}`;
}
