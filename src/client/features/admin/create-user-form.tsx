import { useState, type FormEvent } from 'react';
import { fill } from '../../ui/fill';
import { InputField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import { useAction } from '../../session/use-loaded';
import { ApiError } from '../../session/api-client';
import { ErrorWords } from '../../session/error-words';
import type { Role } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { adminMessages } from './messages';
import { OutcomeLine, failureOf, type Outcome } from './outcome-line';
import { createUser } from './people-api';
import { peopleMessages } from './people-messages';
import { RoleChoice } from './role-choice';

/** A new account: a supervisor of some points, or another admin. */
export function CreateUserForm({ points, onCreated }: { points: Point[]; onCreated: () => Promise<void> }) {
  const t = useMessages(peopleMessages);
  const act = useAction();
  const a = useMessages(adminMessages);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('supervisor');
  const [chosen, setChosen] = useState<string[]>([]);
  const [passwordError, setPasswordError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const name = username.trim();
    try {
      await act(() => createUser({ username: name, password, role, points: role === 'admin' ? [] : chosen }));
      setUsername('');
      setPassword('');
      setChosen([]);
      setPasswordError(undefined);
      setOutcome({ isError: false, text: fill(t.created, { user: name }) });
      await onCreated();
    } catch (caught) {
      const isWeak = caught instanceof ApiError && caught.code === 'weak-password';
      setPasswordError(isWeak ? caught : undefined);
      if (!isWeak) setOutcome(failureOf(caught, a.failed));
    }
  }

  return (
    <form onSubmit={(event) => void add(event)} className="admin-form">
      <h3>{t.newAccount}</h3>
      <InputField
        label={a.username}
        isRequired
        autoComplete="off"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <InputField
        label={a.password}
        help={a.passwordHelp}
        error={passwordError !== undefined && <ErrorWords error={passwordError} />}
        type="password"
        isRequired
        minLength={12}
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <RoleChoice role={role} onRole={setRole} points={points} chosen={chosen} onChosen={setChosen} />
      <OutcomeLine outcome={outcome} />
      <button type="submit" className="primary">
        {t.createAccount}
      </button>
    </form>
  );
}
