import { useId } from 'react';
import { useCatalogueInUse } from '../../db/catalogue';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { settingsMessages } from './messages';

/** Which catalogue version the tablet logs new visits with, and when it last fetched it. */
export function CatalogueSection() {
  const t = useMessages(settingsMessages);
  const lang = useLang();
  const id = useId();
  const inUse = useCatalogueInUse();
  if (!inUse) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.catalogue}</h2>
      <p>{fill(t.catalogueVersion, { version: inUse.catalogue.version })}</p>
      <p>
        {inUse.fetchedAt
          ? fill(t.catalogueFetched, { time: formatTime(inUse.fetchedAt, lang) })
          : t.catalogueBuiltIn}
      </p>
    </section>
  );
}
