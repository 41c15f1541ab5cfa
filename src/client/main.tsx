import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { db } from './db/database';
import { applyLangFromUrl } from './ui/lang-store';

// On a slip, ?lang= is the slip's language, chosen per client: it must not change the staff's UI language.
if (!window.location.pathname.startsWith('/slip/')) applyLangFromUrl(window.location.search);

// Opening IndexedDB takes hundreds of milliseconds on a tablet's cold start; it runs off the main
// thread while React renders the first time, so the desk's first reads need not wait for it. A
// failure shows where the data is read, as it would without this.
db.open().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
