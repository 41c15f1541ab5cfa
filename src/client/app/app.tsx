import { Suspense } from 'react';
import { useLocation } from '../ui/navigation';
import { pageFor } from './routes';

/** The app shell: layout, navigation and the current page. */
export function App() {
  const url = useLocation();
  return (
    <main>
      <Suspense fallback={<p role="status">…</p>}>{pageFor(url)}</Suspense>
    </main>
  );
}
