import { z } from 'zod/mini';

/** A municipality: Statistics Finland's three-digit code and its names (the English name is the Finnish one). */
export const municipalitySchema = z.object({
  code: z.string().check(z.regex(/^\d{3}$/)),
  fi: z.string(),
  sv: z.string(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** `GET /api/v1/municipalities`: every municipality of the data file, with its year and source. */
export const municipalityListSchema = z.object({
  year: z.number(),
  source: z.string(),
  municipalities: z.array(municipalitySchema),
});
export type MunicipalityList = z.infer<typeof municipalityListSchema>;

/** `PUT /api/v1/directory/points/{id}/municipalities`: the municipalities a point serves, by code. */
export const pointMunicipalitiesInputSchema = z.strictObject({
  codes: z
    .array(z.string().check(z.regex(/^\d{3}$/, { message: 'A municipality code has three digits' })))
    .check(
      z.maxLength(400),
      z.refine((codes) => new Set(codes).size === codes.length, {
        message: 'A municipality is listed twice',
      }),
    ),
});
