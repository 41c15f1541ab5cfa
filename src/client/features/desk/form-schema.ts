import { z } from 'zod/mini';
import type { Questions } from '../../../domain/catalogue';
import type { VisitRow } from '../../db/database';
import {
  channelSchema,
  sectorSchema,
  sectors,
  serviceLanguageSchema,
  visitInputSchema,
  type Sector,
  type VisitInput,
} from '../../../domain/visit';

/** The optional desk questions' fields on the form; each is also a field of the visit's wire form. */
export const answerFields = ['serviceLanguage', 'faceToFaceReasons', 'municipality', 'channel'] as const;
export type AnswerField = (typeof answerFields)[number];

// '' (or null, which a radio group left untouched may report) is "not answered".
const unanswered = z.union([z.literal(''), z.null()]);

/**
 * The desk form's schema: the domain's visit input, with a date that is not in the future, a
 * sector that may be left unchosen until Save (an empty choice fails there, not on load), and the
 * optional questions unanswered unless the catalogue makes one required.
 */
export function deskFormSchema(today: string, questions?: Questions) {
  // Every new form (after each Save) asks again; building the schema cost a tablet 4–12 ms (4× throttled).
  const key = `${today} ${JSON.stringify(questions ?? null)}`;
  if (lastSchema?.key !== key) lastSchema = { key, schema: buildDeskFormSchema(today, questions) };
  return lastSchema.schema;
}

let lastSchema: { key: string; schema: ReturnType<typeof buildDeskFormSchema> } | undefined;

function buildDeskFormSchema(today: string, questions?: Questions) {
  const base = z.pick(visitInputSchema, { ageGroup: true, topics: true, referrals: true });
  return z
    .extend(base, {
      visitDate: visitInputSchema.shape.visitDate.check(z.refine((date) => date <= today)),
      sector: z.pipe(z.union([z.literal(''), sectorSchema]), sectorSchema),
      serviceLanguage: z.union([unanswered, serviceLanguageSchema]),
      faceToFaceReasons: z.array(z.string()),
      municipality: z.union([unanswered, z.string().check(z.regex(/^\d{3}$/))]),
      channel: z.union([unanswered, channelSchema]),
    })
    .check(
      z.superRefine((values, ctx) => {
        for (const field of answerFields) {
          const answer = values[field];
          const isAnswered = Array.isArray(answer) ? answer.length > 0 : Boolean(answer);
          if (questions?.[field].enabled && questions[field].required && !isAnswered)
            ctx.addIssue({ code: 'custom', path: [field], message: 'required', input: answer });
        }
      }),
    );
}
export type DeskFormSchema = ReturnType<typeof buildDeskFormSchema>;
export type DeskFormValues = z.input<DeskFormSchema>;
export type DeskFormOutput = z.output<DeskFormSchema>;

/** The visit input of a checked form: unanswered optional questions are left out of the visit. */
export function inputOf(values: DeskFormOutput): VisitInput {
  const { serviceLanguage, faceToFaceReasons, municipality, channel, ...chosen } = values;
  return {
    ...chosen,
    ...(serviceLanguage && { serviceLanguage }),
    ...(faceToFaceReasons.length > 0 && { faceToFaceReasons }),
    ...(municipality && { municipality }),
    ...(channel && { channel }),
  };
}

/** A new visit's form: nothing about the previous client, only the staff member's own desk. */
export function blankValues(today: string, deskSector: Sector | null): DeskFormValues {
  return {
    visitDate: today,
    ageGroup: '',
    sector: deskSector ?? '',
    topics: [],
    referrals: [],
    serviceLanguage: '',
    faceToFaceReasons: [],
    municipality: '',
    channel: '',
  };
}

/** The form loaded with a stored visit, for editing. */
export function valuesOf(row: VisitRow): DeskFormValues {
  return {
    visitDate: row.visitDate,
    ageGroup: row.ageGroup,
    sector: row.sector,
    topics: [...row.topics],
    referrals: [...row.referrals],
    serviceLanguage: row.serviceLanguage ?? '',
    faceToFaceReasons: [...(row.faceToFaceReasons ?? [])],
    municipality: row.municipality ?? '',
    channel: row.channel ?? '',
  };
}

const codes = z.catch(z.array(z.string()), []);
const oneOf = <T extends z.core.$ZodType<string>>(schema: T) => z.catch(z.union([z.literal(''), schema]), '');

/**
 * A stored draft read back leniently: a field that no longer fits is left blank rather than losing
 * the rest. Codes are kept as they are even when the catalogue has moved on: the form shows them
 * as retired, and staff remove them.
 */
export function draftValues(raw: unknown, today: string): DeskFormValues {
  return z
    .object({
      visitDate: z.catch(z.string(), today),
      ageGroup: z.catch(z.string(), ''),
      sector: z.catch(z.enum(['', ...sectors]), ''),
      topics: codes,
      referrals: codes,
      serviceLanguage: oneOf(serviceLanguageSchema),
      faceToFaceReasons: codes,
      municipality: oneOf(z.string().check(z.regex(/^\d{3}$/))),
      channel: oneOf(channelSchema),
    })
    .parse(typeof raw === 'object' && raw !== null ? raw : {});
}
