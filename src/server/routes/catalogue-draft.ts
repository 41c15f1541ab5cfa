import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  draftInputSchema,
  draftSchema,
  publishRefusalSchema,
  versionInfoSchema,
  type Draft,
  type DraftContent,
} from '../../domain/catalogue-versions';
import { errorBodySchema } from '../../domain/sync-protocol';
import { HttpError } from '../http/http-error';
import type { DraftOutcome, Editor } from '../store/catalogue-queries';
import type { RouteDeps } from './deps';

/** The admins' one catalogue draft. */
export const DRAFT_URL = '/api/v1/catalogue/draft';

/** The revision an `If-Match` header names (`"abc"`, `W/"abc"` or `abc`), or undefined without one. */
export function revisionOf(request: FastifyRequest): string | undefined {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  return header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

/** Who is editing the draft, from the signed-in admin. */
export const editorOf = (request: FastifyRequest): Editor => ({
  userId: request.account!.id,
  username: request.account!.username,
});

/** The value of a draft outcome, or the HTTP error a person can act on. */
export function settled<T>(outcome: DraftOutcome<T>): T {
  switch (outcome.status) {
    case 'done':
      return outcome.value;
    case 'no-draft':
      throw new HttpError(
        404,
        'no-draft',
        'There is no catalogue draft: start one from the version in force',
      );
    case 'stale':
      throw new HttpError(
        412,
        'draft-changed',
        'Someone else saved the draft after you opened it; reload it and make your changes again',
        { etag: `"${outcome.revision}"` },
      );
    case 'revision-required':
      throw new HttpError(
        428,
        'if-match-required',
        'A draft already exists: send the revision you are replacing as If-Match (reload the draft to get it)',
        { etag: `"${outcome.revision}"` },
      );
    case 'problems':
      // Answered with its list by the publish route itself.
      throw new Error('publish problems must be answered by the route');
  }
}

/** Answer a draft with its revision as the ETag. */
export function sendDraft(reply: FastifyReply, draft: Draft): Draft {
  reply.header('etag', `"${draft.revision}"`).header('cache-control', 'no-store');
  return draft;
}

/** Save a whole draft (also the spreadsheet upload's last step). */
export async function saveDraft(
  deps: RouteDeps,
  request: FastifyRequest,
  content: DraftContent,
  note: string,
): Promise<Draft> {
  const basedOn = (await deps.catalogues.inForce()).version;
  return settled(await deps.store.saveDraft(content, note, revisionOf(request), basedOn, editorOf(request)));
}

const errors = {
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  412: errorBodySchema,
  428: errorBodySchema,
};

/** The admins' one draft: read, replace (If-Match), throw away, publish. */
export async function catalogueDraftRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const { store, guards } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = guards.requireRole('admin');
  api.get(
    DRAFT_URL,
    {
      onRequest: admin,
      schema: {
        summary: 'The catalogue draft (ETag: its revision); 404 when no one has started one',
        response: { 200: draftSchema, ...errors },
      },
    },
    async (_request, reply) => {
      const draft = await store.readDraft();
      if (!draft) {
        const inForce = await deps.catalogues.inForce();
        throw new HttpError(
          404,
          'no-draft',
          `There is no catalogue draft; start one from version ${inForce.version}, the one in force`,
        );
      }
      return sendDraft(reply, draft);
    },
  );
  api.put(
    DRAFT_URL,
    {
      onRequest: admin,
      bodyLimit: 1024 * 1024,
      schema: {
        summary:
          'Save the whole draft; replacing one needs If-Match with its revision (412 when someone saved in between)',
        body: draftInputSchema,
        response: { 200: draftSchema, 400: errorBodySchema, ...errors },
      },
    },
    async (request, reply) =>
      sendDraft(reply, await saveDraft(deps, request, request.body.catalogue, request.body.note)),
  );
  api.delete(
    DRAFT_URL,
    {
      onRequest: admin,
      schema: { summary: 'Throw the draft away (If-Match honoured when sent); 204, or 404/412' },
    },
    async (request, reply) => {
      settled(await store.discardDraft(revisionOf(request), editorOf(request)));
      return reply.code(204).send();
    },
  );
  api.post(
    `${DRAFT_URL}/publish`,
    {
      onRequest: admin,
      schema: {
        summary:
          'Publish the draft as the next version, in force at once; 422 with every problem, publishing nothing',
        response: { 201: versionInfoSchema, 422: publishRefusalSchema, ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await store.publishDraft(revisionOf(request), editorOf(request));
      if (outcome.status === 'problems') {
        const count = outcome.problems.length;
        return reply.code(422).send({
          error: 'draft-has-problems' as const,
          message: `The draft cannot be published: ${count} ${count === 1 ? 'problem' : 'problems'} to fix first`,
          problems: outcome.problems,
        });
      }
      return reply.code(201).send(settled(outcome));
    },
  );
}
