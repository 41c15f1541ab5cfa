import { z } from 'zod/mini';

/**
 * An advice point as the server describes it. A module of its own because the tablet's sync reads
 * its point at every start, and the first load should not carry the admin's account schemas.
 */
export const pointSchema = z.object({ id: z.string(), name: z.string() });
export type Point = z.infer<typeof pointSchema>;
