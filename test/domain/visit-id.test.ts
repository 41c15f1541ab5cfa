import { describe, expect, it } from 'vitest';
import { visitSchema } from '../../src/domain/visit';
import { newVisitId } from '../../src/domain/visit-id';
import { makeVisit } from '../support/visit-factory';

describe('a new visit id', () => {
  it('is a UUID the contract accepts, of version 7', () => {
    const id = newVisitId();
    expect(visitSchema.safeParse(makeVisit({ id })).success).toBe(true);
    expect(id[14]).toBe('7');
  });

  it('rises with every visit a tablet logs, also within one millisecond, so the server appends instead of scattering', () => {
    const ids = Array.from({ length: 2000 }, () => newVisitId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('still lets the server take a random (version 4) id from an older tablet', () => {
    expect(visitSchema.safeParse(makeVisit({ id: crypto.randomUUID() })).success).toBe(true);
  });
});
