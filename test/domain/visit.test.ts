import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../src/domain/catalogue';
import { visitSchema, visitSchemaFor } from '../../src/domain/visit';
import { makeVisit } from '../support/visit-factory';

const withCodes = visitSchemaFor(referenceCatalogue);

describe('the visit schema (contract wire form)', () => {
  it('accepts a visit as the contract describes it, optional fields included', () => {
    const visit = makeVisit({
      sector: 'both',
      topics: ['social.housing', 'health.symptoms', 'practical.digital-support'],
      referrals: ['external.kela', 'health.nurse-follow-up'],
      serviceLanguage: 'interpreter',
      faceToFaceReasons: ['hearing'],
      municipality: '106',
      channel: 'walk-in',
    });
    expect(withCodes.safeParse(visit).success).toBe(true);
  });

  it('checks reasons for coming in person against the catalogue, but not under one that lists none', () => {
    const visit = makeVisit({ faceToFaceReasons: ['hearing', 'bored'] });
    const result = withCodes.safeParse(visit);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      `Unknown reason for coming in person "bored" in catalogue ${referenceCatalogue.version}`,
    ]);
    const older = visitSchemaFor({
      ...referenceCatalogue,
      version: 'reference-2023.1',
      faceToFaceReasons: [],
    });
    expect(older.safeParse({ ...visit, catalogueVersion: 'reference-2023.1' }).success).toBe(true);
  });

  it('accepts a deletion (tombstone) with a higher rev', () => {
    expect(withCodes.safeParse(makeVisit({ rev: 2, deleted: true })).success).toBe(true);
  });

  it('refuses fields the contract does not have, such as a free-text note', () => {
    const result = visitSchema.safeParse({ ...makeVisit(), note: 'Matti Meikäläinen, 010101-123A' });
    expect(result.success).toBe(false);
  });

  it.each([
    ['a date that does not exist', { visitDate: '2023-02-30' }],
    ['a date in another format', { visitDate: '15.3.2023' }],
    ['a timestamp without offset', { recordedAt: '2023-03-15T10:30:00' }],
    ['rev zero', { rev: 0 }],
    ['a fractional rev', { rev: 1.5 }],
    ['an id that is not a UUID', { id: 'visit-1' }],
    ['an unknown sector', { sector: 'dental' }],
    ['a municipality that is not a code', { municipality: 'Hyvinkää' }],
    ['a topic listed twice', { topics: ['health.prescription', 'health.prescription'] }],
  ])('rejects %s', (_what, override) => {
    expect(visitSchema.safeParse({ ...makeVisit(), ...override }).success).toBe(false);
  });

  it.each([
    ['age group', { ageGroup: 'teenagers' }, 'Unknown age group "teenagers"'],
    ['topic', { topics: ['health.dental'] }, 'Unknown topic "health.dental"'],
    ['referral', { referrals: ['external.nasa'] }, 'Unknown referral "external.nasa"'],
  ])('rejects an unknown %s code with a reason that names it', (_what, override, reason) => {
    const result = withCodes.safeParse(makeVisit(override));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(reason);
  });
});
