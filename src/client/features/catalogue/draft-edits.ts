import { assertNever } from '../../../domain/assert-never';
import type { CatalogueList, NextStep, Questions } from '../../../domain/catalogue';
import type { DraftContent } from '../../../domain/catalogue-versions';

/** An entry of any list while drafting; only referrals have a next step. */
export type DraftEntry = DraftContent['topics'][number] & { next?: NextStep };

/** The entries of one list of a draft. */
export function entriesOf(content: DraftContent, list: CatalogueList): readonly DraftEntry[] {
  return content[list];
}

function withList(content: DraftContent, list: CatalogueList, entries: DraftEntry[]): DraftContent {
  return { ...content, [list]: entries };
}

/** The draft with one entry changed. */
export function changeEntry(
  content: DraftContent,
  list: CatalogueList,
  index: number,
  change: Partial<DraftEntry>,
): DraftContent {
  return withList(
    content,
    list,
    entriesOf(content, list).map((entry, i) => (i === index ? { ...entry, ...change } : entry)),
  );
}

/** The draft with one entry moved up (-1) or down (+1); the desk shows entries in this order. */
export function moveEntry(
  content: DraftContent,
  list: CatalogueList,
  index: number,
  by: -1 | 1,
): DraftContent {
  const entries = [...entriesOf(content, list)];
  const to = index + by;
  if (to < 0 || to >= entries.length) return content;
  [entries[index], entries[to]] = [entries[to]!, entries[index]!];
  return withList(content, list, entries);
}

/** The draft with a new, empty entry at the end of a list (a referral starts with no next step). */
export function addEntry(content: DraftContent, list: CatalogueList): DraftContent {
  const entry: DraftEntry = { code: '', fi: '', sv: '', en: '', retired: false, continues: [] };
  return withList(content, list, [
    ...entriesOf(content, list),
    list === 'referrals' ? { ...entry, next: 'none' } : entry,
  ]);
}

/** The draft without an entry that was never published (a published one can only be retired). */
export function removeEntry(content: DraftContent, list: CatalogueList, index: number): DraftContent {
  return withList(
    content,
    list,
    entriesOf(content, list).filter((_, i) => i !== index),
  );
}

/** One edit an admin makes to the draft's lists or questions. */
export type DraftEdit =
  | { kind: 'change'; list: CatalogueList; index: number; change: Partial<DraftEntry> }
  | { kind: 'move'; list: CatalogueList; index: number; by: -1 | 1 }
  | { kind: 'add'; list: CatalogueList }
  | { kind: 'remove'; list: CatalogueList; index: number }
  | { kind: 'questions'; questions: Questions };

/**
 * The draft after an edit: the reducer of the draft editor. Only the edited list gets a new array,
 * so the editors of the other lists (memoised) are not drawn again on every keystroke.
 */
export function applyEdit(content: DraftContent, edit: DraftEdit): DraftContent {
  switch (edit.kind) {
    case 'change':
      return changeEntry(content, edit.list, edit.index, edit.change);
    case 'move':
      return moveEntry(content, edit.list, edit.index, edit.by);
    case 'add':
      return addEntry(content, edit.list);
    case 'remove':
      return removeEntry(content, edit.list, edit.index);
    case 'questions':
      return { ...content, questions: edit.questions };
    default:
      return assertNever(edit);
  }
}
