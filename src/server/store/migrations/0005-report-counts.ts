import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Never edit this file once released: add a later migration instead.

/**
 * Running counts for the reports of issue 14, kept by triggers like those of 0002:
 * - `visit_topics` / `visit_referrals` carry their visit's sector, so the sector split needs no join;
 * - `tally_topic_sectors` / `tally_referral_sectors`: visits with that topic / referral per sector;
 * - `tally_answers`: counted visits per optional question and answer (a face-to-face reason once
 *   per visit that gives it);
 * - the index on `visits (point_id, visit_month)` gains `received_at`, so the few visits of a month
 *   changed after its export are found without reading the month (a separate index would slow
 *   every ingest), and one on `audit_log (action, at)` finds the exports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['visit_topics', 'visit_referrals']) {
    await db.schema
      .alterTable(table)
      .addColumn('sector', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await sql
      .raw(`update ${table} set sector = (select v.sector from visits v where v.id = ${table}.visit_id)`)
      .execute(db);
  }
  const table = (name: string, key: string) =>
    db.schema
      .createTable(name)
      .addColumn('point_id', 'text', (c) => c.notNull())
      .addColumn('visit_month', 'text', (c) => c.notNull())
      .addColumn('sector', 'text', (c) => c.notNull())
      .addColumn(key, 'text', (c) => c.notNull())
      .addColumn('visits', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['point_id', 'visit_month', 'sector', key])
      .execute();
  await table('tally_topic_sectors', 'topic');
  await table('tally_referral_sectors', 'referral');
  await db.schema
    .createTable('tally_answers')
    .addColumn('point_id', 'text', (c) => c.notNull())
    .addColumn('visit_month', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tally_answers_pk', ['point_id', 'visit_month', 'question', 'answer'])
    .execute();
  await db.schema.dropIndex('visits_point_month').execute();
  await db.schema
    .createIndex('visits_point_month_received')
    .on('visits')
    .columns(['point_id', 'visit_month', 'received_at'])
    .execute();
  await db.schema.createIndex('audit_log_action_at').on('audit_log').columns(['action', 'at']).execute();

  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (isPostgres) await postgresTriggers(db);
  else await sqliteTriggers(db);

  // Count what is already stored.
  await sql`insert into tally_topic_sectors select point_id, visit_month, sector, topic, count(*) from visit_topics group by point_id, visit_month, sector, topic`.execute(
    db,
  );
  await sql`insert into tally_referral_sectors select point_id, visit_month, sector, referral, count(*) from visit_referrals group by point_id, visit_month, sector, referral`.execute(
    db,
  );
  await sql
    .raw(
      `insert into tally_answers select point_id, visit_month, question, answer, count(*) from (${answersOf('visits', isPostgres)}) a group by point_id, visit_month, question, answer`,
    )
    .execute(db);
}

/** The optional answers of counted visits in `rows` (a table or transition table): one row each. */
function answersOf(rows: string, isPostgres: boolean): string {
  const reasons = isPostgres
    ? `cross join lateral jsonb_array_elements_text(v.face_to_face_reasons::jsonb) as r(value)`
    : `join json_each(v.face_to_face_reasons) r`;
  const single = (question: string, column: string) =>
    `select point_id, visit_month, '${question}' as question, ${column} as answer from ${rows} where deleted = 0 and ${column} is not null`;
  return [
    single('serviceLanguage', 'service_language'),
    single('channel', 'channel'),
    single('municipality', 'municipality'),
    `select v.point_id, v.visit_month, 'faceToFaceReason' as question, r.value as answer from ${rows} v ${reasons} where v.deleted = 0 and v.face_to_face_reasons is not null`,
  ].join(' union all ');
}

const answerKeys = ['point_id', 'visit_month', 'question', 'answer'];
const topicKeys = ['point_id', 'visit_month', 'sector', 'topic'];
const referralKeys = ['point_id', 'visit_month', 'sector', 'referral'];

// Trigger bodies are constants of this file, never user input.
async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const addOne = (table: string, keys: string[], r: string) =>
    `insert into ${table} (${keys.join(', ')}, visits) values (${keys.map((k) => `${r}.${k}`).join(', ')}, 1)
     on conflict (${keys.join(', ')}) do update set visits = ${table}.visits + 1;`;
  const removeOne = (table: string, keys: string[], r: string) =>
    `update ${table} set visits = visits - 1 where ${keys.map((k) => `${k} = ${r}.${k}`).join(' and ')};`;
  const addAnswers = (r: string) =>
    `insert into tally_answers (${answerKeys.join(', ')}, visits)
     select point_id, visit_month, question, answer, 1 from (${answersOf(`(select ${r}.point_id as point_id, ${r}.visit_month as visit_month, ${r}.deleted as deleted, ${r}.service_language as service_language, ${r}.channel as channel, ${r}.municipality as municipality, ${r}.face_to_face_reasons as face_to_face_reasons)`, false)}) where true
     on conflict (${answerKeys.join(', ')}) do update set visits = tally_answers.visits + 1;`;
  const removeAnswers = (r: string) =>
    `update tally_answers set visits = visits - 1 where point_id = ${r}.point_id and visit_month = ${r}.visit_month and (
       (question = 'serviceLanguage' and answer = ${r}.service_language)
       or (question = 'channel' and answer = ${r}.channel)
       or (question = 'municipality' and answer = ${r}.municipality)
       or (question = 'faceToFaceReason' and answer in (select value from json_each(${r}.face_to_face_reasons))));`;
  const triggers = [
    `create trigger visits_answers_insert after insert on visits when new.deleted = 0 begin ${addAnswers('new')} end`,
    `create trigger visits_answers_update_old after update on visits when old.deleted = 0 begin ${removeAnswers('old')} end`,
    `create trigger visits_answers_update_new after update on visits when new.deleted = 0 begin ${addAnswers('new')} end`,
    `create trigger visits_answers_delete after delete on visits when old.deleted = 0 begin ${removeAnswers('old')} end`,
    `create trigger visit_topics_sector_insert after insert on visit_topics begin ${addOne('tally_topic_sectors', topicKeys, 'new')} end`,
    `create trigger visit_topics_sector_delete after delete on visit_topics begin ${removeOne('tally_topic_sectors', topicKeys, 'old')} end`,
    `create trigger visit_referrals_sector_insert after insert on visit_referrals begin ${addOne('tally_referral_sectors', referralKeys, 'new')} end`,
    `create trigger visit_referrals_sector_delete after delete on visit_referrals begin ${removeOne('tally_referral_sectors', referralKeys, 'old')} end`,
  ];
  for (const trigger of triggers) await sql.raw(trigger).execute(db);
}

/** Per statement from transition tables, as in 0002; 0002's write lock already orders the writers. */
async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  const fn = (name: string, body: string) =>
    run(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`);
  const add = (table: string, keys: string[], rows: string) =>
    `insert into ${table} (${keys.join(', ')}, visits)
     select ${keys.join(', ')}, count(*) from ${rows} group by ${keys.join(', ')}
     on conflict (${keys.join(', ')}) do update set visits = ${table}.visits + excluded.visits;`;
  const subtract = (table: string, keys: string[], rows: string) =>
    `update ${table} c set visits = c.visits - d.n
     from (select ${keys.join(', ')}, count(*) as n from ${rows} group by ${keys.join(', ')}) d
     where ${keys.map((k) => `c.${k} = d.${k}`).join(' and ')};`;
  const answers = (rows: string) => `(${answersOf(rows, true)}) a`;

  await fn('tally_answers_added', add('tally_answers', answerKeys, answers('added')));
  await fn(
    'tally_answers_updated',
    subtract('tally_answers', answerKeys, answers('before_rows')) +
      add('tally_answers', answerKeys, answers('after_rows')),
  );
  await fn('tally_answers_removed', subtract('tally_answers', answerKeys, answers('removed')));
  await fn('tally_topic_sectors_added', add('tally_topic_sectors', topicKeys, 'added'));
  await fn('tally_topic_sectors_removed', subtract('tally_topic_sectors', topicKeys, 'removed'));
  await fn('tally_referral_sectors_added', add('tally_referral_sectors', referralKeys, 'added'));
  await fn('tally_referral_sectors_removed', subtract('tally_referral_sectors', referralKeys, 'removed'));

  const each = (name: string, event: string, table: string, referencing: string, fnName: string) =>
    run(
      `create trigger ${name} after ${event} on ${table} referencing ${referencing} for each statement execute function ${fnName}()`,
    );
  await each('visits_answers_added', 'insert', 'visits', 'new table as added', 'tally_answers_added');
  await each(
    'visits_answers_updated',
    'update',
    'visits',
    'old table as before_rows new table as after_rows',
    'tally_answers_updated',
  );
  await each('visits_answers_removed', 'delete', 'visits', 'old table as removed', 'tally_answers_removed');
  await each(
    'visit_topics_sector_added',
    'insert',
    'visit_topics',
    'new table as added',
    'tally_topic_sectors_added',
  );
  await each(
    'visit_topics_sector_removed',
    'delete',
    'visit_topics',
    'old table as removed',
    'tally_topic_sectors_removed',
  );
  await each(
    'visit_referrals_sector_added',
    'insert',
    'visit_referrals',
    'new table as added',
    'tally_referral_sectors_added',
  );
  await each(
    'visit_referrals_sector_removed',
    'delete',
    'visit_referrals',
    'old table as removed',
    'tally_referral_sectors_removed',
  );
}
