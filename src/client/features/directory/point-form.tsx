import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { pointContactSchema, type PointContact, type PointEntry } from '../../../domain/directory';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { savePointContact } from './directory-api';
import { errorText } from './error-text';
import { LocalizedFields } from './localized-fields';
import { directoryMessages } from './messages';
import { TextField } from './text-field';
import './zod-english';

/** The saved details, or empty fields where only demonstration values exist. */
function startingValues(entry: PointEntry): PointContact {
  if (entry.isDemonstration) return { address: '', hours: { fi: '', sv: '', en: '' }, phone: '', feedbackUrl: '' };
  const { address, hours, phone, feedbackUrl } = entry;
  return { address, hours, phone, feedbackUrl };
}

/** Edit an advice point's address, opening hours, phone and feedback address. */
export function PointForm({ entry, onSaved, onCancel }: { entry: PointEntry; onSaved: (saved: PointEntry) => void; onCancel: () => void }) {
  const t = useMessages(directoryMessages);
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<PointContact>({ resolver: zodResolver(pointContactSchema), defaultValues: startingValues(entry) });
  const { errors } = formState;

  async function submit(values: PointContact) {
    try {
      onSaved(await savePointContact(entry.pointId, values));
    } catch (caught) {
      setFailure(`${t.failed} ${errorText(caught)}`);
    }
  }

  return (
    <form className="directory-form" aria-label={fill(t.editing, { name: entry.name })} onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <h3>{fill(t.editing, { name: entry.name })}</h3>
      <TextField id={`${id}-address`} label={t.address} registration={register('address')} error={errors.address?.message} />
      <LocalizedFields id={`${id}-hours`} legend={t.hours} registrationFor={(lang) => register(`hours.${lang}`)} errorFor={(lang) => errors.hours?.[lang]?.message} />
      <TextField id={`${id}-phone`} type="tel" label={t.phone} registration={register('phone')} error={errors.phone?.message} />
      <TextField id={`${id}-feedback`} type="url" label={t.feedbackUrl} help={t.feedbackHelp} registration={register('feedbackUrl')} error={errors.feedbackUrl?.message} />
      {Object.keys(errors).length > 0 && <p role="alert">{t.fixErrors}</p>}
      {failure && <p role="alert">{failure}</p>}
      <p className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </p>
    </form>
  );
}
