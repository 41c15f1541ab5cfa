import { useId, useState, type FormEvent } from 'react';
import { InputField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import type { Role } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { createSupervisor, listUsers } from './admin-api';
import { adminMessages } from './messages';
import { errorText, useAction, useLoaded } from '../../session/use-loaded';

/** Supervisor accounts and the points whose figures each may see. */
export function UsersSection({ points }: { points: Point[] }) {
  const t = useMessages(adminMessages);
  const id = useId();
  const users = useLoaded(listUsers);
  const act = useAction();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await act(() => createSupervisor({ username: username.trim(), password, points: chosen }));
      setUsername('');
      setPassword('');
      setChosen([]);
      setMessage({ isError: false, text: t.saved });
      await users.reload();
    } catch (caught) {
      setMessage({ isError: true, text: `${t.failed} ${errorText(caught)}` });
    }
  }

  const roleName = (role: Role) => (role === 'admin' ? t.roleAdmin : t.roleSupervisor);
  const toggle = (pointId: string) =>
    setChosen((current) =>
      current.includes(pointId) ? current.filter((p) => p !== pointId) : [...current, pointId],
    );

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.users}</h2>
      {users.error && <p role="alert">{`${t.failed} ${users.error}`}</p>}
      {users.data?.length === 0 && <p>{t.noUsers}</p>}
      <ul>
        {users.data?.map((user) => (
          <li key={user.username}>
            <strong>{user.username}</strong> ({roleName(user.role)})
            {user.points.length > 0 && `: ${user.points.join(', ')}`}
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)} className="admin-form">
        <InputField
          label={t.username}
          isRequired
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <InputField
          label={t.password}
          help={t.passwordHelp}
          type="password"
          isRequired
          minLength={12}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <fieldset>
          <legend>{t.userPoints}</legend>
          {points.map((point) => (
            <label key={point.id} className="check">
              <input type="checkbox" checked={chosen.includes(point.id)} onChange={() => toggle(point.id)} />
              {point.name}
            </label>
          ))}
        </fieldset>
        {message && <p role={message.isError ? 'alert' : 'status'}>{message.text}</p>}
        <button type="submit" className="primary">
          {t.addSupervisor}
        </button>
      </form>
    </section>
  );
}
