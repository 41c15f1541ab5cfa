import { useId, useRef, useState, type FormEvent } from 'react';
import { InputField } from '../../ui/form-field';
import { useMessages } from '../../ui/messages';
import type { EnrolmentCode } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { createPoint, newEnrolmentCode } from './admin-api';
import { EnrolmentCodeCard } from './enrolment-code-card';
import { adminMessages } from './messages';
import { ServerError } from '../../session/error-words';
import { asError, useAction } from '../../session/use-loaded';

/** Create points, list them, and make an enrolment code for a point. */
export function PointsSection({
  points,
  error,
  onChange,
}: {
  points: Point[] | undefined;
  error: Error | null;
  onChange: () => void;
}) {
  const t = useMessages(adminMessages);
  const id = useId();
  const [pointId, setPointId] = useState('');
  const [name, setName] = useState('');
  const [formError, setFormError] = useState<Error | null>(null);
  const [code, setCode] = useState<{ point: Point; code: EnrolmentCode } | null>(null);
  const act = useAction();

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await act(() => createPoint({ id: pointId.trim(), name: name.trim() }));
      setPointId('');
      setName('');
      setFormError(null);
      onChange();
    } catch (caught) {
      setFormError(asError(caught));
    }
  }

  // Closing the code card returns focus to the button that opened it.
  const opener = useRef<HTMLButtonElement | null>(null);
  const closeCode = () => {
    setCode(null);
    opener.current?.focus();
  };

  async function makeCode(point: Point, button: HTMLButtonElement) {
    opener.current = button;
    try {
      setCode({ point, code: await act(() => newEnrolmentCode(point.id)) });
      setFormError(null);
    } catch (caught) {
      setFormError(asError(caught));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.points}</h2>
      {error && <ServerError lead={t.failed} error={error} />}
      {points === undefined && !error && <p role="status">{t.loading}</p>}
      {points?.length === 0 && <p>{t.noPoints}</p>}
      <ul className="admin-points">
        {points?.map((point) => (
          <li key={point.id}>
            <strong>{point.name}</strong> <code>{point.id}</code>{' '}
            <button
              type="button"
              onClick={(event) => void makeCode(point, event.currentTarget)}
              aria-label={`${t.newCode}: ${point.name}`}
            >
              {t.newCode}
            </button>
          </li>
        ))}
      </ul>
      {code && <EnrolmentCodeCard pointName={code.point.name} code={code.code} onClose={closeCode} />}
      <form onSubmit={(event) => void add(event)} className="admin-form">
        <InputField
          label={t.pointId}
          help={t.pointIdHelp}
          isRequired
          pattern="[a-z0-9][a-z0-9\-]*"
          value={pointId}
          onChange={(event) => setPointId(event.target.value)}
        />
        <InputField
          label={t.pointName}
          isRequired
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        {formError && <ServerError lead={t.failed} error={formError} />}
        <button type="submit" className="primary">
          {t.addPoint}
        </button>
      </form>
    </section>
  );
}
