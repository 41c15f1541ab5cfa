import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code made on the tablet (no network), as an SVG image. A data: URL keeps it inside the
 * Content-Security-Policy (images from data: are allowed; inline markup is not needed).
 */
export function QrImage({ text, label, className }: { text: string; label: string; className?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (isCurrent) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  return src ? (
    <img className={className} src={src} alt={label} />
  ) : (
    <span className={className} role="img" aria-label={label} />
  );
}
