import { useMessages } from '../../ui/messages';
import { catalogueMessages } from './messages';

/**
 * The crosswalk of one entry: which retired codes of its list it continues. Tallies over a range
 * count a code continued only here under this entry (a merge), with a note.
 */
export function ContinuesPicker({
  name,
  retiredCodes,
  chosen,
  onChange,
}: {
  name: string;
  retiredCodes: readonly string[];
  chosen: readonly string[];
  onChange: (continues: string[]) => void;
}) {
  const t = useMessages(catalogueMessages);
  const toggle = (code: string, isOn: boolean) =>
    onChange(isOn ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <details className="catalogue-continues" open={chosen.length > 0}>
      <summary>
        {t.continues}
        {chosen.length > 0 && `: ${chosen.join(', ')}`}
      </summary>
      <fieldset>
        <legend>{`${t.continues}: ${name}`}</legend>
        <small>{t.continuesHelp}</small>
        <div className="chip-row">
          {retiredCodes.map((code) => (
            <label key={code} className="chip">
              <input
                type="checkbox"
                checked={chosen.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
              <span>{code}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
