import { z } from 'zod/mini';
import type { Lang } from './lang';
import reference from './reference-catalogue.json';

/** A code with its label in each language: the shape of every catalogue entry. */
export const labelledSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  fi: z.string().check(z.minLength(1)),
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Labelled = z.infer<typeof labelledSchema>;

/** What happens after a referral; drives the printed slip. */
export const nextStepSchema = z.enum(['none', 'unit-contacts-client', 'client-contacts-unit']);
export type NextStep = z.infer<typeof nextStepSchema>;

export const referralEntrySchema = z.extend(labelledSchema, { next: nextStepSchema });
export type ReferralEntry = z.infer<typeof referralEntrySchema>;

/** The catalogue in force: versioned data, never hard-coded UI. */
export const catalogueSchema = z.object({
  version: z.string().check(z.minLength(1), z.maxLength(64)),
  ageGroups: z.array(labelledSchema).check(z.minLength(1)),
  sectors: z.array(labelledSchema).check(z.minLength(1)),
  topicGroups: z.array(labelledSchema).check(z.minLength(1)),
  topics: z.array(labelledSchema),
  referrals: z.array(referralEntrySchema),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** The reference catalogue from Keusote's and Soite's reports: the default everywhere. */
export const referenceCatalogue: Catalogue = catalogueSchema.parse(reference);

/** The label of an entry in a language. */
export function labelOf(entry: Labelled, lang: Lang): string {
  return entry[lang];
}

/** The label of a code in a list, or the code itself when the catalogue no longer has it. */
export function labelFor(entries: readonly Labelled[], code: string, lang: Lang): string {
  const entry = entries.find((e) => e.code === code);
  return entry ? entry[lang] : code;
}

/** The topic group of a topic code: the part before the first dot ("social.housing" → "social"). */
export function topicGroupOf(topicCode: string): string {
  const dot = topicCode.indexOf('.');
  return dot === -1 ? topicCode : topicCode.slice(0, dot);
}

/**
 * The topics offered for a sector: that sector's group (both groups for "both") plus the
 * practical topics, which are always available.
 */
export function topicsForSector(catalogue: Catalogue, sector: string): Labelled[] {
  const groups = new Set(['practical', ...(sector === 'both' ? ['social', 'health'] : [sector])]);
  return catalogue.topics.filter((t) => groups.has(topicGroupOf(t.code)));
}
