import { useState } from 'react';
import type { Lang } from '../../../domain/lang';
import { ErrorWords } from '../../session/error-words';
import { useLang } from '../../ui/lang-store';
import { resetSecondFactorOf } from './people-api';

const texts: Record<Lang, { reset: (u: string) => string; done: (u: string) => string; failed: string }> = {
  fi: {
    reset: (u) => `Poista käyttäjän ${u} toinen tunnistustekijä`,
    done: (u) => `Käyttäjän ${u} toinen tunnistustekijä poistettiin ja hänen kirjautumisensa päätettiin.`,
    failed: 'Ei onnistunut:',
  },
  sv: {
    reset: (u) => `Ta bort den andra autentiseringsfaktorn för ${u}`,
    done: (u) =>
      `Den andra autentiseringsfaktorn för ${u} har tagits bort och hens inloggningar har avslutats.`,
    failed: 'Det lyckades inte:',
  },
  en: {
    reset: (u) => `Reset the second factor of ${u}`,
    done: (u) => `The second factor of ${u} was reset and their sessions ended.`,
    failed: 'That did not work:',
  },
};

/**
 * An admin resets someone's second factor (a lost phone): DELETE …/second-factor, audited on the
 * server; the person signs in with the password alone and, if an admin, enrols a new one.
 */
export function SecondFactorResetButton({
  username,
  hasSecondFactor,
  onReset,
}: {
  username: string;
  hasSecondFactor: boolean;
  onReset: () => Promise<void>;
}) {
  const t = texts[useLang()];
  const [message, setMessage] = useState<{ text: string; error?: unknown } | null>(null);
  async function reset() {
    try {
      await resetSecondFactorOf(username);
      setMessage({ text: t.done(username) });
      await onReset();
    } catch (caught) {
      setMessage({ text: t.failed, error: caught });
    }
  }
  // Rendered whether or not there is one, so the outcome stays in view after the list is read again.
  return (
    <div className="form-actions">
      {hasSecondFactor && (
        <button type="button" onClick={() => void reset()}>
          {t.reset(username)}
        </button>
      )}
      {message && (
        <p role={message.error === undefined ? 'status' : 'alert'}>
          {message.text}
          {message.error !== undefined && (
            <>
              {' '}
              <ErrorWords error={message.error} />
            </>
          )}
        </p>
      )}
    </div>
  );
}
