import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { PointEntry } from '../../../domain/directory';
import {
  pointMunicipalitiesInputSchema,
  type Municipality,
  type MunicipalityList,
} from '../../../domain/municipalities';
import { InputField } from '../../ui/form-field';
import { fill } from '../../ui/fill';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { zodMessagesIn } from '../../ui/zod-messages';
import { savePointMunicipalities } from './directory-api';
import { EntryForm } from './entry-form';
import { directoryMessages } from './messages';

type Values = { codes: string[] };

/** Lower case without accents, so "jarvenpaa" finds Järvenpää. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Municipalities whose Finnish or Swedish name starts with (or contains) the search, or whose code is it. */
function matching(all: readonly Municipality[], search: string): Municipality[] {
  const wanted = folded(search.trim());
  if (!wanted) return [];
  return all.filter(
    (m) => m.code.startsWith(wanted) || folded(m.fi).includes(wanted) || folded(m.sv).includes(wanted),
  );
}

/** Choose the municipalities a point serves (its desk's home-municipality question) from the year's list. */
export function MunicipalityPicker({
  point,
  all,
  onSaved,
  onCancel,
}: {
  point: PointEntry;
  all: MunicipalityList;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const id = useId();
  const [search, setSearch] = useState('');
  const form = useForm<Values>({
    resolver: zodResolver(pointMunicipalitiesInputSchema, zodMessagesIn(lang)),
    defaultValues: { codes: (point.municipalities ?? []).map((m) => m.code) },
  });
  const codes = useWatch({ control: form.control, name: 'codes' });
  const chosen = all.municipalities.filter((m) => codes.includes(m.code));
  const found = matching(all.municipalities, search);
  const nameOf = (m: Municipality) =>
    lang === 'sv'
      ? `${m.sv || m.fi} (${m.code})`
      : m.sv && m.sv !== m.fi
        ? `${m.fi} – ${m.sv} (${m.code})`
        : `${m.fi} (${m.code})`;
  const toggle = (code: string, isOn: boolean) =>
    form.setValue('codes', isOn ? [...codes, code] : codes.filter((c) => c !== code), {
      shouldDirty: true,
      shouldValidate: form.formState.isSubmitted,
    });
  const box = (m: Municipality) => (
    <label key={m.code} className="directory-municipality">
      <input
        type="checkbox"
        checked={codes.includes(m.code)}
        onChange={(event) => toggle(m.code, event.target.checked)}
      />
      {nameOf(m)}
    </label>
  );
  return (
    <EntryForm
      title={fill(t.municipalitiesOf, { name: point.name })}
      form={form}
      save={async ({ codes }) => {
        await savePointMunicipalities(point.pointId, codes);
        onSaved();
      }}
      onCancel={onCancel}
    >
      <fieldset aria-describedby={form.formState.errors.codes ? `${id}-error` : undefined}>
        <legend>{fill(t.chosenMunicipalities, { count: String(chosen.length) })}</legend>
        {chosen.length === 0 && <p>{t.noMunicipalities}</p>}
        {chosen.map(box)}
        {form.formState.errors.codes && (
          <span id={`${id}-error`} className="field-error">
            {form.formState.errors.codes.message}
          </span>
        )}
      </fieldset>
      <InputField
        type="search"
        label={t.searchMunicipalities}
        help={fill(t.searchHelp, { year: String(all.year) })}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p role="status">
        {search.trim() &&
          (found.length === 0 ? t.noMatches : fill(t.matches, { count: String(found.length) }))}
      </p>
      {found.length > 0 && (
        <fieldset>
          <legend>{t.searchResults}</legend>
          {found.map(box)}
        </fieldset>
      )}
    </EntryForm>
  );
}
