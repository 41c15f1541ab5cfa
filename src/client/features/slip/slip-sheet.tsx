import type { Ref } from 'react';
import { textIn } from '../../../domain/directory';
import type { Lang } from '../../../domain/lang';
import { fill } from '../../ui/fill';
import { slipMessages } from './messages';
import { QrImage } from './qr-image';
import { formatSlipDate, type SlipModel } from './slip-model';
import { SlipStepItem } from './slip-step';

export interface SlipSheetProps {
  model: SlipModel;
  lang: Lang;
  format: 'a5' | 'receipt';
  isLargePrint: boolean;
  /** Staff's note for this client: printed, never stored. */
  instruction: string;
  ref?: Ref<HTMLElement>;
}

/** The printed slip itself: the point, the date, each referral's next step, and the feedback line. */
export function SlipSheet({ model, lang, format, isLargePrint, instruction, ref }: SlipSheetProps) {
  const t = slipMessages[lang];
  const { point } = model;
  const hours = textIn(point.hours, lang);
  const classes = ['slip', `slip-${format}`, isLargePrint ? 'slip-large' : ''].filter(Boolean).join(' ');
  return (
    <article ref={ref} className={classes} lang={lang} aria-label={t.title}>
      {/* use-fit-to-page.ts scales this to keep an A5 slip on one sheet. */}
      <div className="slip-content">
        <header className="slip-point">
          <h1>{point.name}</h1>
          {point.address && <p>{point.address}</p>}
          <p>
            {[hours && `${t.hours} ${hours}`, point.phone && `${t.phone} ${point.phone}`]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </header>
        {model.hasDemonstration && (
          <p className="slip-demonstration" role="note">
            {t.demonstration}
          </p>
        )}
        <p className="slip-date">
          {t.date}: {formatSlipDate(model.visitDate, lang)}
        </p>
        <h2>{t.title}</h2>
        <ol className="slip-steps">
          {model.steps.map((step) => (
            <SlipStepItem key={step.code} step={step} lang={lang} />
          ))}
        </ol>
        {instruction.trim() && (
          <section className="slip-note">
            <h2>{t.note}</h2>
            <p>{instruction.trim()}</p>
          </section>
        )}
        {point.feedbackUrl && (
          <footer className="slip-feedback">
            <p>{fill(t.feedback, { url: point.feedbackUrl })}</p>
            <QrImage className="slip-qr" text={point.feedbackUrl} label={`QR: ${point.feedbackUrl}`} />
          </footer>
        )}
      </div>
    </article>
  );
}
