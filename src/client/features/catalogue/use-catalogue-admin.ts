import { useLoaded } from '../../session/use-loaded';
import { loadDraft, loadHistory, loadInForce } from './catalogue-api';

const loadAll = () =>
  Promise.all([loadHistory(), loadInForce(), loadDraft()]).then(([history, inForce, draft]) => ({
    history,
    inForce,
    draft,
  }));

/** The history, the version in force and the draft (null when none), with a way to reload them. */
export function useCatalogueAdmin() {
  const { data, error, reload } = useLoaded(loadAll);
  return { ...data, error, reload };
}
