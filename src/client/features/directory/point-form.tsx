import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { pointContactSchema, type PointContact, type PointEntry } from '../../../domain/directory';
import { useMessages } from '../../ui/messages';
import { savePointContact } from './directory-api';
import { EntryForm } from './entry-form';
import { LocalizedFields } from './localized-fields';
import { directoryMessages } from './messages';
import { TextField } from './text-field';
import './zod-english';

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
  const id = useId();
  const form = useForm<PointContact>({
    resolver: zodResolver(pointContactSchema),
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
      <TextField
        id={`${id}-address`}
        label={t.address}
        registration={register('address')}
        error={errors.address?.message}
      />
      <LocalizedFields
        id={`${id}-hours`}
        legend={t.hours}
        registrationFor={(lang) => register(`hours.${lang}`)}
        errorFor={(lang) => errors.hours?.[lang]?.message}
      />
      <TextField
        id={`${id}-phone`}
        type="tel"
        label={t.phone}
        registration={register('phone')}
        error={errors.phone?.message}
      />
      <TextField
        id={`${id}-feedback`}
        type="url"
        label={t.feedbackUrl}
        help={t.feedbackHelp}
        registration={register('feedbackUrl')}
        error={errors.feedbackUrl?.message}
      />
    </EntryForm>
  );
}
