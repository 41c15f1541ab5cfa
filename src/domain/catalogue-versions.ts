import { z } from 'zod/mini';
import { catalogueCodeSchema, catalogueLists, nextStepSchema, questionsSchema } from './catalogue';

/**
 * The wire shapes of catalogue versioning (routes under /api/v1/catalogue):
 * - `GET /catalogue/versions` → `versionHistorySchema`: every published version, newest first;
 * - `GET /catalogue/draft` → `draftSchema` (404 `no-draft` when none; the `ETag` header is `revision`);
 * - `PUT /catalogue/draft` ← `draftInputSchema`, with `If-Match: <revision>` when replacing a draft
 *   (412 `draft-changed` when someone saved in between; none needed to start the first draft);
 * - `POST /catalogue/draft/publish` → the new version's `versionInfoSchema`, or 422
 *   `draft-has-problems` with `publishRefusalSchema`'s list of every problem.
 */

/** The longest label, the most entries in a list and the most codes one entry continues, in a draft. */
export const draftLimits = { label: 200, rows: 500, continues: 50 } as const;

/** A label while drafting: may be empty (publishing refuses that), never absurdly long. */
const draftLabel = z.string().check(z.maxLength(draftLimits.label));
const draftEntry = z.object({
  code: catalogueCodeSchema,
  fi: draftLabel,
  sv: draftLabel,
  en: draftLabel,
  retired: z._default(z.boolean(), false),
  continues: z._default(z.array(catalogueCodeSchema).check(z.maxLength(draftLimits.continues)), []),
});
const draftList = z.array(draftEntry).check(z.maxLength(draftLimits.rows));

/** A draft's lists: the catalogue's shape with labels that may still be empty. */
export const draftContentSchema = z.object({
  ageGroups: draftList,
  sectors: draftList,
  topicGroups: draftList,
  topics: draftList,
  referrals: z.array(z.extend(draftEntry, { next: nextStepSchema })).check(z.maxLength(draftLimits.rows)),
  serviceLanguages: draftList,
  faceToFaceReasons: draftList,
  channels: draftList,
  questions: questionsSchema,
});
export type DraftContent = z.infer<typeof draftContentSchema>;

/** The body of `PUT /api/v1/catalogue/draft`: the whole draft and the admin's note on what changes. */
export const draftInputSchema = z.strictObject({
  catalogue: draftContentSchema,
  note: z._default(z.string().check(z.maxLength(1000)), ''),
});
export type DraftInput = z.input<typeof draftInputSchema>;

/** `GET /api/v1/catalogue/draft`: the one draft, which version it started from and who saved it last. */
export const draftSchema = z.object({
  /** Send back as `If-Match` when saving, so a save over someone else's is refused (412). */
  revision: z.string(),
  basedOn: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  note: z.string(),
  catalogue: draftContentSchema,
});
export type Draft = z.infer<typeof draftSchema>;

/** One thing a version changed, for the history ("who, when, what changed"). */
export const catalogueChangeSchema = z.object({
  list: z.union([z.enum(catalogueLists), z.literal('questions')]),
  /** The entry's code; a question's name for `questions`; empty for `reordered`. */
  code: z.string(),
  kind: z.enum([
    'added',
    'relabelled',
    'retired',
    'reinstated',
    'continues',
    'reordered',
    'switched-on',
    'switched-off',
    'made-required',
    'made-optional',
  ]),
  /** For `continues`: the retired codes this entry carries on. */
  codes: z.optional(z.array(z.string())),
});
export type CatalogueChange = z.infer<typeof catalogueChangeSchema>;

/** A published version's metadata. */
export const versionInfoSchema = z.object({
  /** 1, 2, 3…: the order of publishing. */
  number: z.int(),
  /** The id visits carry as `catalogueVersion`. */
  version: z.string(),
  publishedAt: z.string(),
  /** The admin's username; null for versions the server set up itself (the reference catalogue). */
  publishedBy: z.nullable(z.string()),
  note: z.string(),
  changes: z.array(catalogueChangeSchema),
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;

/** `GET /api/v1/catalogue/versions`: the version in force and the history, newest first. */
export const versionHistorySchema = z.object({
  inForce: z.string(),
  versions: z.array(versionInfoSchema),
});
export type VersionHistory = z.infer<typeof versionHistorySchema>;

/** Why a draft cannot be published: one entry per problem, each naming where to fix it. */
export const publishProblemSchema = z.object({
  kind: z.enum([
    'duplicate-code',
    'empty-label',
    'meaning-changed',
    'code-removed',
    'unknown-continues',
    'continues-active',
    'topic-without-group',
    'unknown-fixed-code',
    'empty-list',
    'question-without-options',
  ]),
  list: z.union([z.enum(catalogueLists), z.literal('questions')]),
  code: z.string(),
  /** The field at fault (`fi`, `sv`, `en`, `next`, `continues`), when one is. */
  field: z.optional(z.string()),
  message: z.string(),
});
export type PublishProblem = z.infer<typeof publishProblemSchema>;

/** The 422 body of a refused publish. */
export const publishRefusalSchema = z.object({
  error: z.literal('draft-has-problems'),
  message: z.string(),
  problems: z.array(publishProblemSchema),
});
