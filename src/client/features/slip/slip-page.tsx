import { useId, useRef, useState } from 'react';
import { asLang, langs, type Lang } from '../../../domain/lang';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { navigate, useLocation } from '../../ui/navigation';
import { fill } from '../../ui/fill';
import { languageNames, slipControlMessages } from './messages';
import { slipModel } from './slip-model';
import { SlipSheet } from './slip-sheet';
import './slip.css';
import { useFitToPage } from './use-fit-to-page';
import { usePageSize } from './use-page-size';
import { useSlipSource } from './use-slip-source';

/** /slip/<visit id>?lang=fi|sv|en: the print view of a visit's referral slip, read from the tablet only. */
export function SlipPage({ visitId }: { visitId: string }) {
  const t = useMessages(slipControlMessages);
  const uiLang = useLang();
  const url = useLocation();
  const lang = asLang(url.searchParams.get('lang')) ?? uiLang;
  const source = useSlipSource(visitId);
  const [isLargePrint, setLargePrint] = useState(false);
  // Component state only: the instruction is printed and gone with the page, never stored or synced.
  const [instruction, setInstruction] = useState('');
  const sheet = useRef<HTMLElement>(null);
  const id = useId();
  const model = source?.visit
    ? slipModel(source.visit, source.catalogue, source.directory, source.pointName, lang)
    : null;
  const format = source?.format ?? 'a5';
  // Normal text may shrink to 80 % (≥ 9.6 pt) to keep one sheet; large print never shrinks below
  // 16 pt: a second sheet is better than text too small to read.
  useFitToPage(sheet, format === 'a5', isLargePrint ? 1 : 0.8, [
    model !== null,
    source?.visit?.rev,
    lang,
    isLargePrint,
    instruction,
  ]);
  // After the fit, so a receipt is measured at its own text size.
  // A large-print A5 slip may take a second sheet: the point's name heads it too.
  const runningHead = isLargePrint && format === 'a5' ? model?.point.name : undefined;
  usePageSize(sheet, format, [model !== null, lang, isLargePrint, instruction], runningHead);

  const chooseLang = (next: Lang) =>
    navigate(`/slip/${encodeURIComponent(visitId)}?lang=${next}`, { replace: true });
  const back = () => (window.history.length > 1 ? window.history.back() : navigate('/'));

  return (
    <div className="slip-page">
      <div className="slip-controls">
        <p>
          <label htmlFor={`${id}-lang`}>{t.slipLanguage}</label>
          <select
            id={`${id}-lang`}
            value={lang}
            onChange={(event) => chooseLang(asLang(event.target.value) ?? lang)}
          >
            {langs.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <input
            id={`${id}-large`}
            type="checkbox"
            checked={isLargePrint}
            onChange={(event) => setLargePrint(event.target.checked)}
          />
          <label htmlFor={`${id}-large`}>{t.largePrint}</label>
        </p>
        <p className="slip-instruction">
          <label htmlFor={`${id}-note`}>{t.instruction}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={200}
            aria-describedby={`${id}-note-help`}
            value={instruction}
            onChange={(event) => setInstruction(event.target.value)}
          />
          <small id={`${id}-note-help`}>{t.instructionHelp}</small>
        </p>
        <p>{fill(t.paper, { format: t[format] })}</p>
        <p className="slip-buttons">
          <button type="button" className="primary" onClick={() => window.print()} disabled={!model}>
            {t.print}
          </button>
          <button type="button" onClick={back}>
            {t.back}
          </button>
        </p>
      </div>
      {source === undefined && <p role="status">{t.loading}</p>}
      {source && !model && <p role="alert">{t.notFound}</p>}
      {/* Laid out at paper width: on a narrow screen the paper scrolls here, not the page. */}
      {model && (
        <div className="slip-paper" tabIndex={0}>
          <SlipSheet
            ref={sheet}
            model={model}
            lang={lang}
            format={format}
            isLargePrint={isLargePrint}
            instruction={instruction}
          />
        </div>
      )}
    </div>
  );
}
