import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import type { ListedSheetProblem } from './catalogue-api';
import { catalogueMessages } from './messages';
import { sheetProblemText } from './sheet-words';

/**
 * One problem of an uploaded spreadsheet where Excel shows it ("Topics, rivi 14, sv: …"), worded
 * in the page's language; a code this app does not know yet keeps the server's English, marked so.
 */
export function SheetProblemLine({ problem: p }: { problem: ListedSheetProblem }) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const message = 'code' in p ? sheetProblemText(p, lang) : <span lang="en">{p.message}</span>;
  const [before, after] = (p.row === 0 ? '{sheet}: {message}' : t.sheetProblem).split('{message}');
  return (
    <>
      {fill(before!, { sheet: p.sheet, row: p.row, column: p.column })}
      {message}
      {after}
    </>
  );
}
