import { useState, type FormEvent } from 'react';
import { useMessages } from '../../ui/messages';
import { useAction } from '../../session/use-loaded';
import type { AccountInfo, Role } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { adminMessages } from './messages';
import { OutcomeLine, failureOf, type Outcome } from './outcome-line';
import { changeUser } from './people-api';
import { peopleMessages } from './people-messages';
import { RoleChoice } from './role-choice';

/** An account's role and, for a supervisor, the points whose figures they see. */
export function RoleForm({
  user,
  points,
  onChanged,
}: {
  user: AccountInfo;
  points: Point[];
  onChanged: () => Promise<void>;
}) {
  const t = useMessages(peopleMessages);
  const act = useAction();
  const a = useMessages(adminMessages);
  const [role, setRole] = useState<Role>(user.role);
  const [chosen, setChosen] = useState<string[]>(user.points);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await act(() => changeUser(user.username, { role, points: role === 'admin' ? [] : chosen }));
      setOutcome({ isError: false, text: t.roleSaved });
      await onChanged();
    } catch (caught) {
      setOutcome(failureOf(caught, a.failed));
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} className="admin-form">
      <h4>{t.roleAndPoints}</h4>
      <RoleChoice
        role={role}
        onRole={setRole}
        points={points}
        chosen={chosen}
        onChosen={setChosen}
        adminNote={t.adminSeesAll}
      />
      <OutcomeLine outcome={outcome} />
      <div className="form-actions">
        <button type="submit">{t.saveRole}</button>
      </div>
    </form>
  );
}
