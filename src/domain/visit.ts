import { z } from 'zod/mini';
import { topicGroupOf, type Catalogue } from './catalogue';
import { isoDateSchema } from './helsinki-date';

// The shared schemas use zod/mini: zod 4 schemas the server's classic API composes with, but only the
// parts used reach the tablet's first load. Mini has no default messages; the server's classic zod loads English ones.

const codeSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'Codes are lower-case letters, digits, dots and dashes' }),
  );

const uniqueCodes = (max: number) =>
  z.array(codeSchema).check(
    z.maxLength(max),
    z.refine((codes) => new Set(codes).size === codes.length, { message: 'A code is listed twice' }),
  );

/** The sector a visit was about: social care, health care, or both. */
export const sectors = ['social', 'health', 'both'] as const;
/** A sector on the wire. */
export const sectorSchema = z.enum(sectors);
export type Sector = z.infer<typeof sectorSchema>;

/** The language the client was served in (optional question). */
export const serviceLanguageSchema = z.enum(['fi', 'sv', 'en', 'other', 'interpreter']);
/** How the client was met: at the point or out in the community (optional question). */
export const channelSchema = z.enum(['walk-in', 'outreach']);

/** A visit exactly in the contract's wire form; unknown fields are refused. */
export const visitSchema = z.strictObject({
  id: z.uuid({ message: 'id must be a UUID' }),
  rev: z.int().check(z.minimum(1)),
  pointId: z.string().check(z.minLength(1), z.maxLength(64)),
  visitDate: isoDateSchema,
  recordedAt: z.iso.datetime({ offset: true, message: 'recordedAt must be ISO 8601 with an offset' }),
  catalogueVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  ageGroup: codeSchema,
  sector: sectorSchema,
  topics: uniqueCodes(50),
  referrals: uniqueCodes(50),
  deleted: z.boolean(),
  serviceLanguage: z.optional(serviceLanguageSchema),
  faceToFaceReasons: z.optional(uniqueCodes(20)),
  municipality: z.optional(
    z
      .string()
      .check(z.regex(/^\d{3}$/, { message: 'municipality is a three-digit Statistics Finland code' })),
  ),
  channel: z.optional(channelSchema),
});
export type Visit = z.infer<typeof visitSchema>;

/** What staff choose on the form: the visit less what the tablet fills in itself. */
export const visitInputSchema = z.pick(visitSchema, {
  visitDate: true,
  ageGroup: true,
  sector: true,
  topics: true,
  referrals: true,
  serviceLanguage: true,
  faceToFaceReasons: true,
  municipality: true,
  channel: true,
});
export type VisitInput = z.infer<typeof visitInputSchema>;

/**
 * Why a visit's codes do not fit a catalogue, in words a person can act on; empty when they fit.
 * Kept apart from the shape check so a server can hold several catalogue versions.
 */
export function catalogueProblems(visit: Visit, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const has = (entries: { code: string }[], code: string) => entries.some((e) => e.code === code);
  if (!has(catalogue.ageGroups, visit.ageGroup)) {
    problems.push(`Unknown age group "${visit.ageGroup}" in catalogue ${catalogue.version}`);
  }
  for (const topic of visit.topics) {
    if (!has(catalogue.topics, topic)) {
      problems.push(`Unknown topic "${topic}" in catalogue ${catalogue.version}`);
    } else if (!has(catalogue.topicGroups, topicGroupOf(topic))) {
      problems.push(`Topic "${topic}" belongs to no topic group`);
    }
  }
  for (const referral of visit.referrals) {
    if (!has(catalogue.referrals, referral)) {
      problems.push(`Unknown referral "${referral}" in catalogue ${catalogue.version}`);
    }
  }
  // Catalogues from before the optional questions have no reasons listed; their visits had none checked.
  if (catalogue.faceToFaceReasons.length > 0) {
    for (const reason of visit.faceToFaceReasons ?? []) {
      if (!has(catalogue.faceToFaceReasons, reason)) {
        problems.push(`Unknown reason for coming in person "${reason}" in catalogue ${catalogue.version}`);
      }
    }
  }
  return problems;
}

/** The visit schema with the codes checked against one catalogue. */
export function visitSchemaFor(catalogue: Catalogue) {
  return visitSchema.check(
    z.superRefine((visit, ctx) => {
      for (const message of catalogueProblems(visit, catalogue)) ctx.addIssue({ code: 'custom', message });
    }),
  );
}

/** True when a visit is counted in tallies: a deleted visit is a tombstone, never counted. */
export function isCounted(visit: Pick<Visit, 'deleted'>): boolean {
  return !visit.deleted;
}
