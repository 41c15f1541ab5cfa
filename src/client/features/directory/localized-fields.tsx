import type { UseFormRegisterReturn } from 'react-hook-form';
import { langs, type Lang } from '../../../domain/lang';
import { useMessages } from '../../ui/messages';
import { directoryMessages } from './messages';
import { TextField } from './text-field';

/** One text in Finnish, Swedish and English; an empty Swedish or English one prints the Finnish. */
export function LocalizedFields({
  id,
  legend,
  help,
  registrationFor,
  errorFor,
}: {
  id: string;
  legend: string;
  help?: string;
  registrationFor: (lang: Lang) => UseFormRegisterReturn;
  errorFor: (lang: Lang) => string | undefined;
}) {
  const t = useMessages(directoryMessages);
  const inLang = { fi: t.inFinnish, sv: t.inSwedish, en: t.inEnglish };
  return (
    <fieldset className="directory-localized">
      <legend>{legend}</legend>
      {help && <small>{help}</small>}
      {langs.map((lang) => (
        <TextField
          key={lang}
          id={`${id}-${lang}`}
          label={`${legend} ${inLang[lang]}`}
          registration={registrationFor(lang)}
          error={errorFor(lang)}
        />
      ))}
    </fieldset>
  );
}
