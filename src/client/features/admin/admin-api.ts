import { z } from 'zod/mini';
import { apiFetch, apiJson } from '../../session/api-client';

/** A list answered either bare or wrapped as `{ <key>: [...] }`; both are accepted. */
const listOf = <S extends z.ZodMiniType>(item: S, key: string) =>
  z.pipe(
    z.transform((body: unknown) => (Array.isArray(body) ? body : (body as Record<string, unknown> | null)?.[key])),
    z.array(item),
  );

export const pointSchema = z.object({ id: z.string(), name: z.string() });
export type Point = z.infer<typeof pointSchema>;

export const enrolmentCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;

const optionalTime = z.optional(z.nullable(z.string()));
export const deviceSchema = z.pipe(
  z.object({
    id: z.optional(z.string()),
    deviceId: z.optional(z.string()),
    pointId: z.string(),
    label: z.string(),
    enrolledAt: optionalTime,
    lastSyncAt: optionalTime,
    lastSeenAt: optionalTime,
    revokedAt: optionalTime,
  }),
  z.transform((d) => ({
    id: d.id ?? d.deviceId ?? '',
    pointId: d.pointId,
    label: d.label,
    enrolledAt: d.enrolledAt ?? null,
    lastSyncAt: d.lastSyncAt ?? d.lastSeenAt ?? null,
    revokedAt: d.revokedAt ?? null,
  })),
);
export type Device = z.infer<typeof deviceSchema>;

export const userSchema = z.object({
  username: z.string(),
  role: z.string(),
  points: z._default(z.array(z.string()), []),
});
export type User = z.infer<typeof userSchema>;

/** GET /api/v1/points. */
export const listPoints = () => apiJson('/api/v1/points', listOf(pointSchema, 'points'));

/** POST /api/v1/points (admin). */
export async function createPoint(point: Point): Promise<void> {
  await apiFetch('/api/v1/points', { method: 'POST', body: point });
}

/** POST /api/v1/points/{id}/enrolments: a one-time code for enrolling a tablet at the point. */
export const newEnrolmentCode = (pointId: string) =>
  apiJson(`/api/v1/points/${encodeURIComponent(pointId)}/enrolments`, enrolmentCodeSchema, { method: 'POST', body: {} });

/** GET /api/v1/devices. */
export const listDevices = () => apiJson('/api/v1/devices', listOf(deviceSchema, 'devices'));

/** POST /api/v1/devices/{id}/revoke. */
export async function revokeDevice(deviceId: string): Promise<void> {
  await apiFetch(`/api/v1/devices/${encodeURIComponent(deviceId)}/revoke`, { method: 'POST', body: {} });
}

/** GET /api/v1/users. */
export const listUsers = () => apiJson('/api/v1/users', listOf(userSchema, 'users'));

/** POST /api/v1/users: a supervisor account for some points. */
export async function createSupervisor(user: { username: string; password: string; points: string[] }): Promise<void> {
  await apiFetch('/api/v1/users', { method: 'POST', body: { ...user, role: 'supervisor' } });
}
