import type { FastifyInstance } from 'fastify';
import { DEVICE_HEALTH_HEADER, deviceHealthSchema } from '../../domain/device-health';
import type { Store } from '../store/store';

/**
 * Keep the health a tablet reports in its header on any request it authenticates (after the
 * device guard ran). A header that does not parse is ignored: it must never cost a batch.
 */
export function recordDeviceHealth(app: FastifyInstance, store: Store): void {
  app.addHook('preHandler', async (request) => {
    const header = request.headers[DEVICE_HEALTH_HEADER];
    if (!request.device || typeof header !== 'string' || header.length > 1000) return;
    let value: unknown;
    try {
      value = JSON.parse(header);
    } catch {
      return;
    }
    const health = deviceHealthSchema.safeParse(value);
    if (health.success) await store.recordDeviceHealth(request.device.id, health.data);
  });
}
