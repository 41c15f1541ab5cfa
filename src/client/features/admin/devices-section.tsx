import { useId, useState } from 'react';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useLang } from '../../ui/lang-store';
import { useMessages } from '../../ui/messages';
import { TableRegion } from '../../ui/table-region';
import type { Device } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { listDevices, revokeDevice } from './admin-api';
import { DeviceHealthCell } from './device-health-cell';
import { deviceHealthMessages } from './device-health-messages';
import { adminMessages } from './messages';
import { ServerError } from '../../session/error-words';
import { asError, useAction, useLoaded } from '../../session/use-loaded';

/** Enrolled tablets: where, when they last synced, and Revoke (after a confirmation). */
export function DevicesSection({ points }: { points: Point[] }) {
  const t = useMessages(adminMessages);
  const healthText = useMessages(deviceHealthMessages);
  const now = new Date();
  const lang = useLang();
  const id = useId();
  const devices = useLoaded(listDevices);
  const act = useAction();
  const [confirming, setConfirming] = useState<Device | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const pointName = (pointId: string) => points.find((p) => p.id === pointId)?.name ?? pointId;

  async function revoke(device: Device) {
    try {
      await act(() => revokeDevice(device.id));
      setConfirming(null);
      setError(null);
      await devices.reload();
    } catch (caught) {
      setError(asError(caught));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.devices}</h2>
      {devices.error && <ServerError lead={t.failed} error={devices.error} />}
      {error && <ServerError lead={t.failed} error={error} />}
      {devices.data?.length === 0 && <p>{t.noDevices}</p>}
      {devices.data && devices.data.length > 0 && (
        <TableRegion caption={t.devicesCaption}>
          <table>
            <caption>{t.devicesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.point}</th>
                <th scope="col">{t.label}</th>
                <th scope="col">{t.enrolled}</th>
                <th scope="col">{t.lastSync}</th>
                <th scope="col">{healthText.health}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {devices.data.map((device) => (
                <tr key={device.id}>
                  <td>{pointName(device.pointId)}</td>
                  <td>{device.label}</td>
                  <td>{formatTime(device.enrolledAt, lang)}</td>
                  <td>{device.lastSyncAt ? formatTime(device.lastSyncAt, lang) : t.never}</td>
                  <td>
                    <DeviceHealthCell device={device} now={now} />
                  </td>
                  <td>
                    {device.revokedAt ? (
                      fill(t.revokedAt, { time: formatTime(device.revokedAt, lang) })
                    ) : (
                      <>
                        {t.active}{' '}
                        <button
                          type="button"
                          onClick={() => setConfirming(device)}
                          aria-label={`${t.revoke}: ${device.label}`}
                        >
                          {t.revoke}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="confirm">
          <p id={`${id}-confirm`}>{fill(t.confirmRevoke, { label: confirming.label })}</p>
          <button type="button" onClick={() => void revoke(confirming)}>
            {t.confirmYes}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t.cancel}
          </button>
        </div>
      )}
    </section>
  );
}
