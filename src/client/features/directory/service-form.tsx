import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { serviceDetailsSchema, type ServiceDetails, type ServiceEntry } from '../../../domain/directory';
import { useMessages } from '../../ui/messages';
import { saveService } from './directory-api';
import { EntryForm } from './entry-form';
import { LocalizedFields } from './localized-fields';
import { directoryMessages } from './messages';
import { TextField } from './text-field';
import './zod-english';

const blank = { fi: '', sv: '', en: '' };

/** What the form starts from: the saved details, or empty fields where only demonstration values exist (so none is saved as real by accident). */
function startingValues(entry: ServiceEntry): ServiceDetails {
  if (entry.isDemonstration)
    return {
      name: blank,
      phone: '',
      hours: blank,
      address: '',
      url: '',
      contactWithinDays: entry.contactWithinDays,
    };
  const { name, phone, hours, address, url, contactWithinDays } = entry;
  return { name, phone, hours, address, url, contactWithinDays };
}

/** Edit one referral service's contact details. */
export function ServiceForm({
  entry,
  title,
  onSaved,
  onCancel,
}: {
  entry: ServiceEntry;
  title: string;
  onSaved: (saved: ServiceEntry) => void;
  onCancel: () => void;
}) {
  const t = useMessages(directoryMessages);
  const id = useId();
  const form = useForm<ServiceDetails>({
    resolver: zodResolver(serviceDetailsSchema),
    defaultValues: startingValues(entry),
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <EntryForm
      title={title}
      form={form}
      save={async (values) => onSaved(await saveService(entry.code, values))}
      onCancel={onCancel}
    >
      <LocalizedFields
        id={`${id}-name`}
        legend={t.name}
        help={t.nameHelp}
        registrationFor={(lang) => register(`name.${lang}`)}
        errorFor={(lang) => errors.name?.[lang]?.message}
      />
      <TextField
        id={`${id}-phone`}
        type="tel"
        label={t.phone}
        registration={register('phone')}
        error={errors.phone?.message}
      />
      <LocalizedFields
        id={`${id}-hours`}
        legend={t.hours}
        registrationFor={(lang) => register(`hours.${lang}`)}
        errorFor={(lang) => errors.hours?.[lang]?.message}
      />
      <TextField
        id={`${id}-address`}
        label={t.address}
        registration={register('address')}
        error={errors.address?.message}
      />
      <TextField
        id={`${id}-url`}
        type="url"
        label={t.url}
        registration={register('url')}
        error={errors.url?.message}
      />
      <TextField
        id={`${id}-days`}
        type="number"
        label={t.contactWithinDays}
        help={t.contactHelp}
        registration={register('contactWithinDays', { valueAsNumber: true })}
        error={errors.contactWithinDays?.message}
      />
    </EntryForm>
  );
}
