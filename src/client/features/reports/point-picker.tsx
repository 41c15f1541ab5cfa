import { useId } from 'react';
import { useMessages } from '../../ui/messages';
import { reportsMessages } from './messages';
import type { Point } from '../../../domain/point';

/** One, several or all of the person's points, as checkboxes. */
export function PointPicker({
  points,
  chosen,
  onChange,
}: {
  points: Point[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  const t = useMessages(reportsMessages);
  const id = useId();
  const isAll = chosen.length === points.length;
  const toggle = (pointId: string, on: boolean) =>
    onChange(
      on
        ? points.map((p) => p.id).filter((p) => p === pointId || chosen.includes(p))
        : chosen.filter((p) => p !== pointId),
    );
  return (
    <fieldset className="reports-points">
      <legend>{t.points}</legend>
      <p>
        <input
          id={`${id}-all`}
          type="checkbox"
          checked={isAll}
          onChange={(event) => onChange(event.target.checked ? points.map((p) => p.id) : [])}
        />
        <label htmlFor={`${id}-all`}>{t.allPoints}</label>
      </p>
      {points.map((point) => (
        <p key={point.id}>
          <input
            id={`${id}-${point.id}`}
            type="checkbox"
            checked={chosen.includes(point.id)}
            onChange={(event) => toggle(point.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${point.id}`}>{point.name}</label>
        </p>
      ))}
      {chosen.length === 0 && <p role="alert">{t.pickAPoint}</p>}
    </fieldset>
  );
}
