import { useCallback, useEffect, useId, useState } from 'react';
import type { Lang } from '../../../domain/lang';
import { askPersistence, readStorageInfo, type StorageInfo } from '../../db/storage-info';
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
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [isRefused, setIsRefused] = useState(false);
  const refresh = useCallback(() => readStorageInfo().then(setInfo), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const persist = async () => {
    const granted = await askPersistence();
    setIsRefused(granted === false);
    await refresh();
  };

  if (!info) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.storage}</h2>
      <p role="status">
        {info.isPersisted === null ? t.noPersistApi : info.isPersisted ? t.persisted : t.notPersisted}
      </p>
      {info.isPersisted === false && (
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
