import { useId } from 'react';
import { useMessages } from '../../ui/messages';
import { reportsMessages } from './messages';
import { quickPickRange, quickPicks, withMonth, type MonthRange } from './month-range';

const edges = ['from', 'to'] as const;

/** A range of months: two month fields and quick picks counted from today's Helsinki date. */
export function RangePicker({
  range,
  today,
  onChange,
}: {
  range: MonthRange;
  today: string;
  onChange: (range: MonthRange) => void;
}) {
  const t = useMessages(reportsMessages);
  const id = useId();
  return (
    <fieldset className="reports-range">
      <legend>{t.range}</legend>
      {edges.map((edge) => (
        <p key={edge}>
          <label htmlFor={`${id}-${edge}`}>{t[edge]}</label>
          <input
            id={`${id}-${edge}`}
            type="month"
            required
            value={range[edge]}
            {...(edge === 'from' ? { max: range.to } : { min: range.from })}
            onChange={(event) => event.target.value && onChange(withMonth(range, edge, event.target.value))}
          />
        </p>
      ))}
      <div role="group" aria-label={t.quickPicks} className="reports-quick-picks">
        {quickPicks.map((pick) => {
          const picked = quickPickRange(pick, today);
          const isCurrent = picked.from === range.from && picked.to === range.to;
          return (
            <button key={pick} type="button" aria-pressed={isCurrent} onClick={() => onChange(picked)}>
              {t[pick]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
