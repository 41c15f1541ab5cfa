import { deviceListSchema, enrolmentCodeSchema, pointListSchema } from '../../../domain/accounts-api';
import type { Point } from '../../../domain/point';
import { apiFetch, apiJson } from '../../session/api-client';

/** GET /api/v1/points. */
export const listPoints = () => apiJson('/api/v1/points', pointListSchema).then((r) => r.points);

/** POST /api/v1/points (admin). */
export async function createPoint(point: Point): Promise<void> {
  await apiFetch('/api/v1/points', { method: 'POST', body: point });
}

/** POST /api/v1/points/{id}/enrolments: a one-time code for enrolling a tablet at the point. */
export const newEnrolmentCode = (pointId: string) =>
  apiJson(`/api/v1/points/${encodeURIComponent(pointId)}/enrolments`, enrolmentCodeSchema, {
    method: 'POST',
    body: {},
  });

/** GET /api/v1/devices. */
export const listDevices = () => apiJson('/api/v1/devices', deviceListSchema).then((r) => r.devices);

/** POST /api/v1/devices/{id}/revoke. */
export async function revokeDevice(deviceId: string): Promise<void> {
  await apiFetch(`/api/v1/devices/${encodeURIComponent(deviceId)}/revoke`, { method: 'POST', body: {} });
}
