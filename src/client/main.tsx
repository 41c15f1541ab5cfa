import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyLangFromUrl } from './ui/lang-store';

// On a slip, ?lang= is the slip's language, chosen per client: it must not change the staff's UI language.
if (!window.location.pathname.startsWith('/slip/')) applyLangFromUrl(window.location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
