import { useState, type ReactNode } from 'react';
import { useDevice } from '../../db/device';
import { ApiError } from '../../session/api-client';
import { ErrorWords } from '../../session/error-words';
import { syncNow } from '../../sync/app-sync';
import { InputField } from '../../ui/form-field';
import { FormSubmit } from '../../ui/form-submit';
import { useMessages } from '../../ui/messages';
import { navigate } from '../../ui/navigation';
import { useSubmit } from '../../ui/use-submit';
import { enrolDevice } from './enrol';
import { enrolMessages } from './enrol-messages';

/** First run: enrol the tablet at its point with a code from the admin page, then go to the desk. */
export function EnrolPage() {
  const t = useMessages(enrolMessages);
  const device = useDevice();
  const [code, setCode] = useState(() => new URLSearchParams(window.location.search).get('code') ?? '');
  const [label, setLabel] = useState('');
  const { isBusy, error, onSubmit } = useSubmit(
    async () => {
      await enrolDevice(code, label);
      void syncNow();
      navigate('/', { replace: true });
    },
    (caught) => describe(caught, t),
    { stayBusy: true },
  );

  return (
    <section className="enrol-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {device?.revokedAt && <p role="note">{t.revokedNote}</p>}
      <form onSubmit={onSubmit}>
        <InputField
          label={t.code}
          help={t.codeHelp}
          name="code"
          isRequired
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <InputField
          label={t.label}
          help={t.labelHelp}
          name="label"
          isRequired
          maxLength={64}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <FormSubmit error={error} isBusy={isBusy}>
          {isBusy ? t.busy : t.submit}
        </FormSubmit>
      </form>
    </section>
  );
}

function describe(error: unknown, t: (typeof enrolMessages)['fi']): ReactNode {
  if (error instanceof ApiError && error.kind === 'network') return t.offline;
  // A code not of the code's form (or a path the server does not know): also "get a new code".
  if (error instanceof ApiError && (error.kind === 'invalid-request' || error.kind === 'not-found')) {
    return t.invalidCode;
  }
  return (
    <>
      {t.failed} <ErrorWords error={error} />
    </>
  );
}
