import { useState, type FormEvent } from 'react';
import { FormField, InputField } from '../../ui/form-field';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { auditActionLabel } from '../../../domain/audit-action-labels';
import { auditActions, type AuditParams } from '../../../domain/audit-api';
import { auditMessages } from './audit-messages';

/** Who, what and from–to (Helsinki dates); Show applies them from the newest event on. */
export function AuditFilters({
  users,
  onApply,
}: {
  users: string[];
  onApply: (params: AuditParams) => void;
}) {
  const t = useMessages(auditMessages);
  const lang = useLang();
  const [who, setWho] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  function apply(event: FormEvent) {
    event.preventDefault();
    const [kind, name] = who.split(':', 2) as [string, string | undefined];
    onApply({
      ...(kind === 'user' && { user: name }),
      ...((kind === 'device' || kind === 'anonymous') && { actorKind: kind }),
      ...(action && { action }),
      ...(from && { from }),
      ...(to && { to }),
    });
  }

  return (
    <form onSubmit={apply} className="admin-form" aria-label={t.filters}>
      <FormField label={t.who}>
        {(control) => (
          <select {...control} value={who} onChange={(e) => setWho(e.target.value)}>
            <option value="">{t.anyone}</option>
            {users.map((name) => (
              <option key={name} value={`user:${name}`}>
                {name}
              </option>
            ))}
            <option value="device">{t.tablets}</option>
            <option value="anonymous">{t.notSignedIn}</option>
          </select>
        )}
      </FormField>
      <FormField label={t.action}>
        {(control) => (
          <select {...control} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t.anyAction}</option>
            {auditActions.map((code) => (
              <option key={code} value={code}>
                {auditActionLabel(code, lang)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <InputField label={t.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <InputField label={t.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t.show}
        </button>
      </div>
    </form>
  );
}
