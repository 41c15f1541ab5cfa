import { RequireRole } from '../../session/require-role';
import { CatalogueConsole } from './catalogue-console';

/** /admin/catalogue: the county's catalogue, its draft and its versions, for admins only. */
export function CataloguePage() {
  return (
    <RequireRole roles={['admin']}>
      <CatalogueConsole />
    </RequireRole>
  );
}
