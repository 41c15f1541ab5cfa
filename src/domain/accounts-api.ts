import { z } from 'zod/mini';
import { reportedHealthSchema } from './device-health';
import { pointSchema } from './point';

// The contract's "Accounts and devices": what the server's routes take and answer, and what the
// admin, reports, sign-in and enrolment pages check answers against. One definition for both sides.

const roleSchema = z.enum(['admin', 'supervisor']);
export type Role = z.infer<typeof roleSchema>;

/** POST /api/v1/session. */
export const signInSchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(500)),
  /** With a second factor: the 6-digit code of the authenticator app, or one recovery code. */
  code: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
});
/** POST /api/v1/session's answer: the session token (also set as a cookie) and who signed in. */
export const signInAnswerSchema = z.object({
  token: z.string(),
  role: roleSchema,
  /** An admin set this password: the person must choose their own before anything else. */
  mustChangePassword: z.optional(z.boolean()),
  /** An admin without a second factor where one is required: enrol it before anything else. */
  mustEnrolSecondFactor: z.optional(z.boolean()),
});

/** GET /api/v1/session: who a session belongs to. */
export const sessionSchema = z.object({
  role: roleSchema,
  username: z.string(),
  points: z.array(z.string()),
  mustChangePassword: z.optional(z.boolean()),
  hasSecondFactor: z.optional(z.boolean()),
  mustEnrolSecondFactor: z.optional(z.boolean()),
});
export type Session = z.infer<typeof sessionSchema>;

/** POST /api/v1/session/second-factor: a new TOTP secret to enrol (shown once: QR code and text). */
export const secondFactorStartSchema = z.object({ secret: z.string(), uri: z.string() });

/** PUT /api/v1/session/second-factor: confirm the enrolment with a code from the app. */
export const secondFactorConfirmSchema = z.strictObject({
  code: z
    .string()
    .check(z.regex(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'Give the 6-digit code your app shows' })),
});
/** The one-time recovery codes, shown this once; the server keeps only their hashes. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

const pointIdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: 'Point ids are lower-case letters, digits and dashes, e.g. "keusote-jarvenpaa"',
  }),
);

/** POST /api/v1/points: a new point. */
export const newPointSchema = z.strictObject({
  id: pointIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, { message: 'Give the point a name' }), z.maxLength(200)),
});

/** A point as the server describes it. */
export const pointListSchema = z.object({ points: z.array(pointSchema) });

/** POST /api/v1/points/{id}/enrolments: a one-time code. */
export const enrolmentCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;

/** POST /api/v1/devices/enrol. The token is shown this once; the server keeps only its hash. */
export const enrolSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
});
/** POST /api/v1/devices/enrol's answer: the tablet's identity and its one credential, the token. */
export const enrolAnswerSchema = z.object({
  deviceId: z.string().check(z.minLength(1)),
  token: z.string().check(z.minLength(1)),
  pointId: z.string().check(z.minLength(1)),
});

/** GET /api/v1/devices: one enrolled tablet. */
const deviceSchema = z.object({
  id: z.string(),
  pointId: z.string(),
  label: z.string(),
  enrolledAt: z.string(),
  revokedAt: z.nullable(z.string()),
  lastSyncAt: z.nullable(z.string()),
  /** What the tablet last reported of itself (app and catalogue versions, storage, pending visits). */
  health: z.optional(z.nullable(reportedHealthSchema)),
});
export type Device = z.infer<typeof deviceSchema>;
/** GET /api/v1/devices: every enrolled tablet, revoked ones included. */
export const deviceListSchema = z.object({ devices: z.array(deviceSchema) });

const usernameSchema = z
  .string()
  .check(
    z.minLength(2),
    z.maxLength(64),
    z.regex(/^[a-zA-Z0-9._@-]+$/, { message: 'Usernames use letters, digits and . _ @ - only' }),
  );
const passwordSchema = z
  .string()
  .check(z.minLength(12, { message: 'Passwords need at least 12 characters' }), z.maxLength(500));

/** POST /api/v1/users. */
export const newUserSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  role: roleSchema,
  points: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(500)), []),
});

/** GET /api/v1/users: an account, never its password hash. */
export const accountSchema = z.object({
  username: z.string(),
  role: roleSchema,
  points: z.array(z.string()),
  isDisabled: z.optional(z.boolean()),
  mustChangePassword: z.optional(z.boolean()),
  hasSecondFactor: z.optional(z.boolean()),
  /** Their newest sign-in the audit log still holds (null: never, or older than its retention). */
  lastSignInAt: z.optional(z.nullable(z.string())),
});
export type AccountInfo = z.infer<typeof accountSchema>;
/** GET /api/v1/users: every account, for the admins' people screens. */
export const accountListSchema = z.object({ users: z.array(accountSchema) });

/** GET /api/v1/setup: whether the server still waits for its first admin. */
export const setupStatusSchema = z.object({ isNeeded: z.boolean() });

/** POST /api/v1/setup: the first admin, with the one-time code the server printed. */
export const setupSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  username: usernameSchema,
  password: passwordSchema,
});

/** PUT /api/v1/session/password: change your own password; your other sessions end. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(500)),
  newPassword: passwordSchema,
});

/** POST /api/v1/users/{username}/password: an admin sets a password the person must change. */
export const passwordResetSchema = z.strictObject({ password: passwordSchema });

/** PATCH /api/v1/users/{username}: any of role, points, disabled; the last active admin stays. */
export const accountChangeSchema = z.strictObject({
  role: z.optional(roleSchema),
  points: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(500))),
  isDisabled: z.optional(z.boolean()),
});

/** GET /api/v1/users/{username}/sessions: a person's signed-in sessions. */
export const sessionListSchema = z.object({
  sessions: z.array(z.object({ id: z.string(), createdAt: z.nullable(z.string()), expiresAt: z.string() })),
});
