import { FormField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import type { Role } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { adminMessages } from './messages';
import { peopleMessages } from './people-messages';
import { PointChoices } from './point-choices';

/**
 * The role of an account and, for a supervisor, the points whose figures they see; an admin sees
 * every point, which `adminNote` may say in place of the choices.
 */
export function RoleChoice({
  role,
  onRole,
  points,
  chosen,
  onChosen,
  adminNote,
}: {
  role: Role;
  onRole: (role: Role) => void;
  points: Point[];
  chosen: string[];
  onChosen: (chosen: string[]) => void;
  adminNote?: string;
}) {
  const t = useMessages(peopleMessages);
  const a = useMessages(adminMessages);
  return (
    <>
      <FormField label={t.role}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => onRole(e.target.value as Role)}>
            <option value="supervisor">{a.roleSupervisor}</option>
            <option value="admin">{a.roleAdmin}</option>
          </select>
        )}
      </FormField>
      {role === 'supervisor' ? (
        <PointChoices legend={a.userPoints} points={points} chosen={chosen} onChange={onChosen} />
      ) : (
        adminNote && <p>{adminNote}</p>
      )}
    </>
  );
}
