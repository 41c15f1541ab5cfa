import { textIn } from '../../../domain/directory';
import type { Lang } from '../../../domain/lang';
import { fill } from '../../ui/fill';
import { slipMessages } from './messages';
import { QrImage } from './qr-image';
import { formatSlipDate, type SlipStep } from './slip-model';
import { assertNever } from '../../../domain/assert-never';

/** One referral on the slip: who does what next, and how to reach them. */
export function SlipStepItem({ step, lang }: { step: SlipStep; lang: Lang }) {
  const t = slipMessages[lang];
  const { service } = step;
  switch (step.next) {
    case 'none':
      return (
        <li className="slip-step">
          <h3>{step.title}</h3>
          <p>{t.handled}</p>
        </li>
      );
    case 'unit-contacts-client':
      return (
        <li className="slip-step">
          <h3>{step.title}</h3>
          <p className="slip-strong">
            {fill(t.unitContacts, {
              unit: step.serviceName || t.theUnit,
              date: formatSlipDate(step.contactBy!, lang),
            })}
          </p>
          {service.phone && <p>{fill(t.ifNotHeard, { phone: service.phone })}</p>}
        </li>
      );
    case 'client-contacts-unit': {
      const hours = textIn(service.hours, lang);
      return (
        <li className="slip-step slip-step-contact">
          <div>
            <h3>{step.title}</h3>
            <p className="slip-strong">
              {step.serviceName ? `${t.youContact} ${step.serviceName}` : t.youContactThem}
            </p>
            <dl className="slip-contact">
              {service.phone && <Detail term={t.phone} value={service.phone} isStrong />}
              {hours && <Detail term={t.hours} value={hours} />}
              {service.address && <Detail term={t.address} value={service.address} />}
              {service.url && <Detail term={t.web} value={service.url} />}
            </dl>
          </div>
          {service.url && <QrImage className="slip-qr" text={service.url} label={`QR: ${service.url}`} />}
        </li>
      );
    }
    default:
      return assertNever(step.next);
  }
}

function Detail({ term, value, isStrong = false }: { term: string; value: string; isStrong?: boolean }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={isStrong ? 'slip-strong' : undefined}>{value}</dd>
    </div>
  );
}
