import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { catalogueSchema, type Catalogue } from '../../domain/catalogue';
import { changesBetween, publishProblems } from '../../domain/catalogue-publish';
import {
  catalogueChangeSchema,
  draftContentSchema,
  type Draft,
  type DraftContent,
  type PublishProblem,
  type VersionInfo,
} from '../../domain/catalogue-versions';
import { z } from 'zod/mini';
import { auditQueries } from './audit-queries';
import type { Database } from './schema';

const DRAFT_ID = 1;
const changesSchema = z.array(catalogueChangeSchema);

/** Who does something to the draft (audited by user id, shown by username). */
export interface Editor {
  userId: string;
  username: string;
}

/** What became of a save, discard or publish that names the draft revision it expects. */
export type DraftOutcome<T> =
  | { status: 'done'; value: T }
  /** There is no draft (it was published or thrown away meanwhile, or never started). */
  | { status: 'no-draft' }
  /** Someone saved the draft since the revision the caller named. */
  | { status: 'stale'; revision: string }
  /** A draft exists and the caller named no revision (they would overwrite it unseen). */
  | { status: 'revision-required'; revision: string }
  | { status: 'problems'; problems: PublishProblem[] };

/** Thrown inside a publish transaction to roll it back with the problems found. */
class Refused extends Error {
  constructor(readonly problems: PublishProblem[]) {
    super('draft has problems');
  }
}

/** Catalogue versions (published, never changed) and the admins' one draft. */
export function catalogueQueries(db: Kysely<Database>, clock: () => Date) {
  const { audit } = auditQueries(db, clock);
  const draftOfRow = (row: Database['catalogue_draft']): Draft => ({
    revision: row.revision,
    basedOn: row.based_on,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    note: row.note,
    catalogue: draftContentSchema.parse(JSON.parse(row.catalogue)),
  });
  const readDraft = async (executor: Kysely<Database> = db): Promise<Draft | undefined> => {
    const row = await executor
      .selectFrom('catalogue_draft')
      .selectAll()
      .where('id', '=', DRAFT_ID)
      .executeTakeFirst();
    return row ? draftOfRow(row) : undefined;
  };
  return {
    /** How many counted visits of the range each catalogue version holds (running counts of migration 0007). */
    async versionsCovered(range: {
      from: string;
      to: string;
      points: string[];
    }): Promise<Map<string, number>> {
      if (range.points.length === 0) return new Map();
      const rows = await db
        .selectFrom('tally_versions')
        .select(['catalogue_version', (eb) => eb.fn.sum<number>('visits').as('n')])
        .where('point_id', 'in', range.points)
        .where('visit_month', '>=', range.from)
        .where('visit_month', '<=', range.to)
        .groupBy('catalogue_version')
        .having((eb) => eb.fn.sum('visits'), '>', 0)
        .execute();
      return new Map(rows.map((r) => [r.catalogue_version, Number(r.n)]));
    },
    /** Every published version's metadata, newest first. */
    async catalogueVersions(): Promise<VersionInfo[]> {
      const rows = await db
        .selectFrom('catalogue_versions')
        .select(['number', 'version', 'published_at', 'published_by', 'note', 'changes'])
        .orderBy('number', 'desc')
        .execute();
      return rows.map((r) => ({
        number: Number(r.number),
        version: r.version,
        publishedAt: r.published_at,
        publishedBy: r.published_by,
        note: r.note,
        changes: changesSchema.parse(JSON.parse(r.changes)),
      }));
    },
    /** The number and version id of the version in force (the newest). */
    async versionInForce(): Promise<{ number: number; version: string }> {
      const row = await db
        .selectFrom('catalogue_versions')
        .select(['number', 'version'])
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      return { number: Number(row.number), version: row.version };
    },
    /** A published catalogue by its version id. */
    async publishedCatalogue(version: string): Promise<Catalogue | undefined> {
      const row = await db
        .selectFrom('catalogue_versions')
        .select('catalogue')
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? catalogueSchema.parse(JSON.parse(row.catalogue)) : undefined;
    },
    /** The draft, if an admin has started one. */
    readDraft: () => readDraft(),
    /**
     * Save the whole draft. Replacing one needs the revision it replaces; the conditional write
     * is the check, so two saves of the same revision cannot both win.
     */
    async saveDraft(
      content: DraftContent,
      note: string,
      expected: string | undefined,
      basedOn: string,
      editor: Editor,
    ): Promise<DraftOutcome<Draft>> {
      const row = {
        revision: randomUUID(),
        note,
        catalogue: JSON.stringify(content),
        updated_at: clock().toISOString(),
        updated_by: editor.username,
      };
      return db.transaction().execute(async (trx) => {
        let written: bigint;
        if (expected === undefined) {
          const result = await trx
            .insertInto('catalogue_draft')
            .values({ id: DRAFT_ID, based_on: basedOn, ...row })
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst();
          written = result.numInsertedOrUpdatedRows ?? 0n;
        } else {
          const result = await trx
            .updateTable('catalogue_draft')
            .set(row)
            .where('id', '=', DRAFT_ID)
            .where('revision', '=', expected)
            .executeTakeFirst();
          written = result.numUpdatedRows;
        }
        if (Number(written) === 0) {
          const current = await readDraft(trx);
          if (!current) return { status: 'no-draft' };
          return expected === undefined
            ? { status: 'revision-required', revision: current.revision }
            : { status: 'stale', revision: current.revision };
        }
        const isNew = expected === undefined;
        await audit(
          {
            actorKind: 'user',
            actorId: editor.userId,
            action: isNew ? 'catalogue-draft-started' : 'catalogue-draft-saved',
            details: { username: editor.username, revision: row.revision },
          },
          trx,
        );
        return { status: 'done', value: (await readDraft(trx))! };
      });
    },
    /** Throw the draft away (only the named revision, when one is named). */
    async discardDraft(expected: string | undefined, editor: Editor): Promise<DraftOutcome<null>> {
      return db.transaction().execute(async (trx) => {
        let query = trx.deleteFrom('catalogue_draft').where('id', '=', DRAFT_ID);
        if (expected !== undefined) query = query.where('revision', '=', expected);
        const { numDeletedRows } = await query.executeTakeFirst();
        if (Number(numDeletedRows) === 0) {
          const current = await readDraft(trx);
          return current ? { status: 'stale', revision: current.revision } : { status: 'no-draft' };
        }
        await audit(
          {
            actorKind: 'user',
            actorId: editor.userId,
            action: 'catalogue-draft-discarded',
            details: { username: editor.username },
          },
          trx,
        );
        return { status: 'done', value: null };
      });
    },
    /**
     * Publish the draft as the next version, in force at once, or say every problem and change
     * nothing. The draft row is deleted first: a second publish at the same moment waits on that
     * row and then finds no draft, so two versions can never come from one draft.
     */
    async publishDraft(expected: string | undefined, editor: Editor): Promise<DraftOutcome<VersionInfo>> {
      try {
        return await db.transaction().execute(async (trx) => {
          const draft = await readDraft(trx);
          if (!draft) return { status: 'no-draft' } as const;
          if (expected !== undefined && expected !== draft.revision) {
            return { status: 'stale', revision: draft.revision } as const;
          }
          const { numDeletedRows } = await trx
            .deleteFrom('catalogue_draft')
            .where('id', '=', DRAFT_ID)
            .where('revision', '=', draft.revision)
            .executeTakeFirst();
          if (Number(numDeletedRows) === 0) return { status: 'no-draft' } as const;
          const rows = await trx
            .selectFrom('catalogue_versions')
            .select(['number', 'catalogue'])
            .orderBy('number')
            .execute();
          const published = rows.map((r) => catalogueSchema.parse(JSON.parse(r.catalogue)));
          const problems = publishProblems(draft.catalogue, published);
          if (problems.length > 0) throw new Refused(problems);
          const number = Number(rows.at(-1)!.number) + 1;
          const catalogue = catalogueSchema.parse({ ...draft.catalogue, version: String(number) });
          const info: VersionInfo = {
            number,
            version: catalogue.version,
            publishedAt: clock().toISOString(),
            publishedBy: editor.username,
            note: draft.note,
            changes: changesBetween(published.at(-1)!, catalogue),
          };
          await trx
            .insertInto('catalogue_versions')
            .values({
              number,
              version: info.version,
              published_at: info.publishedAt,
              published_by: info.publishedBy,
              note: info.note,
              changes: JSON.stringify(info.changes),
              catalogue: JSON.stringify(catalogue),
            })
            .execute();
          await audit(
            {
              actorKind: 'user',
              actorId: editor.userId,
              action: 'catalogue-published',
              details: { username: editor.username, version: info.version, changes: info.changes.length },
            },
            trx,
          );
          return { status: 'done', value: info } as const;
        });
      } catch (error) {
        if (error instanceof Refused) return { status: 'problems', problems: error.problems };
        throw error;
      }
    },
  };
}
