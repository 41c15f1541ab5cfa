import { catalogueSchema } from '../../../domain/catalogue';
import { apiJson } from '../../session/api-client';
import { useLoaded } from '../../session/use-loaded';
import { loadDirectory, loadMunicipalities } from './directory-api';

/** The directory with the catalogue in force (the referrals' labels) and the municipalities to pick from. */
const loadWithCatalogue = () =>
  Promise.all([loadDirectory(), apiJson('/api/v1/catalogue', catalogueSchema), loadMunicipalities()]).then(
    ([directory, catalogue, municipalities]) => ({ directory, catalogue, municipalities }),
  );

/** The directory, the catalogue and the municipalities, with a way to reload after an edit; or why it failed. */
export function useDirectory() {
  const { data, error, reload } = useLoaded(loadWithCatalogue);
  return { ...data, error, reload };
}
