import { deviceWarnings } from '../../../domain/device-health';
import type { Device } from '../../../domain/accounts-api';
import { APP_VERSION } from '../../pwa/app-version';
import { fill } from '../../ui/fill';
import { useMessages } from '../../ui/messages';
import { deviceHealthMessages } from './device-health-messages';

/** One tablet's reported health and its warnings (not synced, storage, waiting visits, old app). */
export function DeviceHealthCell({ device, now }: { device: Device; now: Date }) {
  const t = useMessages(deviceHealthMessages);
  const warnings = deviceWarnings(device, now, APP_VERSION);
  const health = device.health;
  return (
    <>
      {health ? (
        <span>
          {fill(t.details, {
            app: health.appVersion,
            catalogue: health.catalogueVersion ?? '–',
            pending: String(health.pendingVisits),
          })}
        </span>
      ) : (
        <span>{t.notReported}</span>
      )}
      {warnings.length > 0 && (
        <ul className="device-warnings" aria-label={t.warning}>
          {warnings.map((warning) => (
            <li key={warning}>
              <strong>{t.warning}:</strong> {t[warning]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
