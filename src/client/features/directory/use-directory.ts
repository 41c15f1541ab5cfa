import { useCallback, useEffect, useState } from 'react';
import { catalogueSchema, type Catalogue } from '../../../domain/catalogue';
import type { Directory } from '../../../domain/directory';
import { apiJson } from '../../session/api-client';
import { loadDirectory } from './directory-api';
import { errorText } from './error-text';

interface Loaded {
  directory?: Directory;
  catalogue?: Catalogue;
  error: string | null;
}

/** The directory and the catalogue in force (for the referrals' labels), with a way to reload after an edit. */
export function useDirectory() {
  const [state, setState] = useState<Loaded>({ error: null });
  const reload = useCallback(
    () =>
      Promise.all([loadDirectory(), apiJson('/api/v1/catalogue', catalogueSchema)]).then(
        ([directory, catalogue]) => setState({ directory, catalogue, error: null }),
        (caught: unknown) => setState((previous) => ({ ...previous, error: errorText(caught) })),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}
