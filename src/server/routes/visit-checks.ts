import { en } from 'zod/locales';
import { config, type z } from 'zod/mini';
import { addDays, helsinkiDate } from '../../domain/helsinki-date';
import { visitSchemaFor, type Visit } from '../../domain/visit';
import type { Catalogues } from '../catalogues';

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

const versionOf = (raw: unknown): string | undefined => {
  const version = (raw as { catalogueVersion?: unknown } | null)?.catalogueVersion;
  return typeof version === 'string' ? version : undefined;
};

const idOf = (raw: unknown): string => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

type VisitSchema = ReturnType<typeof visitSchemaFor>;

/** Checks batches against the catalogue each visit names; a version's schema is built once and kept. */
export function visitChecker(catalogues: Catalogues, clock: () => Date) {
  const schemas = new Map<string, VisitSchema>();
  const schemaFor = async (version: string): Promise<VisitSchema | undefined> => {
    const kept = schemas.get(version);
    if (kept) return kept;
    const catalogue = await catalogues.byVersion(version);
    if (!catalogue) return undefined;
    const schema = visitSchemaFor(catalogue);
    schemas.set(version, schema);
    return schema;
  };
  /** Check one raw visit from a device enrolled at `pointId`; reasons are for the person at the tablet. */
  const checkOne = (
    raw: unknown,
    pointId: string,
    latest: string,
    found: ReadonlyMap<string, VisitSchema | undefined>,
    inForce: string,
  ): VisitCheck => {
    const id = idOf(raw);
    const version = versionOf(raw);
    const schema = version === undefined ? undefined : found.get(version);
    if (!schema) {
      const reason =
        version !== undefined
          ? `Unknown catalogue version "${version}"; the catalogue in force is ${inForce}`
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
  return async (raws: readonly unknown[], pointId: string): Promise<VisitCheck[]> => {
    // A day of slack for tablets near midnight with a slightly fast clock.
    const latest = addDays(helsinkiDate(clock()), 1);
    const versions = new Set(raws.flatMap((raw) => versionOf(raw) ?? []));
    const found = new Map<string, VisitSchema | undefined>();
    for (const version of versions) found.set(version, await schemaFor(version));
    const inForce = [...found.values()].every(Boolean) ? '' : (await catalogues.inForce()).version;
    return raws.map((raw) => checkOne(raw, pointId, latest, found, inForce));
  };
}
