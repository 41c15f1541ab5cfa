import type Dexie from 'dexie';

/**
 * Every schema the tablet's database has shipped, oldest first, as data. Only ever appended: a
 * tablet upgrades from whichever it has. The upgrade tests open a real earlier one from this list
 * (not a copy), put rows of that time's shape in, and open the database with today's code.
 * A new version: append it (if rows change shape, give it an `upgrade` that `declareSchemas`
 * passes to Dexie) and give it an upgrade test from the version before.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      visits: 'id, visitDate, isPending, [pointId+visitDate]',
      drafts: 'key',
      settings: 'key',
      device: 'key',
      syncState: 'key',
      cache: 'key',
    },
  },
  // Rejected visits by an index of their own, so the status bar finds them without reading every
  // visit ever sent (rows without a rejection stay out of the index). Data is unchanged.
  {
    version: 2,
    stores: { visits: 'id, visitDate, isPending, [pointId+visitDate], rejection.rev' },
  },
] as const;

/** The number of the newest schema. */
export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

/** Declare the schemas up to `upTo` on `db` (the app declares all; upgrade tests an earlier one). */
export function declareSchemas(db: Dexie, upTo: number = latestSchemaVersion): void {
  for (const { version, stores } of schemaVersions) {
    if (version <= upTo) db.version(version).stores(stores);
  }
}
