import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { db } from './db/database';
import { applyLangFromUrl } from './ui/lang-store';

// On a slip, ?lang= is the slip's language, chosen per client: it must not change the staff's UI language.
if (!window.location.pathname.startsWith('/slip/')) applyLangFromUrl(window.location.search);

// Opening IndexedDB takes hundreds of milliseconds on a tablet's cold start and runs off the main
// thread. The first render waits for it and for the page's first reads (the desk's draft, catalogue
// and point), at most 600 ms: rendered first, the reads would queue behind that render before they
// could even start, and the desk would draw itself twice. A failure shows where the data is read.
const isReadOrLate = Promise.race([
  db
    .open()
    .then(() => preloadPage(new URL(window.location.href)))
    .catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, 600)),
]);

void isReadOrLate.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
