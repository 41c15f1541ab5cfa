import { useCallback, useId, useState } from 'react';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { TableRegion } from '../../ui/table-region';
import { ServerError } from '../../session/error-words';
import { useAction, useLoaded } from '../../session/use-loaded';
import { adminMessages } from './messages';
import { OutcomeLine, failureOf, type Outcome } from './outcome-line';
import { endSessionsOf, listSessionsOf } from './people-api';
import { peopleMessages } from './people-messages';

/**
 * Someone's signed-in sessions, each with End, and End all. The panel remounts it (a new `key`)
 * when the account changed elsewhere, since disabling or a new password ends sessions too.
 */
export function UserSessions({ username }: { username: string }) {
  const t = useMessages(peopleMessages);
  const act = useAction();
  const a = useMessages(adminMessages);
  const lang = useLang();
  const id = useId();
  const load = useCallback(() => listSessionsOf(username), [username]);
  const sessions = useLoaded(load);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function end(sessionId?: string) {
    try {
      await act(() => endSessionsOf(username, sessionId));
      setOutcome({ isError: false, text: sessionId ? t.sessionEnded : t.allEnded });
      await sessions.reload();
    } catch (caught) {
      setOutcome(failureOf(caught, a.failed));
    }
  }

  const list = sessions.data ?? [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t.sessions}</h4>
      {sessions.error && <ServerError lead={a.failed} error={sessions.error} />}
      <OutcomeLine outcome={outcome} />
      {sessions.data && list.length === 0 && <p>{t.noSessions}</p>}
      {list.length > 0 && (
        <>
          <TableRegion caption={t.sessionsCaption}>
            <table>
              <caption>{t.sessionsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.started}</th>
                  <th scope="col">{t.expires}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((session) => (
                  <tr key={session.id}>
                    <td>{formatTime(session.createdAt, lang)}</td>
                    <td>{formatTime(session.expiresAt, lang)}</td>
                    <td>
                      <button
                        type="button"
                        aria-label={fill(t.endSessionOf, { time: formatTime(session.createdAt, lang) })}
                        onClick={() => void end(session.id)}
                      >
                        {t.endSession}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <button type="button" onClick={() => void end()}>
            {t.endAll}
          </button>
        </>
      )}
    </section>
  );
}
