import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { serviceDetailsSchema, type ServiceDetails, type ServiceEntry } from '../../../domain/directory';
import { InputField } from '../../ui/form-field';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { zodMessagesIn } from '../../ui/zod-messages';
import { EntryForm } from './entry-form';
import { LocalizedFields } from './localized-fields';
import { directoryMessages } from './messages';

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

/**
 * Edit one referral service's contact details: the county-wide ones, or a point's own (`entry` is
 * then the point's own entry, or the county-wide one to start from).
 */
export function ServiceForm({
  entry,
  title,
  save,
  onSaved,
  onCancel,
}: {
  entry: ServiceEntry;
  title: string;
  save: (details: ServiceDetails) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  const form = useForm<ServiceDetails>({
    resolver: zodResolver(serviceDetailsSchema, zodMessagesIn(lang)),
    defaultValues: startingValues(entry),
  });
  const { register } = form;
  const { errors } = form.formState;

  return (
    <EntryForm
      title={title}
      form={form}
      save={async (values) => {
        await save(values);
        onSaved();
      }}
      onCancel={onCancel}
    >
      <LocalizedFields
        legend={t.name}
        help={t.nameHelp}
        registrationFor={(lang) => register(`name.${lang}`)}
        errorFor={(lang) => errors.name?.[lang]?.message}
      />
      <InputField type="tel" label={t.phone} {...register('phone')} error={errors.phone?.message} />
      <LocalizedFields
        legend={t.hours}
        registrationFor={(lang) => register(`hours.${lang}`)}
        errorFor={(lang) => errors.hours?.[lang]?.message}
      />
      <InputField label={t.address} {...register('address')} error={errors.address?.message} />
      <InputField type="url" label={t.url} {...register('url')} error={errors.url?.message} />
      <InputField
        type="number"
        label={t.contactWithinDays}
        help={t.contactHelp}
        {...register('contactWithinDays', { valueAsNumber: true })}
        error={errors.contactWithinDays?.message}
      />
    </EntryForm>
  );
}
