import {
  directorySchema,
  pointEntrySchema,
  serviceEntrySchema,
  type PointContact,
  type ServiceDetails,
} from '../../../domain/directory';
import { apiJson } from '../../session/api-client';

/** GET /api/v1/directory: every service, and (for an admin) every point, demonstration values included. */
export const loadDirectory = () => apiJson('/api/v1/directory', directorySchema);

/** PUT /api/v1/directory/services/{code} (admin). */
export const saveService = (code: string, details: ServiceDetails) =>
  apiJson(`/api/v1/directory/services/${encodeURIComponent(code)}`, serviceEntrySchema, {
    method: 'PUT',
    body: details,
  });

/** PUT /api/v1/directory/points/{id} (admin). */
export const savePointContact = (pointId: string, details: PointContact) =>
  apiJson(`/api/v1/directory/points/${encodeURIComponent(pointId)}`, pointEntrySchema, {
    method: 'PUT',
    body: details,
  });
