import { useId, useState, type FormEvent } from 'react';
import { InputField } from '../ui/form-field';
import { FormSubmit } from '../ui/form-submit';
import { useMessages } from '../ui/messages';
import { ApiError } from './api-client';
import { ErrorWords } from './error-words';
import { RecoveryCodes } from './recovery-codes';
import { confirmSecondFactor, startSecondFactor } from './second-factor-api';
import { secondFactorMessages } from './second-factor-messages';
import { TotpQr } from './totp-qr';

type Stage =
  | { kind: 'idle' }
  | { kind: 'started'; secret: string; uri: string }
  | { kind: 'confirmed'; recoveryCodes: string[] };

/**
 * Enrol an authenticator app: a QR code and the key as text (for typing in), then a code from the
 * app to confirm, then the recovery codes once. `onDone` after the codes are saved.
 */
export function SecondFactorSetup({
  title,
  intro,
  onDone,
}: {
  title: string;
  intro: string;
  onDone: () => void;
}) {
  const t = useMessages(secondFactorMessages);
  const id = useId();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ isCode: boolean; caught: unknown } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      const isCode = caught instanceof ApiError && caught.code === 'bad-second-factor-code';
      if (caught instanceof ApiError && caught.code === 'second-factor-exists') return onDone();
      setError({ isCode, caught });
    } finally {
      setIsBusy(false);
    }
  }
  const begin = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setStage({ kind: 'started', ...(await startSecondFactor()) }));
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () =>
      setStage({ kind: 'confirmed', recoveryCodes: await confirmSecondFactor(code.trim()) }),
    );
  };

  if (stage.kind === 'confirmed') return <RecoveryCodes codes={stage.recoveryCodes} onDone={onDone} />;
  return (
    <form
      className="login-form"
      onSubmit={stage.kind === 'idle' ? begin : confirm}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      {stage.kind === 'started' && (
        <>
          <p>{t.scan}</p>
          <TotpQr uri={stage.uri} label={t.qrLabel} />
          <p>
            {t.manualKey} <code className="totp-key">{stage.secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
          </p>
          <InputField
            label={t.confirmCode}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            isRequired
            error={error?.isCode && <ErrorWords error={error.caught} />}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        </>
      )}
      <FormSubmit
        error={
          error &&
          !error.isCode && (
            <>
              {t.failed} <ErrorWords error={error.caught} />
            </>
          )
        }
        isBusy={isBusy}
      >
        {stage.kind === 'idle' ? t.begin : t.confirm}
      </FormSubmit>
    </form>
  );
}
