import Dexie, { type EntityTable } from 'dexie';

import type { Visit } from '../../domain/visit';
import { declareSchemas } from './schema-versions';

/**
 * A visit as the tablet keeps it: the wire form plus its outbox state. The row is its own outbox
 * entry: it is pending while `rev` is above `sentRev`, the last rev the server acknowledged.
 */
export interface VisitRow extends Visit {
  /** Last rev the server answered accepted or duplicate for; 0 before the first sync. */
  sentRev: number;
  /** 1 while this rev waits to be sent; a number because IndexedDB cannot index booleans. */
  isPending: 0 | 1;
  /** Set when the server rejected this rev: it is kept, shown, and not retried by itself. */
  rejection?: { rev: number; reason: string };
}

/** A half-filled form, kept so a reload, a crash or an update cannot lose it. */
export interface DraftRow {
  key: string;
  /** The visit being edited, when the draft is an edit rather than a new visit. */
  visitId?: string;
  values: Record<string, unknown>;
  savedAt: string;
}

/** A device-wide setting (own desk, slip format); values are validated where they are read. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The tablet's enrolment: the device token is the only credential it holds. */
export interface DeviceRow {
  key: 'device';
  deviceId: string;
  token: string;
  pointId: string;
  label: string;
  enrolledAt: string;
  /** Set when the server said the token is unknown or revoked; kept so the UI can say so. */
  revokedAt?: string;
}

/** Sync engine bookkeeping (last success, last error, backoff), one row per key. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** Data fetched from the server and kept for offline use (catalogue, point details, service directory). */
export interface CachedRow {
  key: string;
  value: unknown;
  fetchedAt: string;
}

/** The tablet's database; its schemas, only ever appended, are listed in `schema-versions.ts`. */
export class NeuvoDb extends Dexie {
  visits!: EntityTable<VisitRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  device!: EntityTable<DeviceRow, 'key'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  cache!: EntityTable<CachedRow, 'key'>;

  constructor(name = 'neuvo') {
    super(name);
    declareSchemas(this);
  }
}

/** The one database of the app; tests open their own with a fresh name. */
export const db = new NeuvoDb();
