import type { RefObject } from 'react';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { TableRegion } from '../../ui/table-region';
import type { AccountInfo } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { adminMessages } from './messages';
import { peopleMessages } from './people-messages';

/** Every account: role, points, state, last sign-in, and a Manage button per row. */
export function PeopleTable({
  users,
  points,
  me,
  onManage,
  buttons,
}: {
  users: AccountInfo[];
  points: Point[];
  /** The signed-in admin's username, marked "(you)". */
  me: string | undefined;
  onManage: (username: string) => void;
  /** Each row's Manage button, so focus can return to it when the panel closes. */
  buttons: RefObject<Map<string, HTMLButtonElement>>;
}) {
  const t = useMessages(peopleMessages);
  const a = useMessages(adminMessages);
  const lang = useLang();
  const pointName = (pointId: string) => points.find((p) => p.id === pointId)?.name ?? pointId;
  const pointsOf = (user: AccountInfo) => {
    if (user.role === 'admin') return t.allPoints;
    return user.points.length > 0 ? user.points.map(pointName).join(', ') : t.noPoints;
  };
  const stateOf = (user: AccountInfo) =>
    [
      user.isDisabled ? t.disabled : t.active,
      user.mustChangePassword && t.mustChange,
      user.hasSecondFactor && t.secondFactor,
    ]
      .filter(Boolean)
      .join('; ');

  return (
    <TableRegion caption={t.caption}>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.user}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.points}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.lastSignIn}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.username}>
              <th scope="row">
                {user.username}
                {user.username === me && ` ${t.you}`}
              </th>
              <td>{user.role === 'admin' ? a.roleAdmin : a.roleSupervisor}</td>
              <td>{pointsOf(user)}</td>
              <td>{stateOf(user)}</td>
              <td>{user.lastSignInAt ? formatTime(user.lastSignInAt, lang) : t.unknown}</td>
              <td>
                <div className="item-actions">
                  <button
                    type="button"
                    ref={(button) => {
                      if (button) buttons.current.set(user.username, button);
                      else buttons.current.delete(user.username);
                    }}
                    aria-label={fill(t.manageUser, { user: user.username })}
                    onClick={() => onManage(user.username)}
                  >
                    {t.manage}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
