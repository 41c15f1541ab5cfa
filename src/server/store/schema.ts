import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * The tables as Kysely sees them, shared by every query module and both dialects. Times are ISO
 * 8601 text and booleans are 0/1 integers in both SQLite and PostgreSQL, so one query text serves
 * both; `visit_date`/`visit_month` are text so tallies need no dialect-specific date functions.
 */
export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: 'admin' | 'supervisor';
  created_at: string;
  /** Set while the account is disabled: no sign-in, no session. */
  disabled_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 after an admin set the password: the person must choose their own before anything else. */
  must_change_password: ColumnType<number, number | undefined, number>;
  /** TOTP secret (RFC 6238), sealed (see auth/second-factor.ts); confirmed once the person gave a code made with it. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  totp_confirmed_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The time step of the last code accepted: a code is good once (migration 0009). */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface UserPointsTable {
  user_id: string;
  point_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  /** Null for sessions made before migration 0006. */
  created_at: ColumnType<string | null, string | null | undefined, never>;
}

export interface PointsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface EnrolmentsTable {
  code_hash: string;
  point_id: string;
  expires_at: string;
  used_at: string | null;
  /** Wrong codes tried while this one was live; at the limit it is locked. */
  wrong_guesses: ColumnType<number, number | undefined, number>;
}

/** One-time recovery codes of a person's second factor, hashed. */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

/** Setup codes printed at start while no admin exists; each expires after 24 hours. */
export interface SetupCodesTable {
  code_hash: string;
  expires_at: string;
  wrong_guesses: ColumnType<number, number | undefined, number>;
}

export interface DevicesTable {
  id: string;
  point_id: string;
  label: string;
  token_hash: string;
  enrolled_at: string;
  revoked_at: string | null;
  last_sync_at: string | null;
  app_version: string | null;
  catalogue_version: string | null;
  /** 1 persisted, 0 not, null unknown. */
  storage_persisted: number | null;
  pending_visits: number | null;
  oldest_pending_at: string | null;
  health_reported_at: string | null;
}

/** The latest rev of each visit; tombstones (deleted = 1) stay so an older rev cannot revive it. */
export interface VisitsTable {
  id: string;
  point_id: string;
  device_id: string;
  rev: number;
  visit_date: string;
  visit_month: string;
  recorded_at: string;
  received_at: string;
  catalogue_version: string;
  age_group: string;
  sector: string;
  deleted: number;
  service_language: string | null;
  /** JSON array of codes, or null. */
  face_to_face_reasons: string | null;
  municipality: string | null;
  channel: string | null;
}

/** One row per topic of the current rev of a non-deleted visit; denormalised so tallies need no join. */
export interface VisitTopicsTable {
  visit_id: string;
  topic: string;
  topic_group: string;
  point_id: string;
  visit_month: string;
  /** The visit's sector (migration 0005), so the sector split needs no join. */
  sector: string;
}

/** One row per referral of the current rev of a non-deleted visit. */
export interface VisitReferralsTable {
  visit_id: string;
  referral: string;
  point_id: string;
  visit_month: string;
  sector: string;
}

/** Running count of counted visits per point, month, age group and sector (kept by triggers, migration 0002). */
export interface TallyCellsTable {
  point_id: string;
  visit_month: string;
  age_group: string;
  sector: string;
  visits: number;
}

/** Running count of visits per point, month and topic. */
export interface TallyTopicsTable {
  point_id: string;
  visit_month: string;
  topic: string;
  visits: number;
}

/** Running count of visits with at least one topic of the group, per point and month. */
export interface TallyTopicGroupsTable {
  point_id: string;
  visit_month: string;
  topic_group: string;
  visits: number;
}

/** Running count of visits per point, month and referral. */
export interface TallyReferralsTable {
  point_id: string;
  visit_month: string;
  referral: string;
  visits: number;
}

/** Running count of visits per point, month, sector and topic (migration 0005). */
export interface TallyTopicSectorsTable {
  point_id: string;
  visit_month: string;
  sector: string;
  topic: string;
  visits: number;
}

/** Running count of visits per point, month, sector and referral. */
export interface TallyReferralSectorsTable {
  point_id: string;
  visit_month: string;
  sector: string;
  referral: string;
  visits: number;
}

/** Running count of counted visits per point, month, optional question and answer. */
export interface TallyAnswersTable {
  point_id: string;
  visit_month: string;
  question: string;
  answer: string;
  visits: number;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_kind: 'user' | 'device' | 'anonymous';
  actor_id: string | null;
  action: string;
  /** JSON object; never visit contents. */
  details: string;
}

/** Admin-edited contact details of a referral's service; `details` is JSON (domain/directory.ts). */
export interface DirectoryServicesTable {
  code: string;
  details: string;
  updated_at: string;
  updated_by: string;
}

/** Admin-edited contact details of an advice point; `details` is JSON (domain/directory.ts). */
export interface DirectoryPointsTable {
  point_id: string;
  details: string;
  updated_at: string;
  updated_by: string;
}

/** A published catalogue version; `catalogue` is the whole catalogue as JSON (domain/catalogue.ts), `changes` a JSON list. */
export interface CatalogueVersionsTable {
  number: number;
  version: string;
  published_at: string;
  /** The admin's username; null for versions the server set up itself. */
  published_by: string | null;
  note: string;
  changes: string;
  catalogue: string;
}

/** The admins' one draft (id 1); `revision` changes at every save (the draft's ETag). */
export interface CatalogueDraftTable {
  id: number;
  revision: string;
  based_on: string;
  note: string;
  catalogue: string;
  updated_at: string;
  updated_by: string;
}

/** A referral service's contact details at one point, over the county-wide entry. */
export interface DirectoryPointServicesTable {
  point_id: string;
  code: string;
  details: string;
  updated_at: string;
  updated_by: string;
}

/** The municipalities (Statistics Finland codes) a point serves. */
export interface PointMunicipalitiesTable {
  point_id: string;
  code: string;
}

/** Running count of counted visits per point, month and catalogue version (migration 0007). */
export interface TallyVersionsTable {
  point_id: string;
  visit_month: string;
  catalogue_version: string;
  visits: number;
}

/** Every table of the Neuvo database. */
export interface Database {
  users: UsersTable;
  user_points: UserPointsTable;
  sessions: SessionsTable;
  points: PointsTable;
  enrolments: EnrolmentsTable;
  devices: DevicesTable;
  visits: VisitsTable;
  visit_topics: VisitTopicsTable;
  visit_referrals: VisitReferralsTable;
  audit_log: AuditLogTable;
  tally_cells: TallyCellsTable;
  tally_topics: TallyTopicsTable;
  tally_topic_groups: TallyTopicGroupsTable;
  tally_referrals: TallyReferralsTable;
  tally_topic_sectors: TallyTopicSectorsTable;
  tally_referral_sectors: TallyReferralSectorsTable;
  tally_answers: TallyAnswersTable;
  directory_services: DirectoryServicesTable;
  directory_points: DirectoryPointsTable;
  recovery_codes: RecoveryCodesTable;
  setup_codes: SetupCodesTable;
  catalogue_versions: CatalogueVersionsTable;
  catalogue_draft: CatalogueDraftTable;
  directory_point_services: DirectoryPointServicesTable;
  point_municipalities: PointMunicipalitiesTable;
  tally_versions: TallyVersionsTable;
}

export type UserRow = Selectable<UsersTable>;
export type DeviceRow = Selectable<DevicesTable>;
export type PointRow = Selectable<PointsTable>;
export type VisitRow = Selectable<VisitsTable>;
export type NewVisitRow = Insertable<VisitsTable>;
