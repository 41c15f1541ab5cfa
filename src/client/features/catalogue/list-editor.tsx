import { useId } from 'react';
import { fixedCodes, labelFor, topicGroupOf, type CatalogueList } from '../../../domain/catalogue';
import type { DraftContent } from '../../../domain/catalogue-versions';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { addEntry, changeEntry, entriesOf, moveEntry, removeEntry } from './draft-edits';
import { EntryRow } from './entry-row';
import { catalogueMessages } from './messages';
import { listNames } from './words';

/** One list of the draft: its entries in desk order, and a new entry where its codes are not fixed. */
export function ListEditor({
  list,
  content,
  publishedCodes,
  onChange,
}: {
  list: CatalogueList;
  content: DraftContent;
  publishedCodes: ReadonlySet<string>;
  onChange: (content: DraftContent) => void;
}) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  const entries = entriesOf(content, list);
  const retiredCodes = entries.filter((e) => e.retired).map((e) => e.code);
  const groupOf = (code: string) => {
    const group = content.topicGroups.find((g) => g.code === topicGroupOf(code));
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
            entry={entry}
            isPublished={isPublished}
            retiredCodes={retiredCodes}
            groupLabel={list === 'topics' ? groupOf(entry.code) : undefined}
            isFirst={index === 0}
            isLast={index === entries.length - 1}
            onChange={(change) => onChange(changeEntry(content, list, index, change))}
            onMove={(by) => onChange(moveEntry(content, list, index, by))}
            onRemove={() => onChange(removeEntry(content, list, index))}
          />
        );
      })}
      {!fixedCodes[list] && (
        <button type="button" onClick={() => onChange(addEntry(content, list))}>
          {`${t.addEntry}: ${listNames[lang][list]}`}
        </button>
      )}
    </section>
  );
}
