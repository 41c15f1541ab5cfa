import { useLiveQuery } from 'dexie-react-hooks';
import type { Catalogue } from '../../../domain/catalogue';
import type { Directory } from '../../../domain/directory';
import { readCache } from '../../db/cache';
import { getCatalogue } from '../../db/catalogue';
import { db, type VisitRow } from '../../db/database';
import { getSetting, type SettingValue } from '../../db/settings';

/** What a slip is printed from, all read from the tablet's own database so it works offline. */
export interface SlipSource {
  visit: VisitRow | null;
  catalogue: Catalogue;
  directory: Directory | undefined;
  pointName: string | undefined;
  format: SettingValue<'slipFormat'>;
}

/** Read the visit and the cached catalogue, directory and point; cached copies that no longer fit are ignored. */
async function readSlipSource(visitId: string): Promise<SlipSource> {
  const [visit, catalogue, directory, point, format] = await Promise.all([
    db.visits.get(visitId),
    getCatalogue(),
    readCache('directory'),
    readCache('point'),
    getSetting('slipFormat'),
  ]);
  return {
    visit: visit && !visit.deleted ? visit : null,
    catalogue,
    directory: directory?.value,
    pointName: point?.value.name,
    format,
  };
}

/** The slip's source as live state; undefined while loading. */
export function useSlipSource(visitId: string): SlipSource | undefined {
  return useLiveQuery(() => readSlipSource(visitId), [visitId]);
}
