import { useId, useState } from 'react';
import type { Lang } from '../../../domain/lang';
import { askPersistence, type StorageOffer } from '../../db/storage-info';
import { useStorageOffer } from '../../db/use-storage-offer';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { locales } from '../../ui/locale';
import { useMessages } from '../../ui/messages';
import { settingsMessages } from './messages';

function sizeOf(bytes: number, lang: Lang): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(locales[lang], { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** Persistent storage (so the browser never clears unsent visits) and how much space is used. */
export function StorageSection() {
  const t = useMessages(settingsMessages);
  const lang = useLang();
  const id = useId();
  const storage = useStorageOffer();
  const [isRefused, setIsRefused] = useState(false);

  // The hook reads the storage again once the browser has answered.
  const persist = async () => setIsRefused((await askPersistence()) === false);

  if (!storage) return null;
  const { info, offer } = storage;
  const says: Record<StorageOffer, string> = {
    persisted: t.persisted,
    'not-persisted': t.notPersisted,
    'home-screen': t.homeScreen,
    unknown: t.noPersistApi,
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.storage}</h2>
      <p role="status">{says[offer]}</p>
      {info.isPersisted === false && info.canAskPersistence && (
        <button type="button" onClick={() => void persist()}>
          {t.persist}
        </button>
      )}
      {isRefused && <p role="alert">{t.persistRefused}</p>}
      <p>
        {info.usage !== null && info.quota !== null
          ? fill(t.used, { used: sizeOf(info.usage, lang), quota: sizeOf(info.quota, lang) })
          : t.noEstimate}
      </p>
    </section>
  );
}
