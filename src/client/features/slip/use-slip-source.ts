import { useLiveQuery } from 'dexie-react-hooks';
import type { Catalogue } from '../../../domain/catalogue';
import { directorySchema, type Directory } from '../../../domain/directory';
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
    db.cache.get('directory'),
    db.cache.get('point'),
    getSetting('slipFormat'),
  ]);
  const parsedDirectory = directorySchema.safeParse(directory?.value);
  const name = (point?.value as { name?: unknown } | undefined)?.name;
  return {
    visit: visit && !visit.deleted ? visit : null,
    catalogue,
    directory: parsedDirectory.success ? parsedDirectory.data : undefined,
    pointName: typeof name === 'string' ? name : undefined,
    format,
  };
}

/** The slip's source as live state; undefined while loading. */
export function useSlipSource(visitId: string): SlipSource | undefined {
  return useLiveQuery(() => readSlipSource(visitId), [visitId]);
}
