import { useId, useRef, useState } from 'react';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { useAction } from '../../session/use-loaded';
import type { AccountInfo } from '../../../domain/accounts-api';
import { adminMessages } from './messages';
import { OutcomeLine, failureOf, type Outcome } from './outcome-line';
import { changeUser } from './people-api';
import { peopleMessages } from './people-messages';

/** Disable an account (after a confirmation; its sessions end at once) or enable it again. */
export function AccessControl({ user, onChanged }: { user: AccountInfo; onChanged: () => Promise<void> }) {
  const t = useMessages(peopleMessages);
  const act = useAction();
  const a = useMessages(adminMessages);
  const id = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const disableButton = useRef<HTMLButtonElement>(null);

  async function setDisabled(isDisabled: boolean) {
    setIsConfirming(false);
    try {
      await act(() => changeUser(user.username, { isDisabled }));
      setOutcome({ isError: false, text: isDisabled ? t.wasDisabled : t.wasEnabled });
      await onChanged();
    } catch (caught) {
      setOutcome(failureOf(caught, a.failed));
    }
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t.access}</h4>
      <p>{user.isDisabled ? t.isDisabled : t.isActive}</p>
      <OutcomeLine outcome={outcome} />
      {user.isDisabled ? (
        <button type="button" onClick={() => void setDisabled(false)}>
          {t.enable}
        </button>
      ) : (
        <button ref={disableButton} type="button" onClick={() => setIsConfirming(true)}>
          {t.disable}
        </button>
      )}
      {isConfirming && (
        <ConfirmBox
          text={fill(t.confirmDisable, { user: user.username })}
          yes={t.confirmDisableYes}
          no={a.cancel}
          onYes={() => void setDisabled(true)}
          onNo={() => {
            setIsConfirming(false);
            disableButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/** A question to confirm in place; focus starts on "No", the harmless answer. */
function ConfirmBox(props: { text: string; yes: string; no: string; onYes: () => void; onNo: () => void }) {
  const id = useId();
  return (
    <div role="alertdialog" aria-labelledby={id} className="confirm">
      <p id={id}>{props.text}</p>
      <div className="form-actions">
        <button type="button" onClick={props.onYes}>
          {props.yes}
        </button>
        <button type="button" onClick={props.onNo} autoFocus>
          {props.no}
        </button>
      </div>
    </div>
  );
}
