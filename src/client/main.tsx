import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { db } from './db/database';
import { applyLangFromUrl } from './ui/lang-store';

// On a slip, ?lang= is the slip's language, chosen per client: it must not change the staff's UI language.
if (!window.location.pathname.startsWith('/slip/')) applyLangFromUrl(window.location.search);

// Opening IndexedDB takes hundreds of milliseconds on a tablet's cold start and runs off the main
// thread. The first render waits for it (at most 400 ms): rendered first, the page's reads would
// queue behind that render before they could even start, and the desk's form come later. A failure
// shows where the data is read, as it would without this.
const opened = db.open().catch(() => undefined);
const isOpenOrLate = Promise.race([opened, new Promise((resolve) => setTimeout(resolve, 400))]);

void isOpenOrLate.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
