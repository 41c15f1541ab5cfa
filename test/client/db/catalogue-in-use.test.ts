import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCatalogueInUse } from '../../../src/client/db/catalogue';
import { NeuvoDb } from '../../../src/client/db/database';
import { referenceCatalogue, type Catalogue } from '../../../src/domain/catalogue';

let db: NeuvoDb;
beforeEach(() => {
  db = new NeuvoDb(`catalogue-in-use-${Math.random()}`);
});
afterEach(() => db.delete());

const keep = (value: unknown, fetchedAt: string) => db.cache.put({ key: 'catalogue', value, fetchedAt });

describe('The catalogue in use, as every sync rewrites its copy', () => {
  it('is the very same catalogue after a sync that fetched it unchanged, with the new fetch time', async () => {
    const county = { ...structuredClone(referenceCatalogue), version: 'county-1' };
    await keep(county, '2026-04-02T08:00:00.000Z');
    const first = await getCatalogueInUse(db);
    await keep(structuredClone(county), '2026-04-02T09:00:00.000Z');
    const second = await getCatalogueInUse(db);
    // The same object: the desk's chips, memoised on it, are not redrawn.
    expect(second.catalogue).toBe(first.catalogue);
    expect(second.fetchedAt).toBe('2026-04-02T09:00:00.000Z');
  });

  it('follows a changed catalogue, even under the same version name', async () => {
    const county: Catalogue = { ...structuredClone(referenceCatalogue), version: 'county-1' };
    await keep(county, '2026-04-02T08:00:00.000Z');
    await getCatalogueInUse(db);
    const relabelled = structuredClone(county);
    relabelled.topics[0] = { ...relabelled.topics[0]!, en: 'Housing and home' };
    await keep(relabelled, '2026-04-02T09:00:00.000Z');
    expect((await getCatalogueInUse(db)).catalogue.topics[0]!.en).toBe('Housing and home');
  });

  it('falls back to the reference catalogue when the copy stops fitting, after a good one was read', async () => {
    await keep({ ...structuredClone(referenceCatalogue), version: 'county-1' }, '2026-04-02T08:00:00.000Z');
    await getCatalogueInUse(db);
    await keep({ version: 'county-1' }, '2026-04-02T09:00:00.000Z');
    expect(await getCatalogueInUse(db)).toEqual({ catalogue: referenceCatalogue, fetchedAt: null });
  });
});
