import { z } from 'zod/mini';
import type { Lang } from './lang';
import reference from './reference-catalogue.json';

/** A catalogue code: lower-case letters, digits, dots and dashes (what visits store and tallies count). */
export const catalogueCodeSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[a-z0-9][a-z0-9.-]*$/, { message: 'Codes are lower-case letters, digits, dots and dashes' }),
  );

/** A code with its label in each language: the shape every catalogue entry starts from. */
export const labelledSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  fi: z.string().check(z.minLength(1)),
  sv: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Labelled = z.infer<typeof labelledSchema>;

/**
 * What versioning adds to every entry. A retired code is no longer offered at the desk but keeps
 * its meaning and last label for older visits, tallies and exports. `continues` names retired
 * codes of the same list that this entry carries on (a merge when each is continued only here).
 */
const versioned = {
  retired: z._default(z.boolean(), false),
  continues: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))), []),
};

/** An entry of a catalogue list. Older copies without `retired`/`continues` read as active, continuing nothing. */
export const entrySchema = z.extend(labelledSchema, versioned);
export type Entry = z.infer<typeof entrySchema>;

/** What happens after a referral; drives the printed slip. */
export const nextStepSchema = z.enum(['none', 'unit-contacts-client', 'client-contacts-unit']);
export type NextStep = z.infer<typeof nextStepSchema>;

/** A referral: an entry with the next step it means for the client. */
export const referralEntrySchema = z.extend(entrySchema, { next: nextStepSchema });
export type ReferralEntry = z.infer<typeof referralEntrySchema>;

/** One optional desk question: offered at the desk or not, and whether staff must answer it. */
export const questionSchema = z.object({ enabled: z.boolean(), required: z.boolean() });
export type Question = z.infer<typeof questionSchema>;

const off: Question = { enabled: false, required: false };

/**
 * The optional desk questions, each switched on or off per county. Their answers are the visit's
 * optional fields: `serviceLanguage`, `faceToFaceReasons`, `municipality` (codes chosen per point
 * from Statistics Finland's list, see municipalities.ts) and `channel`.
 */
export const questionsSchema = z.object({
  serviceLanguage: questionSchema,
  faceToFaceReasons: questionSchema,
  municipality: questionSchema,
  channel: questionSchema,
});
export type Questions = z.infer<typeof questionsSchema>;
/** The name of one optional desk question. */
export type QuestionName = keyof Questions;

/** The lists of a catalogue, in the order an admin page and the spreadsheet show them. */
export const catalogueLists = [
  'ageGroups',
  'sectors',
  'topicGroups',
  'topics',
  'referrals',
  'serviceLanguages',
  'faceToFaceReasons',
  'channels',
] as const;
export type CatalogueList = (typeof catalogueLists)[number];

/**
 * Lists whose codes are fixed by the visit's wire form: an admin may relabel, reorder and retire
 * their entries, never add codes outside these.
 */
export const fixedCodes: Partial<Record<CatalogueList, readonly string[]>> = {
  sectors: ['social', 'health', 'both'],
  serviceLanguages: ['fi', 'sv', 'en', 'other', 'interpreter'],
  channels: ['walk-in', 'outreach'],
};

/** Everything of a catalogue but its version: what a draft holds and a publish turns into a version. */
export const catalogueContentSchema = z.object({
  ageGroups: z.array(entrySchema).check(z.minLength(1)),
  sectors: z.array(entrySchema).check(z.minLength(1)),
  topicGroups: z.array(entrySchema).check(z.minLength(1)),
  topics: z.array(entrySchema),
  referrals: z.array(referralEntrySchema),
  // Catalogues from before the optional questions have none of these; they read as empty and off.
  serviceLanguages: z._default(z.array(entrySchema), []),
  faceToFaceReasons: z._default(z.array(entrySchema), []),
  channels: z._default(z.array(entrySchema), []),
  questions: z._default(questionsSchema, {
    serviceLanguage: off,
    faceToFaceReasons: off,
    municipality: off,
    channel: off,
  }),
});
export type CatalogueContent = z.infer<typeof catalogueContentSchema>;

/**
 * A published catalogue, as `GET /api/v1/catalogue` and `/catalogue/versions/{version}` answer it:
 * versioned data, never hard-coded UI. `version` is what a visit's `catalogueVersion` names.
 */
export const catalogueSchema = z.extend(catalogueContentSchema, {
  version: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

// What catalogueSchema's parse makes of the shipped file, built without it: the parse cost the
// tablet's cold start about 35 ms (4× throttled). A test holds the two equal.
const active = <T extends object>(entries: readonly T[]) =>
  entries.map((entry) => ({ ...entry, retired: false, continues: [] }));

/** The reference catalogue from Keusote's and Soite's reports (revised wording): the default everywhere. */
export const referenceCatalogue: Catalogue = {
  version: reference.version,
  ageGroups: active(reference.ageGroups),
  sectors: active(reference.sectors),
  topicGroups: active(reference.topicGroups),
  topics: active(reference.topics),
  referrals: active(reference.referrals) as Catalogue['referrals'],
  serviceLanguages: active(reference.serviceLanguages),
  faceToFaceReasons: active(reference.faceToFaceReasons),
  channels: active(reference.channels),
  questions: reference.questions,
};

/** The label of an entry in a language. */
export function labelOf(entry: Labelled, lang: Lang): string {
  return entry[lang];
}

/** The label of a code in a list, or the code itself when the catalogue no longer has it. */
export function labelFor(entries: readonly Labelled[], code: string, lang: Lang): string {
  const entry = entries.find((e) => e.code === code);
  return entry ? entry[lang] : code;
}

/** The entries staff may choose for new visits: every entry not retired. */
export function activeEntries<T extends { retired?: boolean }>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.retired !== true);
}

/** The topic group of a topic code: the part before the first dot ("social.housing" → "social"). */
export function topicGroupOf(topicCode: string): string {
  const dot = topicCode.indexOf('.');
  return dot === -1 ? topicCode : topicCode.slice(0, dot);
}

/**
 * The topics offered for a sector: that sector's group (both groups for "both") plus the
 * practical topics, which are always available. Retired topics are not offered.
 */
export function topicsForSector(catalogue: Catalogue, sector: string): Entry[] {
  const groups = new Set(['practical', ...(sector === 'both' ? ['social', 'health'] : [sector])]);
  return activeEntries(catalogue.topics).filter((t) => groups.has(topicGroupOf(t.code)));
}
