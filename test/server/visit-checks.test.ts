import { describe, expect, it } from 'vitest';
import { referenceCatalogues } from '../../src/server/catalogues';
import { visitChecker } from '../../src/server/routes/visit-checks';
import { makeVisit } from '../support/visit-factory';

// The shared schemas are zod/mini, which carries no messages of its own: the reasons a tablet gets
// back must still say what is wrong with which field, in words staff can act on.
describe('the reasons a refused visit gets', () => {
  const check = visitChecker(referenceCatalogues(), () => new Date('2023-03-20T10:00:00Z'));

  it('names the field and what it must be, also for limits and types', async () => {
    const [result] = await check(
      [{ ...makeVisit(), rev: 0, deleted: 'no', topics: ['health.prescription', 'health.prescription'] }],
      'hyvinkaa',
    );
    expect(result).toMatchObject({ isValid: false });
    const reason = (result as { reason: string }).reason;
    expect(reason).toContain('rev: Too small: expected number to be >=1');
    expect(reason).toContain('topics: A code is listed twice');
    expect(reason).toContain('deleted: Invalid input: expected boolean, received string');
  });
});
