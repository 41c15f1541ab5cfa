import type { Point } from '../../../domain/point';

/** The points a supervisor sees, as checkboxes (each row a 44 px target). */
export function PointChoices({
  legend,
  points,
  chosen,
  onChange,
}: {
  legend: string;
  points: Point[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  const toggle = (pointId: string) =>
    onChange(chosen.includes(pointId) ? chosen.filter((p) => p !== pointId) : [...chosen, pointId]);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {points.map((point) => (
        <label key={point.id} className="check">
          <input type="checkbox" checked={chosen.includes(point.id)} onChange={() => toggle(point.id)} />
          {point.name}
        </label>
      ))}
    </fieldset>
  );
}
