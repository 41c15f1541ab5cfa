import { referenceCatalogue } from '../../../src/domain/catalogue';
import { demonstrationService, type Directory, type ServiceDetails } from '../../../src/domain/directory';
import { db } from '../../../src/client/db/database';
import { pendingRow } from '../../../src/client/db/pending-row';
import { makeVisit } from '../../support/visit-factory';

export const VISIT_ID = '3f2a9c1e-7b4d-4e8a-9c2f-1d5e6a7b8c9d';

/** A visit on the Thursday before Easter 2026 with a referral of each `next` kind, and topics that must never print. */
export const visit = makeVisit({
  id: VISIT_ID,
  visitDate: '2026-04-02',
  topics: ['social.income', 'health.prescription'],
  referrals: ['health.doctor-follow-up', 'external.kela', 'resolved'],
});

export const kela: ServiceDetails = {
  name: { fi: 'Kela', sv: 'FPA', en: 'Kela' },
  phone: '020 692 207',
  hours: { fi: 'ma–pe 9–16', sv: 'mån–fre 9–16', en: 'Mon–Fri 9–16' },
  address: 'Hämeenkatu 1, 05800 Hyvinkää',
  url: 'https://www.kela.fi',
  contactWithinDays: 1,
};

const edited = { isDemonstration: false, updatedAt: '2026-03-01T10:00:00.000Z' };

/** A directory as the tablet caches it: the doctor follow-up with a 2-working-day promise, Kela and the point edited. */
export const directory: Directory = {
  services: [
    {
      ...demonstrationService('health.doctor-follow-up'),
      name: { fi: 'Hyvinkään terveysasema', sv: 'Hyvinge hälsostation', en: 'Hyvinkää health centre' },
      phone: '019 456 7890',
      contactWithinDays: 2,
      ...edited,
    },
    { ...kela, code: 'external.kela', ...edited },
  ],
  points: [
    {
      pointId: 'hyvinkaa',
      name: 'Pohjoinen sote-keskus (Hyvinkää)',
      address: 'Sairaalankatu 1, 05850 Hyvinkää',
      hours: { fi: 'ma–pe 8–15', sv: 'mån–fre 8–15', en: 'Mon–Fri 8–15' },
      phone: '019 123 4567',
      feedbackUrl: 'https://palaute.example.fi/?piste=hyvinkaa',
      ...edited,
    },
  ],
};

/** Put the visit and the cached catalogue, point and directory into the tablet's database. */
export async function seedTablet(options: { directory?: Directory } = {}): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  const fetchedAt = '2026-04-02T08:00:00.000Z';
  await db.visits.put(pendingRow(visit));
  await db.cache.bulkPut([
    { key: 'catalogue', value: referenceCatalogue, fetchedAt },
    { key: 'point', value: { id: 'hyvinkaa', name: 'Pohjoinen sote-keskus (Hyvinkää)' }, fetchedAt },
    ...(options.directory ? [{ key: 'directory', value: options.directory, fetchedAt }] : []),
  ]);
}
