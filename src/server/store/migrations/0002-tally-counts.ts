import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Never edit this file once released: add 0003-… instead.

/**
 * Running counts for tallies, kept by the database itself. A year of a large county is a million
 * visits; counting them on each request takes seconds, reading these tables milliseconds.
 *
 * Each table holds, per point and stored Helsinki month, what `countVisits` in the domain counts:
 * - `tally_cells`: counted (not deleted) visits by age group and sector;
 * - `tally_topics` / `tally_referrals`: visits with that topic / referral;
 * - `tally_topic_groups`: visits with at least one topic of the group.
 * Triggers keep them in step with `visits`, `visit_topics` and `visit_referrals` inside the same
 * transaction as the change, so a tally never sees a half-stored batch. Child rows are only ever
 * inserted and deleted (never updated), and exist only for the current rev of a counted visit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const table = (name: string, key: string) =>
    db.schema
      .createTable(name)
      .addColumn('point_id', 'text', (c) => c.notNull())
      .addColumn('visit_month', 'text', (c) => c.notNull())
      .addColumn(key, 'text', (c) => c.notNull())
      .addColumn('visits', 'integer', (c) => c.notNull());
  await db.schema
    .createTable('tally_cells')
    .addColumn('point_id', 'text', (c) => c.notNull())
    .addColumn('visit_month', 'text', (c) => c.notNull())
    .addColumn('age_group', 'text', (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tally_cells_pk', ['point_id', 'visit_month', 'age_group', 'sector'])
    .execute();
  await table('tally_topics', 'topic')
    .addPrimaryKeyConstraint('tally_topics_pk', ['point_id', 'visit_month', 'topic'])
    .execute();
  await table('tally_topic_groups', 'topic_group')
    .addPrimaryKeyConstraint('tally_topic_groups_pk', ['point_id', 'visit_month', 'topic_group'])
    .execute();
  await table('tally_referrals', 'referral')
    .addPrimaryKeyConstraint('tally_referrals_pk', ['point_id', 'visit_month', 'referral'])
    .execute();
  // The "is this visit's first/last topic of its group" checks find a visit's few topics through
  // the primary key (visit_id, topic); no extra index to keep up on every insert.

  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);

  // Count what is already stored.
  await sql`insert into tally_cells select point_id, visit_month, age_group, sector, count(*) from visits where deleted = 0 group by point_id, visit_month, age_group, sector`.execute(
    db,
  );
  await sql`insert into tally_topics select point_id, visit_month, topic, count(*) from visit_topics group by point_id, visit_month, topic`.execute(
    db,
  );
  await sql`insert into tally_topic_groups select point_id, visit_month, topic_group, count(distinct visit_id) from visit_topics group by point_id, visit_month, topic_group`.execute(
    db,
  );
  await sql`insert into tally_referrals select point_id, visit_month, referral, count(*) from visit_referrals group by point_id, visit_month, referral`.execute(
    db,
  );
}

// The statements the triggers run, the same text on both databases (`r` is NEW or OLD).
const addCell = (r: string) =>
  `insert into tally_cells (point_id, visit_month, age_group, sector, visits) values (${r}.point_id, ${r}.visit_month, ${r}.age_group, ${r}.sector, 1)
   on conflict (point_id, visit_month, age_group, sector) do update set visits = tally_cells.visits + 1;`;
const removeCell = (r: string) =>
  `update tally_cells set visits = visits - 1 where point_id = ${r}.point_id and visit_month = ${r}.visit_month and age_group = ${r}.age_group and sector = ${r}.sector;`;
const addTopic = (r: string) =>
  `insert into tally_topics (point_id, visit_month, topic, visits) values (${r}.point_id, ${r}.visit_month, ${r}.topic, 1)
   on conflict (point_id, visit_month, topic) do update set visits = tally_topics.visits + 1;
   insert into tally_topic_groups (point_id, visit_month, topic_group, visits)
   select ${r}.point_id, ${r}.visit_month, ${r}.topic_group, 1
   where not exists (select 1 from visit_topics t where t.visit_id = ${r}.visit_id and t.topic_group = ${r}.topic_group and t.topic <> ${r}.topic)
   on conflict (point_id, visit_month, topic_group) do update set visits = tally_topic_groups.visits + 1;`;
const removeTopic = (r: string) =>
  `update tally_topics set visits = visits - 1 where point_id = ${r}.point_id and visit_month = ${r}.visit_month and topic = ${r}.topic;
   update tally_topic_groups set visits = visits - 1
   where point_id = ${r}.point_id and visit_month = ${r}.visit_month and topic_group = ${r}.topic_group
     and not exists (select 1 from visit_topics t where t.visit_id = ${r}.visit_id and t.topic_group = ${r}.topic_group);`;
const addReferral = (r: string) =>
  `insert into tally_referrals (point_id, visit_month, referral, visits) values (${r}.point_id, ${r}.visit_month, ${r}.referral, 1)
   on conflict (point_id, visit_month, referral) do update set visits = tally_referrals.visits + 1;`;
const removeReferral = (r: string) =>
  `update tally_referrals set visits = visits - 1 where point_id = ${r}.point_id and visit_month = ${r}.visit_month and referral = ${r}.referral;`;

// Trigger bodies are constants of this file, never user input.
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const triggers = [
    `create trigger visits_tally_insert after insert on visits when new.deleted = 0 begin ${addCell('new')} end`,
    // An upsert that replaces a rev is an update: the old rev's cell loses the visit, the new one gains it.
    `create trigger visits_tally_update_old after update on visits when old.deleted = 0 begin ${removeCell('old')} end`,
    `create trigger visits_tally_update_new after update on visits when new.deleted = 0 begin ${addCell('new')} end`,
    `create trigger visits_tally_delete after delete on visits when old.deleted = 0 begin ${removeCell('old')} end`,
    `create trigger visit_topics_tally_insert after insert on visit_topics begin ${addTopic('new')} end`,
    `create trigger visit_topics_tally_delete after delete on visit_topics begin ${removeTopic('old')} end`,
    `create trigger visit_referrals_tally_insert after insert on visit_referrals begin ${addReferral('new')} end`,
    `create trigger visit_referrals_tally_delete after delete on visit_referrals begin ${removeReferral('old')} end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}

/**
 * On PostgreSQL the counts are kept per statement, from its transition tables: one grouped
 * update per batch chunk instead of one per row (row triggers in PL/pgSQL halved the ingest rate).
 */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const fn = (name: string, body: string) =>
    sql
      .raw(
        `create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`,
      )
      .execute(db);
  const run = (statement: string) => sql.raw(statement).execute(db);
  // Add or take away the grouped counts of `rows` (a transition table) in one count table.
  const add = (table: string, keys: string[], rows: string, where = 'true') =>
    `insert into ${table} (${keys.join(', ')}, visits)
     select ${keys.join(', ')}, count(*) from ${rows} where ${where} group by ${keys.join(', ')}
     on conflict (${keys.join(', ')}) do update set visits = ${table}.visits + excluded.visits;`;
  const subtract = (table: string, keys: string[], rows: string, where = 'true') =>
    `update ${table} c set visits = c.visits - d.n
     from (select ${keys.join(', ')}, count(*) as n from ${rows} where ${where} group by ${keys.join(', ')}) d
     where ${keys.map((k) => `c.${k} = d.${k}`).join(' and ')};`;
  const cell = ['point_id', 'visit_month', 'age_group', 'sector'];
  const topic = ['point_id', 'visit_month', 'topic'];
  const group = ['point_id', 'visit_month', 'topic_group'];
  const referral = ['point_id', 'visit_month', 'referral'];

  await fn('tally_visits_added', add('tally_cells', cell, 'added', 'deleted = 0'));
  // An upsert that replaces a rev is an update: the old rev's cell loses the visit, the new one gains it.
  await fn(
    'tally_visits_updated',
    subtract('tally_cells', cell, 'before_rows', 'deleted = 0') +
      add('tally_cells', cell, 'after_rows', 'deleted = 0'),
  );
  await fn('tally_visits_removed', subtract('tally_cells', cell, 'removed', 'deleted = 0'));
  // A visit gains a topic group when it had no topic of it before, loses it when none is left.
  await fn(
    'tally_visit_topics_added',
    add('tally_topics', topic, 'added') +
      add(
        'tally_topic_groups',
        group,
        `(select distinct n.visit_id, n.point_id, n.visit_month, n.topic_group from added n
          where not exists (
            select 1 from visit_topics t where t.visit_id = n.visit_id and t.topic_group = n.topic_group
              and not exists (select 1 from added a where a.visit_id = t.visit_id and a.topic = t.topic))) gained`,
      ),
  );
  await fn(
    'tally_visit_topics_removed',
    subtract('tally_topics', topic, 'removed') +
      subtract(
        'tally_topic_groups',
        group,
        `(select distinct o.visit_id, o.point_id, o.visit_month, o.topic_group from removed o
          where not exists (select 1 from visit_topics t where t.visit_id = o.visit_id and t.topic_group = o.topic_group)) lost`,
      ),
  );
  await fn('tally_visit_referrals_added', add('tally_referrals', referral, 'added'));
  await fn('tally_visit_referrals_removed', subtract('tally_referrals', referral, 'removed'));
  // Concurrent batches would update the same count rows in different orders and could deadlock;
  // one lock per writing transaction, taken before its first row is written, orders them instead.
  await fn('tally_write_lock', `perform pg_advisory_xact_lock(7270, 1);`);

  await run(
    `create trigger visits_tally_lock before insert or update or delete on visits for each statement execute function tally_write_lock()`,
  );
  const each = (name: string, event: string, table: string, referencing: string, fnName: string) =>
    run(
      `create trigger ${name} after ${event} on ${table} referencing ${referencing} for each statement execute function ${fnName}()`,
    );
  await each('visits_tally_added', 'insert', 'visits', 'new table as added', 'tally_visits_added');
  await each(
    'visits_tally_updated',
    'update',
    'visits',
    'old table as before_rows new table as after_rows',
    'tally_visits_updated',
  );
  await each('visits_tally_removed', 'delete', 'visits', 'old table as removed', 'tally_visits_removed');
  await each(
    'visit_topics_tally_added',
    'insert',
    'visit_topics',
    'new table as added',
    'tally_visit_topics_added',
  );
  await each(
    'visit_topics_tally_removed',
    'delete',
    'visit_topics',
    'old table as removed',
    'tally_visit_topics_removed',
  );
  await each(
    'visit_referrals_tally_added',
    'insert',
    'visit_referrals',
    'new table as added',
    'tally_visit_referrals_added',
  );
  await each(
    'visit_referrals_tally_removed',
    'delete',
    'visit_referrals',
    'old table as removed',
    'tally_visit_referrals_removed',
  );
}
