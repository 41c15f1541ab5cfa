import { describe, expect, it } from 'vitest';
import { catalogueSchema, labelFor, referenceCatalogue, topicsForSector } from '../../src/domain/catalogue';
import reference from '../../src/domain/reference-catalogue.json';

describe('the reference catalogue', () => {
  it('is the shipped file as the catalogue schema reads it (the app builds it without parsing)', () => {
    expect(referenceCatalogue).toEqual(catalogueSchema.parse(reference));
  });

  it('has unique codes in every list', () => {
    for (const list of ['ageGroups', 'sectors', 'topicGroups', 'topics', 'referrals'] as const) {
      const codes = referenceCatalogue[list].map((e) => e.code);
      expect(new Set(codes).size, list).toBe(codes.length);
    }
  });

  it('offers a social desk the social and practical topics, never the health ones', () => {
    const codes = topicsForSector(referenceCatalogue, 'social').map((t) => t.code);
    expect(codes).toContain('social.housing');
    expect(codes).toContain('practical.digital-support');
    expect(codes.some((c) => c.startsWith('health.'))).toBe(false);
  });

  it('offers every topic group for a matter that is both social and health', () => {
    const codes = topicsForSector(referenceCatalogue, 'both').map((t) => t.code);
    expect(codes).toHaveLength(referenceCatalogue.topics.length);
  });

  it('labels codes in each language and falls back to the code for one it no longer has', () => {
    expect(labelFor(referenceCatalogue.referrals, 'external.kela', 'sv')).toBe('FPA');
    expect(labelFor(referenceCatalogue.referrals, 'external.kela', 'fi')).toBe('Kela');
    expect(labelFor(referenceCatalogue.referrals, 'retired.code', 'en')).toBe('retired.code');
  });
});
