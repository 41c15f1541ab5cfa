import { useId, useState } from 'react';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { reportsMessages } from './messages';
import { exportUrl, type TallyQuery } from './reports-api';

/** CSV and XLSX downloads of the same tally, in the page's language, optionally with small figures hidden. */
export function DownloadLinks({ query }: { query: TallyQuery }) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const id = useId();
  const [suppress, setSuppress] = useState(false);
  return (
    <section className="reports-downloads" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.download}</h2>
      <p>
        <input
          id={`${id}-suppress`}
          type="checkbox"
          checked={suppress}
          onChange={(event) => setSuppress(event.target.checked)}
          aria-describedby={`${id}-help`}
        />
        <label htmlFor={`${id}-suppress`}>{t.suppress}</label>
        <br />
        <small id={`${id}-help`}>{t.suppressHelp}</small>
      </p>
      <p>
        {/* Plain links: the browser downloads with the session cookie, no script needed. */}
        <a className="button" href={exportUrl(query, 'csv', lang, suppress)} download>
          {t.downloadCsv}
        </a>{' '}
        <a className="button" href={exportUrl(query, 'xlsx', lang, suppress)} download>
          {t.downloadXlsx}
        </a>
      </p>
    </section>
  );
}
