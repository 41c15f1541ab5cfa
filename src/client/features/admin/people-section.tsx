import { useId, useRef, useState } from 'react';
import { useMessages } from '../../ui/messages';
import { useSessionStore } from '../../session/session-store';
import { ServerError } from '../../session/error-words';
import { useLoaded } from '../../session/use-loaded';
import type { Point } from '../../../domain/point';
import { CreateUserForm } from './create-user-form';
import { adminMessages } from './messages';
import { listUsers } from './people-api';
import { peopleMessages } from './people-messages';
import { PeopleTable } from './people-table';
import { UserPanel } from './user-panel';

/** Everyone's access: the accounts, one account's panel at a time, and a form for a new one. */
export function PeopleSection({ points }: { points: Point[] }) {
  const t = useMessages(peopleMessages);
  const a = useMessages(adminMessages);
  const id = useId();
  const me = useSessionStore((s) => s.session?.username);
  const users = useLoaded(listUsers);
  const [managing, setManaging] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const user = users.data?.find((u) => u.username === managing);

  const close = () => {
    const button = managing ? buttons.current.get(managing) : undefined;
    setManaging(null);
    button?.focus();
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.title}</h2>
      {users.error && <ServerError lead={a.failed} error={users.error} />}
      {users.data && (
        <PeopleTable users={users.data} points={points} me={me} onManage={setManaging} buttons={buttons} />
      )}
      {user && <UserPanel user={user} points={points} onChanged={users.reload} onClose={close} />}
      <CreateUserForm points={points} onCreated={users.reload} />
    </section>
  );
}
