/** A tablet keeps the app open all day and the browser checks for a new version only on navigation. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Ask the server for a new service worker every hour while online (the prompt then shows). */
export function checkForUpdatesHourly(registration: ServiceWorkerRegistration | undefined): void {
  if (!registration) return;
  setInterval(() => {
    // A failed check (offline, server down) is harmless: the next one tries again.
    if (navigator.onLine) registration.update().catch(() => undefined);
  }, CHECK_EVERY_MS);
}
