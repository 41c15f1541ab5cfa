import { useEffect, useState } from 'react';

/**
 * The otpauth:// address as a QR code, drawn here (the secret never goes to another service); an
 * SVG data: URL stays inside the Content-Security-Policy. qrcode loads only when someone enrols.
 */
export function TotpQr({ uri, label }: { uri: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void import('qrcode')
      .then((qr) => qr.default.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((svg) => {
        if (isCurrent) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      isCurrent = false;
    };
  }, [uri]);
  return src ? (
    <img className="totp-qr" src={src} alt={label} width={200} height={200} />
  ) : (
    <span className="totp-qr" role="img" aria-label={label} />
  );
}
