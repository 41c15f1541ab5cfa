import { en } from 'zod/locales';
import { config, type z } from 'zod/mini';
import type { Catalogue } from '../../domain/catalogue';
import { addDays, helsinkiDate } from '../../domain/helsinki-date';
import { visitSchemaFor, type Visit } from '../../domain/visit';

// The shared schemas are zod/mini, which has no messages of its own; reasons go back to staff in English.
config(en());

/** A visit that passed every check, or why it did not. */
export type VisitCheck = { isValid: true; visit: Visit } | { isValid: false; id: string; reason: string };

function issuesText(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

const idOf = (raw: unknown): string => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/** Schemas per catalogue version, built once. */
export function visitChecker(catalogues: ReadonlyMap<string, Catalogue>, clock: () => Date) {
  const schemas = new Map(
    [...catalogues].map(([version, catalogue]) => [version, visitSchemaFor(catalogue)]),
  );
  const known = [...catalogues.keys()].join(', ');
  /** Check one raw visit from a device enrolled at `pointId`; reasons are for the person at the tablet. */
  const checkOne = (raw: unknown, pointId: string, latest: string): VisitCheck => {
    const id = idOf(raw);
    const version = (raw as { catalogueVersion?: unknown } | null)?.catalogueVersion;
    const schema = typeof version === 'string' ? schemas.get(version) : undefined;
    if (!schema) {
      const reason =
        typeof version === 'string'
          ? `Unknown catalogue version "${version}"; this server knows ${known}`
          : 'The visit has no catalogueVersion';
      return { isValid: false, id, reason };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { isValid: false, id, reason: issuesText(parsed.error) };
    const visit = parsed.data;
    if (visit.pointId !== pointId) {
      return {
        isValid: false,
        id,
        reason: `This tablet is enrolled at point ${pointId}; the visit belongs to point ${visit.pointId}`,
      };
    }
    if (visit.visitDate > latest) {
      return {
        isValid: false,
        id,
        reason: `The visit date ${visit.visitDate} is in the future; check the tablet's date and time`,
      };
    }
    return { isValid: true, visit };
  };
  /** Check a batch's raw visits, in order. */
  return (raws: readonly unknown[], pointId: string): VisitCheck[] => {
    // A day of slack for tablets near midnight with a slightly fast clock.
    const latest = addDays(helsinkiDate(clock()), 1);
    return raws.map((raw) => checkOne(raw, pointId, latest));
  };
}
