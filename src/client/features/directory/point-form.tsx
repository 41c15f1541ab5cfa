import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { pointContactSchema, type PointContact, type PointEntry } from '../../../domain/directory';
import { InputField } from '../../ui/form-field';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { zodMessagesIn } from '../../ui/zod-messages';
import { savePointContact } from './directory-api';
import { EntryForm } from './entry-form';
import { LocalizedFields } from './localized-fields';
import { directoryMessages } from './messages';

/** The saved details, or empty fields where only demonstration values exist. */
function startingValues(entry: PointEntry): PointContact {
  if (entry.isDemonstration)
    return { address: '', hours: { fi: '', sv: '', en: '' }, phone: '', feedbackUrl: '' };
  const { address, hours, phone, feedbackUrl } = entry;
  return { address, hours, phone, feedbackUrl };
}

/** Edit an advice point's address, opening hours, phone and feedback address. */
export function PointForm({
  entry,
  onSaved,
  onCancel,
}: {
  entry: PointEntry;
  onSaved: (saved: PointEntry) => void;
  onCancel: () => void;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const form = useForm<PointContact>({
    resolver: zodResolver(pointContactSchema, zodMessagesIn(lang)),
    defaultValues: startingValues(entry),
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <EntryForm
      title={entry.name}
      form={form}
      save={async (values) => onSaved(await savePointContact(entry.pointId, values))}
      onCancel={onCancel}
    >
      <InputField label={t.address} {...register('address')} error={errors.address?.message} />
      <LocalizedFields
        legend={t.hours}
        registrationFor={(lang) => register(`hours.${lang}`)}
        errorFor={(lang) => errors.hours?.[lang]?.message}
      />
      <InputField type="tel" label={t.phone} {...register('phone')} error={errors.phone?.message} />
      <InputField
        type="url"
        label={t.feedbackUrl}
        help={t.feedbackHelp}
        {...register('feedbackUrl')}
        error={errors.feedbackUrl?.message}
      />
    </EntryForm>
  );
}
