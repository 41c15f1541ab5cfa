import { useLayoutEffect, useId, useRef, useState } from 'react';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import type { AccountInfo } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { AccessControl } from './access-control';
import { peopleMessages } from './people-messages';
import { RoleForm } from './role-form';
import { SecondFactorResetButton } from './second-factor-reset-button';
import { SetPasswordForm } from './set-password-form';
import { UserSessions } from './user-sessions';

/**
 * Everything an admin can do to one account: role and points, a new password, disable or enable,
 * and the sessions. Focus moves to its heading when it opens, back to the row's button on Close.
 */
export function UserPanel({
  user,
  points,
  onChanged,
  onClose,
}: {
  user: AccountInfo;
  points: Point[];
  onChanged: () => Promise<void>;
  onClose: () => void;
}) {
  const t = useMessages(peopleMessages);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Disabling and a new password end sessions too: the session list is read again after either.
  const [sessionsVersion, setSessionsVersion] = useState(0);
  const changedAndSessions = async () => {
    setSessionsVersion((v) => v + 1);
    await onChanged();
  };
  useLayoutEffect(() => heading.current?.focus(), [user.username]);

  return (
    <section className="card user-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {fill(t.account, { user: user.username })}
      </h3>
      <RoleForm key={user.username} user={user} points={points} onChanged={onChanged} />
      <SetPasswordForm user={user} onChanged={changedAndSessions} />
      <AccessControl user={user} onChanged={changedAndSessions} />
      <SecondFactorResetButton
        key={`2f-${user.username}`}
        username={user.username}
        hasSecondFactor={user.hasSecondFactor === true}
        onReset={changedAndSessions}
      />
      <UserSessions key={`${user.username}-${sessionsVersion}`} username={user.username} />
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  );
}
