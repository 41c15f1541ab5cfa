import { z } from 'zod/mini';
import type { Lang } from './lang';
import { municipalitySchema } from './municipalities';

/**
 * The service directory: how a client reaches each referral's service, and the advice point's own
 * contact details, as printed on the slip. Admins edit it; until they do, every entry is a
 * demonstration value, flagged so the slip says "demonstration details" instead of passing it off
 * as real.
 */

const line = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** A text in the three slip languages; an empty sv/en falls back to Finnish when printed. */
const localizedTextSchema = z.strictObject({ fi: line(200), sv: line(200), en: line(200) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const phoneSchema = line(40).check(
  z.regex(/^[0-9 +()-]*$/, {
    message: 'A phone number has only digits, spaces, +, ( ) and -, e.g. "09 123 4567"',
  }),
);
const webSchema = z.union([
  z.literal(''),
  z
    .url({
      protocol: /^https?$/,
      message: 'A web address starts with https:// (or http://), e.g. "https://www.kela.fi"',
    })
    .check(z.maxLength(300)),
]);

/** What an admin edits for a referral's service. */
export const serviceDetailsSchema = z.strictObject({
  /** The service's own name; empty prints the catalogue's referral label. */
  name: localizedTextSchema,
  phone: phoneSchema,
  hours: localizedTextSchema,
  address: line(200),
  url: webSchema,
  /** For referrals where the unit contacts the client: within how many working days it promises to. */
  contactWithinDays: z
    .int()
    .check(
      z.minimum(1, { message: 'At least 1 working day' }),
      z.maximum(30, { message: 'At most 30 working days' }),
    ),
});
export type ServiceDetails = z.infer<typeof serviceDetailsSchema>;

/** What an admin edits for an advice point (its name stays on the point itself). */
export const pointContactSchema = z.strictObject({
  address: line(200),
  hours: localizedTextSchema,
  phone: phoneSchema,
  /** The feedback form for this point; it may name the point and must carry nothing about a visit. */
  feedbackUrl: webSchema,
});
export type PointContact = z.infer<typeof pointContactSchema>;

const entryMeta = { isDemonstration: z.boolean(), updatedAt: z.nullable(z.string()) };

/**
 * A service as the API and the slip see it. `pointId` is set when the entry is a point's own
 * (Kela's local office differs from town to town); otherwise it is the county-wide entry.
 */
export const serviceEntrySchema = z.extend(serviceDetailsSchema, {
  code: z.string(),
  pointId: z.optional(z.string()),
  ...entryMeta,
});
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;

/** A point as the API and the slip see it, with the municipalities it serves (for the desk's optional question). */
export const pointEntrySchema = z.extend(pointContactSchema, {
  pointId: z.string(),
  name: z.string(),
  municipalities: z.optional(z.array(municipalitySchema)),
  ...entryMeta,
});
export type PointEntry = z.infer<typeof pointEntrySchema>;

/**
 * GET /api/v1/directory: every service of the catalogue in force, and the points the caller may see.
 * For a tablet, `services` already holds its own point's entries where the point has them (what
 * its slips print); `pointServices` lists every point's own entries of the points the caller may
 * see (what the admin page edits).
 */
export const directorySchema = z.object({
  services: z.array(serviceEntrySchema),
  points: z.array(pointEntrySchema),
  pointServices: z.optional(z.array(serviceEntrySchema)),
});
export type Directory = z.infer<typeof directorySchema>;

/** A text in a language, falling back to Finnish when that language was left empty. */
export function textIn(text: LocalizedText, lang: Lang): string {
  return text[lang] || text.fi;
}

const DEMO_HOURS: LocalizedText = { fi: 'ma–pe klo 9–15', sv: 'mån–fre kl. 9–15', en: 'Mon–Fri 9 am – 3 pm' };

/** Demonstration details of a service, until an admin enters the real ones. */
export function demonstrationService(code: string): ServiceEntry {
  const slug = code.replace(/^[^.]*\./, '');
  return {
    code,
    name: { fi: '', sv: '', en: '' },
    phone: `010 000 ${String(hashOf(code) % 10_000).padStart(4, '0')}`,
    hours: DEMO_HOURS,
    address: 'Esimerkkikatu 1, 00100 Helsinki',
    url: `https://example.fi/${slug}`,
    contactWithinDays: 1,
    isDemonstration: true,
    updatedAt: null,
  };
}

/** Demonstration details of a point, until an admin enters the real ones. */
export function demonstrationPoint(pointId: string, name: string): PointEntry {
  return {
    pointId,
    name,
    address: 'Esimerkkikatu 2, 00100 Helsinki',
    hours: { fi: 'ma–pe klo 8–16', sv: 'mån–fre kl. 8–16', en: 'Mon–Fri 8 am – 4 pm' },
    phone: '010 000 0000',
    feedbackUrl: `https://example.fi/palaute?neuvontapiste=${encodeURIComponent(pointId)}`,
    municipalities: [],
    isDemonstration: true,
    updatedAt: null,
  };
}

/** A small stable number from a code, so demonstration phone numbers differ between services. */
function hashOf(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return hash;
}
