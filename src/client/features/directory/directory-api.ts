import { z } from 'zod/mini';
import {
  directorySchema,
  pointEntrySchema,
  serviceEntrySchema,
  type PointContact,
  type ServiceDetails,
} from '../../../domain/directory';
import { municipalityListSchema, municipalitySchema } from '../../../domain/municipalities';
import { apiFetch, apiJson } from '../../session/api-client';

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

const pointPath = (pointId: string) => `/api/v1/directory/points/${encodeURIComponent(pointId)}`;

/** PUT /api/v1/directory/points/{id}/services/{code} (admin): a referral's contact at one point. */
export const savePointService = (pointId: string, code: string, details: ServiceDetails) =>
  apiJson(`${pointPath(pointId)}/services/${encodeURIComponent(code)}`, serviceEntrySchema, {
    method: 'PUT',
    body: details,
  });

/** DELETE /api/v1/directory/points/{id}/services/{code} (admin): the point's slips print the county-wide one again. */
export const removePointService = (pointId: string, code: string) =>
  apiFetch(`${pointPath(pointId)}/services/${encodeURIComponent(code)}`, { method: 'DELETE' });

/** PUT /api/v1/directory/points/{id}/municipalities (admin): the municipalities a point serves. */
export const savePointMunicipalities = (pointId: string, codes: readonly string[]) =>
  apiJson(
    `${pointPath(pointId)}/municipalities`,
    z.object({ pointId: z.string(), municipalities: z.array(municipalitySchema) }),
    { method: 'PUT', body: { codes } },
  );

/** GET /api/v1/municipalities: Statistics Finland's municipalities, with the year and source. */
export const loadMunicipalities = () => apiJson('/api/v1/municipalities', municipalityListSchema);
