import { describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { slipModel } from '../../../src/client/features/slip/slip-model';
import { directory } from './slip-fixture';

const visit = { pointId: 'hyvinkaa', visitDate: '2026-12-23' };

describe('what the slip prints', () => {
  it('counts the contact-by date in working days over Christmas', () => {
    const model = slipModel(
      { ...visit, referrals: ['health.doctor-follow-up'] },
      referenceCatalogue,
      directory,
      undefined,
      'fi',
    );
    expect(model.steps[0]).toMatchObject({ next: 'unit-contacts-client', contactBy: '2026-12-29' }); // 2 working days: Mon 28th, Tue 29th
  });

  it('needs no service details for a matter handled at the desk, so no demonstration notice for it', () => {
    const model = slipModel(
      { ...visit, referrals: ['resolved'] },
      referenceCatalogue,
      directory,
      undefined,
      'en',
    );
    expect(model.steps).toEqual([
      expect.objectContaining({ next: 'none', title: 'Resolved at the advice point' }),
    ]);
    expect(model.hasDemonstration).toBe(false);
  });

  it('tells the client how to reach a service the catalogue no longer lists, rather than claim it was handled', () => {
    const model = slipModel(
      { ...visit, referrals: ['external.retired-service'] },
      referenceCatalogue,
      directory,
      undefined,
      'en',
    );
    expect(model.steps[0]).toMatchObject({ next: 'client-contacts-unit', title: 'external.retired-service' });
    expect(model.hasDemonstration).toBe(true);
  });

  it('falls back to demonstration details, flagged, when the tablet has no directory yet', () => {
    const model = slipModel(
      { ...visit, referrals: ['external.kela'] },
      referenceCatalogue,
      undefined,
      'Hyvinkää',
      'sv',
    );
    expect(model.point).toMatchObject({ name: 'Hyvinkää', isDemonstration: true });
    expect(model.steps[0]).toMatchObject({ title: 'FPA', serviceName: '' });
    expect(model.hasDemonstration).toBe(true);
  });
});
