import { z } from 'zod/mini';
import type { VisitRow } from '../../db/database';
import { sectorSchema, sectors, visitInputSchema, type Sector } from '../../../domain/visit';

/**
 * The desk form's schema: the domain's visit input, with a date that is not in the future and a
 * sector that may be left unchosen until Save (an empty choice fails there, not on load).
 */
export function deskFormSchema(today: string) {
  return z.extend(visitInputSchema, {
    visitDate: visitInputSchema.shape.visitDate.check(z.refine((date) => date <= today)),
    sector: z.pipe(z.union([z.literal(''), sectorSchema]), sectorSchema),
  });
}
export type DeskFormValues = z.input<ReturnType<typeof deskFormSchema>>;

/** A new visit's form: nothing about the previous client, only the staff member's own desk. */
export function blankValues(today: string, deskSector: Sector | null): DeskFormValues {
  return { visitDate: today, ageGroup: '', sector: deskSector ?? '', topics: [], referrals: [] };
}

/** The form loaded with a stored visit, for editing. */
export function valuesOf(row: VisitRow): DeskFormValues {
  return {
    visitDate: row.visitDate,
    ageGroup: row.ageGroup,
    sector: row.sector,
    topics: [...row.topics],
    referrals: [...row.referrals],
  };
}

const codes = z.catch(z.array(z.string()), []);

/** A stored draft read back leniently: a field that no longer fits is left blank rather than losing the rest. */
export function draftValues(raw: unknown, today: string): DeskFormValues {
  return z
    .catch(
      z.object({
        visitDate: z.catch(z.string(), today),
        ageGroup: z.catch(z.string(), ''),
        sector: z.catch(z.enum(['', ...sectors]), ''),
        topics: codes,
        referrals: codes,
      }),
      blankValues(today, null),
    )
    .parse(raw);
}
