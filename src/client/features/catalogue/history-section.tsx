import { useId } from 'react';
import type { VersionHistory } from '../../../domain/catalogue-versions';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { catalogueMessages } from './messages';
import { changeText } from './words';

/** The version in force and every published version: who published it, when, and what changed. */
export function HistorySection({ history }: { history: VersionHistory }) {
  const t = useMessages(catalogueMessages);
  const lang = useLang();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.history}</h2>
      <p>
        <strong>{fill(t.inForce, { version: history.inForce })}</strong>
      </p>
      <ol reversed className="catalogue-history">
        {history.versions.map((version) => (
          <li key={version.version}>
            <h3>{fill(t.versionHeading, { number: version.number, version: version.version })}</h3>
            <p>
              {version.publishedBy
                ? fill(t.publishedBy, {
                    who: version.publishedBy,
                    time: formatTime(version.publishedAt, lang),
                  })
                : fill(t.publishedByServer, { time: formatTime(version.publishedAt, lang) })}
            </p>
            {version.note && <p>{version.note}</p>}
            {version.changes.length === 0 ? (
              <p>{t.noChanges}</p>
            ) : (
              <ul>
                {version.changes.map((change, i) => (
                  <li key={i}>{changeText(change, lang)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
