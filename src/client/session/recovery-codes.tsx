import { useId } from 'react';
import { useMessages } from '../ui/messages';
import { secondFactorMessages } from './second-factor-messages';

/** The recovery codes, shown once after enrolling, and the way on once they are saved. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useMessages(secondFactorMessages);
  const id = useId();
  return (
    <section className="login-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.recoveryTitle}</h2>
      <p>{t.recoveryIntro}</p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onDone}>
          {t.saved}
        </button>
      </div>
    </section>
  );
}
