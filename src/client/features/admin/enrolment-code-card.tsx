import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import type { EnrolmentCode } from '../../../domain/accounts-api';
import { adminMessages } from './messages';

/** A fresh enrolment code, big enough to read across a desk, and as a QR code that opens /enrol with it. */
export function EnrolmentCodeCard({
  pointName,
  code,
  onClose,
}: {
  pointName: string;
  code: EnrolmentCode;
  onClose: () => void;
}) {
  const t = useMessages(adminMessages);
  const lang = useLang();
  const [svg, setSvg] = useState<string | null>(null);
  // The card takes the focus as it opens, so the code is read out; Close gives it back (PointsSection).
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const enrolUrl = `${window.location.origin}/enrol?code=${encodeURIComponent(code.code)}`;

  useEffect(() => {
    let isCurrent = true;
    void QRCode.toString(enrolUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((text) => {
      if (isCurrent) setSvg(text);
    });
    return () => {
      isCurrent = false;
    };
  }, [enrolUrl]);

  return (
    <section className="enrolment-code card" aria-label={fill(t.codeFor, { point: pointName })}>
      <h3 ref={headingRef} tabIndex={-1}>
        {fill(t.codeFor, { point: pointName })}
      </h3>
      <p className="enrolment-code-text">{code.code}</p>
      <p>{fill(t.codeExpires, { time: formatTime(code.expiresAt, lang) })}</p>
      {/* The SVG comes from the qrcode library for our own URL: markup only, no script. */}
      {svg && (
        <div
          role="img"
          aria-label={enrolUrl}
          style={{ width: 240 }}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      <p>{t.codeHelp}</p>
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </section>
  );
}
