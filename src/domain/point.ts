import { z } from 'zod/mini';
import { municipalitySchema } from './municipalities';

/**
 * An advice point as the server describes it. A module of its own because the tablet's sync reads
 * its point at every start, and the first load should not carry the admin's account schemas.
 * `municipalities` (in `GET /api/v1/points/{id}` only): those it serves, named, for the desk's
 * home-municipality question.
 */
export const pointSchema = z.object({
  id: z.string(),
  name: z.string(),
  municipalities: z.optional(z.array(municipalitySchema)),
});
export type Point = z.infer<typeof pointSchema>;
