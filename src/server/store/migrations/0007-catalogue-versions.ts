import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { catalogueSchema, type Catalogue } from '../../../domain/catalogue';
import { changesBetween } from '../../../domain/catalogue-publish';
import reference2023 from '../../../domain/reference-catalogue-2023.1.json';
import reference2026 from '../../../domain/reference-catalogue.json';

// Never edit this file once released: add a later migration instead. The two reference JSON files
// it seeds from are frozen for the same reason (a revision of the reference is a new file).

/**
 * Catalogue versions in the database, the admins' draft, a running count of visits per catalogue
 * version (so a tally can say which versions its data covers without reading the visits), and the
 * per-point parts of the directory: a referral's contact per point and the municipalities a point
 * serves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalogue_versions')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull().unique())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('catalogue', 'text', (c) => c.notNull())
    .execute();
  // At most one draft: the row with id 1.
  await db.schema
    .createTable('catalogue_draft')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('based_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('catalogue', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('directory_point_services')
    .addColumn('point_id', 'text', (c) => c.notNull().references('points.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_point_services_pk', ['point_id', 'code'])
    .execute();
  await db.schema
    .createTable('point_municipalities')
    .addColumn('point_id', 'text', (c) => c.notNull().references('points.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('point_municipalities_pk', ['point_id', 'code'])
    .execute();
  await db.schema
    .createTable('tally_versions')
    .addColumn('point_id', 'text', (c) => c.notNull())
    .addColumn('visit_month', 'text', (c) => c.notNull())
    .addColumn('catalogue_version', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tally_versions_pk', ['point_id', 'visit_month', 'catalogue_version'])
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
  await sql`insert into tally_versions select point_id, visit_month, catalogue_version, count(*) from visits where deleted = 0 group by point_id, visit_month, catalogue_version`.execute(
    db,
  );
  await seedVersions(db);
}

/**
 * A new install starts with the reference catalogue as version 1. A database from before versions
 * logged its visits under reference-2023.1: that becomes version 1, the revised wording version 2.
 */
async function seedVersions(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from users`.execute(db);
  const { rows: visits } = await sql<{ n: number | string }>`select count(*) as n from visits`.execute(db);
  const isExisting = Number(rows[0]!.n) > 0 || Number(visits[0]!.n) > 0;
  const first = catalogueSchema.parse(reference2023);
  const revised = catalogueSchema.parse(reference2026);
  const at = new Date().toISOString();
  const insert = (number: number, catalogue: Catalogue, note: string, previous?: Catalogue) =>
    sql`insert into catalogue_versions (number, version, published_at, published_by, note, changes, catalogue)
        values (${number}, ${catalogue.version}, ${at}, ${null}, ${note}, ${JSON.stringify(previous ? changesBetween(previous, catalogue) : [])}, ${JSON.stringify(catalogue)})`.execute(
      db,
    );
  if (isExisting) {
    await insert(1, first, 'The reference catalogue, as visits were logged before catalogue versions');
    await insert(2, revised, 'The reference catalogue with revised wording (relabels only)', first);
  } else {
    await insert(1, revised, 'The reference catalogue');
  }
}

// The statements the triggers run, the same text on both databases (`r` is NEW or OLD).
const addVersion = (r: string) =>
  `insert into tally_versions (point_id, visit_month, catalogue_version, visits) values (${r}.point_id, ${r}.visit_month, ${r}.catalogue_version, 1)
   on conflict (point_id, visit_month, catalogue_version) do update set visits = tally_versions.visits + 1;`;
const removeVersion = (r: string) =>
  `update tally_versions set visits = visits - 1 where point_id = ${r}.point_id and visit_month = ${r}.visit_month and catalogue_version = ${r}.catalogue_version;`;

// Trigger bodies are constants of this file, never user input.
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const triggers = [
    `create trigger visits_versions_insert after insert on visits when new.deleted = 0 begin ${addVersion('new')} end`,
    `create trigger visits_versions_update_old after update on visits when old.deleted = 0 begin ${removeVersion('old')} end`,
    `create trigger visits_versions_update_new after update on visits when new.deleted = 0 begin ${addVersion('new')} end`,
    `create trigger visits_versions_delete after delete on visits when old.deleted = 0 begin ${removeVersion('old')} end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}

/** Per statement, from the transition tables, like migration 0002's counts. */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const keys = 'point_id, visit_month, catalogue_version';
  const add = (rows: string) =>
    `insert into tally_versions (${keys}, visits)
     select ${keys}, count(*) from ${rows} where deleted = 0 group by ${keys}
     on conflict (${keys}) do update set visits = tally_versions.visits + excluded.visits;`;
  const subtract = (rows: string) =>
    `update tally_versions c set visits = c.visits - d.n
     from (select ${keys}, count(*) as n from ${rows} where deleted = 0 group by ${keys}) d
     where c.point_id = d.point_id and c.visit_month = d.visit_month and c.catalogue_version = d.catalogue_version;`;
  const fn = (name: string, body: string) =>
    sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`,
      )
      .execute(db);
  await fn('tally_versions_added', add('added'));
  await fn('tally_versions_updated', subtract('before_rows') + add('after_rows'));
  await fn('tally_versions_removed', subtract('removed'));
  const each = (name: string, event: string, referencing: string, fnName: string) =>
    sql
      .raw(
        `create trigger ${name} after ${event} on visits referencing ${referencing} for each statement execute function ${fnName}()`,
      )
      .execute(db);
  await each('visits_versions_added', 'insert', 'new table as added', 'tally_versions_added');
  await each(
    'visits_versions_updated',
    'update',
    'old table as before_rows new table as after_rows',
    'tally_versions_updated',
  );
  await each('visits_versions_removed', 'delete', 'old table as removed', 'tally_versions_removed');
}
