import type { UseFormRegisterReturn } from 'react-hook-form';
import { langs, type Lang } from '../../../domain/lang';
import { InputField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import { directoryMessages } from './messages';

/** One text in Finnish, Swedish and English; an empty Swedish or English one prints the Finnish. */
export function LocalizedFields({
  legend,
  help,
  registrationFor,
  errorFor,
}: {
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
        <InputField
          key={lang}
          label={`${legend} ${inLang[lang]}`}
          lang={lang}
          {...registrationFor(lang)}
          error={errorFor(lang)}
        />
      ))}
    </fieldset>
  );
}
