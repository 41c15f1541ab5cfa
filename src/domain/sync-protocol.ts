import { z } from 'zod/mini';
import { errorCodeList } from './error-codes';

// The wire protocol of visit sync, imported by the tablet's engine and the server alike.

/** At most this many visits go in one batch (the contract's limit). */
export const MAX_BATCH_VISITS = 500;

/** Bodies above this size are refused with 413 before parsing. */
export const MAX_BATCH_BYTES = 256 * 1024;

/** POST /api/v1/visits/batch: up to MAX_BATCH_VISITS visits, each checked on its own. */
export const batchRequestSchema = z.strictObject({
  visits: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_BATCH_VISITS)),
});

/** What happened to one visit of a batch. */
export const visitResultSchema = z.object({
  id: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  reason: z.optional(z.string()),
});
export type VisitResult = z.infer<typeof visitResultSchema>;

/** The batch's answer: one result per visit sent, in the same order. */
export const batchResponseSchema = z.object({ results: z.array(visitResultSchema) });
export type BatchResponse = z.infer<typeof batchResponseSchema>;

/** The error body of every non-2xx answer: a code to branch on (domain/error-codes.ts) and words for a person. */
export const errorBodySchema = z.object({ error: z.enum(errorCodeList), message: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** An error body as a client reads it: a newer server may send a code this build does not know yet. */
export const anyErrorBodySchema = z.object({ error: z.string(), message: z.string() });
