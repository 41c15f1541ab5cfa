import { useState } from 'react';
import { labelFor } from '../../../domain/catalogue';
import { asLang, langs } from '../../../domain/lang';
import { useCatalogue } from '../../db/catalogue';
import {
  setSetting,
  settingsSchema,
  useSetting,
  type SettingKey,
  type SettingValue,
} from '../../db/settings';
import { useLangStore } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { langNames } from '../../ui/language-switch';
import { ToggleGroup } from '../../ui/toggle-group';
import { ErrorWords } from '../../session/error-words';
import { settingsMessages } from './messages';
import { CatalogueSection } from './catalogue-section';
import { StorageSection } from './storage-section';

/** The tablet's settings (`/settings`): own desk, slip paper, language, catalogue version, storage. Saved at each choice. */
export function SettingsPage() {
  const t = useMessages(settingsMessages);
  const catalogue = useCatalogue();
  const lang = useLangStore((s) => s.lang);
  const setLang = useLangStore((s) => s.setLang);
  const deskSector = useSetting('deskSector');
  const slipFormat = useSetting('slipFormat');
  const [notice, setNotice] = useState<{ text: string; isError: boolean; error?: unknown } | null>(null);

  async function change<K extends SettingKey>(key: K, value: SettingValue<K>) {
    try {
      await setSetting(key, value);
      setNotice({ text: t.saved, isError: false });
    } catch (error) {
      setNotice({ text: t.saveFailed, error, isError: true });
    }
  }

  return (
    <div className="settings-page">
      <h1>{t.title}</h1>
      {deskSector !== undefined && (
        <ToggleGroup
          legend={t.deskSector}
          options={[
            ...(['social', 'health'] as const).map((code) => ({
              value: code,
              label: labelFor(catalogue.sectors, code, lang),
            })),
            { value: 'none', label: t.noDesk },
          ]}
          value={deskSector ?? 'none'}
          onChange={(value) =>
            void change('deskSector', settingsSchema.deskSector.parse(value === 'none' ? null : value))
          }
        />
      )}
      {slipFormat !== undefined && (
        <ToggleGroup
          legend={t.slipFormat}
          options={[
            { value: 'a5', label: t.a5 },
            { value: 'receipt', label: t.receipt },
          ]}
          value={slipFormat}
          onChange={(value) => void change('slipFormat', settingsSchema.slipFormat.parse(value))}
        />
      )}
      <ToggleGroup
        legend={t.language}
        options={langs.map((code) => ({ value: code, label: langNames[code], lang: code }))}
        value={lang}
        onChange={(value) => setLang(asLang(value) ?? lang)}
      />
      <div role="status">{notice && !notice.isError && notice.text}</div>
      {notice?.isError && (
        <p role="alert">
          {notice.text} <ErrorWords error={notice.error} />
        </p>
      )}
      <CatalogueSection />
      <StorageSection />
    </div>
  );
}
