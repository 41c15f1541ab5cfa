import { useId } from 'react';
import { useMessages } from '../../ui/messages';
import { reportsMessages } from './messages';
import { quickPickRange, quickPicks, type MonthRange } from './month-range';

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
      <p>
        <label htmlFor={`${id}-from`}>{t.from}</label>
        <input
          id={`${id}-from`}
          type="month"
          required
          value={range.from}
          max={range.to}
          onChange={(event) =>
            event.target.value &&
            onChange({
              from: event.target.value,
              to: range.to < event.target.value ? event.target.value : range.to,
            })
          }
        />
      </p>
      <p>
        <label htmlFor={`${id}-to`}>{t.to}</label>
        <input
          id={`${id}-to`}
          type="month"
          required
          value={range.to}
          min={range.from}
          onChange={(event) =>
            event.target.value &&
            onChange({
              from: range.from > event.target.value ? event.target.value : range.from,
              to: event.target.value,
            })
          }
        />
      </p>
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
