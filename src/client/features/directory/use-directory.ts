import { catalogueSchema } from '../../../domain/catalogue';
import { apiJson } from '../../session/api-client';
import { useLoaded } from '../../session/use-loaded';
import { loadDirectory } from './directory-api';

/** The directory together with the catalogue in force (for the referrals' labels). */
const loadWithCatalogue = () =>
  Promise.all([loadDirectory(), apiJson('/api/v1/catalogue', catalogueSchema)]).then(
    ([directory, catalogue]) => ({ directory, catalogue }),
  );

/** The directory and the catalogue, with a way to reload after an edit; the error as words. */
export function useDirectory() {
  const { data, error, reload } = useLoaded(loadWithCatalogue);
  return { ...data, error, reload };
}
