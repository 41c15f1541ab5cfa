import { z } from 'zod';
import type { VisitRow } from '../../db/database';
import { sectorSchema, sectors, visitInputSchema, type Sector } from '../../../domain/visit';

/**
 * The desk form's schema: the domain's visit input, with a date that is not in the future and a
 * sector that may be left unchosen until Save (an empty choice fails there, not on load).
 */
export function deskFormSchema(today: string) {
  return visitInputSchema.extend({
    visitDate: visitInputSchema.shape.visitDate.refine((date) => date <= today),
    sector: z.union([z.literal(''), sectorSchema]).pipe(sectorSchema),
  });
}
export type DeskFormValues = z.input<ReturnType<typeof deskFormSchema>>;

/** A new visit's form: nothing about the previous client, only the staff member's own desk. */
export function blankValues(today: string, deskSector: Sector | null): DeskFormValues {
  return { visitDate: today, ageGroup: '', sector: deskSector ?? '', topics: [], referrals: [] };
}

/** The form loaded with a stored visit, for editing. */
export function valuesOf(row: VisitRow): DeskFormValues {
  return { visitDate: row.visitDate, ageGroup: row.ageGroup, sector: row.sector, topics: [...row.topics], referrals: [...row.referrals] };
}

const codes = z.array(z.string()).catch([]);

/** A stored draft read back leniently: a field that no longer fits is left blank rather than losing the rest. */
export function draftValues(raw: unknown, today: string): DeskFormValues {
  return z
    .object({
      visitDate: z.string().catch(today),
      ageGroup: z.string().catch(''),
      sector: z.enum(['', ...sectors]).catch(''),
      topics: codes,
      referrals: codes,
    })
    .catch(blankValues(today, null))
    .parse(raw);
}
