import { z } from 'zod/mini';
import { isoDateSchema } from './helsinki-date';
import { langs } from './lang';

/** Who did something: a person, a tablet, or someone not signed in (refusals, sign-in attempts). */
export const actorKinds = ['user', 'device', 'anonymous'] as const;
export type ActorKind = (typeof actorKinds)[number];

/**
 * What the server writes to the audit log. Kept here so the page can offer and name them; a row
 * with an action missing from this list still shows, under its code.
 */
export const auditActions = [
  'login',
  'login-disabled',
  'second-factor-enrolled',
  'second-factor-reset',
  'logout',
  'password-changed',
  'password-reset',
  'session-ended',
  'user-created',
  'user-role-changed',
  'user-points-changed',
  'user-disabled',
  'user-enabled',
  'admin-bootstrapped',
  'admin-set-up',
  'requests-refused',
  'point-created',
  'point-municipalities-edited',
  'enrolment-code-created',
  'device-enrolled',
  'device-revoked',
  'batch-rejected',
  'visits-rejected',
  'tally-exported',
  'audit-exported',
  'audit-pruned',
  'catalogue-published',
  'catalogue-draft-discarded',
  'directory-service-edited',
  'directory-point-edited',
  'directory-point-service-edited',
  'directory-point-service-removed',
  'demo-loaded',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** A page of the log holds at most this many entries. */
export const AUDIT_PAGE_MAX = 200;

/** Where the previous page ended: the last entry's time and id (newest first, so older ones follow). */
const cursorSchema = z.string().check(z.regex(/^[0-9T:.Z-]{10,40}~[A-Za-z0-9-]{1,64}$/));

/** GET /api/v1/audit: filters (who, what, from–to Helsinki dates), a page, or the whole as CSV. */
export const auditQuerySchema = z
  .object({
    /** A person's username; only their own actions. */
    user: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    actorKind: z.optional(z.enum(actorKinds)),
    action: z.optional(
      z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { message: 'An action is a kebab-case code' })),
    ),
    from: z.optional(isoDateSchema),
    to: z.optional(isoDateSchema),
    before: z.optional(cursorSchema),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(AUDIT_PAGE_MAX)), 50),
    format: z._default(z.enum(['json', 'csv']), 'json'),
    lang: z._default(z.enum(langs), 'fi'),
  })
  .check(
    z.refine((q) => !q.from || !q.to || q.from <= q.to, {
      message: '"from" must be the same day as "to" or before it',
      path: ['from'],
    }),
  );
export type AuditQuery = z.output<typeof auditQuerySchema>;
/** The query as the page writes it (defaults may be left out). */
export type AuditParams = z.input<typeof auditQuerySchema>;

/** One line of the audit log as an admin reads it. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.enum(actorKinds),
  actorId: z.nullable(z.string()),
  /** The person's username or the tablet's label, when known. */
  actor: z.nullable(z.string()),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of the log, newest first; `next` fetches the older entries after it (null: no more). */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  next: z.nullable(z.string()),
});
