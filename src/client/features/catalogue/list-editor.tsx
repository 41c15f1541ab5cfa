import { memo, useId, useMemo } from 'react';
import { fixedCodes, labelFor, topicGroupOf, type CatalogueList } from '../../../domain/catalogue';
import type { DraftContent } from '../../../domain/catalogue-versions';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import type { DraftEdit, DraftEntry } from './draft-edits';
import { EntryRow } from './entry-row';
import { catalogueMessages } from './messages';
import { listNames } from './words';

/**
 * One list of the draft: its entries in desk order, and a new entry where its codes are not fixed.
 * Memoised, as each of its rows: an edit draws again only the list and the row it touched (the
 * page has hundreds of fields, and drawing them all on every keystroke made typing lag).
 */
export const ListEditor = memo(function ListEditor({
  list,
  entries,
  topicGroups,
  publishedCodes,
  onEdit,
}: {
  list: CatalogueList;
  entries: readonly DraftEntry[];
  /** For the topics list only: the groups a topic's code puts it under. */
  topicGroups?: DraftContent['topicGroups'];
  publishedCodes: ReadonlySet<string>;
  onEdit: (edit: DraftEdit) => void;
}) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  // The same array while the retired codes stay the same, so relabelling does not redraw every row.
  const retiredKey = entries
    .filter((e) => e.retired)
    .map((e) => e.code)
    .join('\n');
  const retiredCodes = useMemo(() => (retiredKey ? retiredKey.split('\n') : []), [retiredKey]);
  const groupOf = (code: string) => {
    const group = topicGroups?.find((g) => g.code === topicGroupOf(code));
    return group ? labelFor([group], group.code, lang) || group.code : t.noGroup;
  };
  return (
    <section className="catalogue-list" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{listNames[lang][list]}</h3>
      {entries.map((entry, index) => {
        const isPublished = publishedCodes.has(`${list}:${entry.code}`);
        return (
          <EntryRow
            // A published entry by its code, so focus follows it when moved; a new one by position,
            // as its code changes while typed.
            key={isPublished ? entry.code : `new-${index}`}
            list={list}
            index={index}
            entry={entry}
            isPublished={isPublished}
            retiredCodes={retiredCodes}
            groupLabel={topicGroups ? groupOf(entry.code) : undefined}
            isFirst={index === 0}
            isLast={index === entries.length - 1}
            onEdit={onEdit}
          />
        );
      })}
      {!fixedCodes[list] && (
        <button type="button" onClick={() => onEdit({ kind: 'add', list })}>
          {`${t.addEntry}: ${listNames[lang][list]}`}
        </button>
      )}
    </section>
  );
});
