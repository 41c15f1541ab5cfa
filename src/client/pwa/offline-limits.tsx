import { useMessages } from '../ui/messages';
import { readBrowserSupport, type BrowserSupport } from './browser-support';
import { limitsMessages } from './limits-messages';

/** A notice for each thing this browser cannot do offline; nothing on a browser that has them all. */
export function OfflineLimits({ support = readBrowserSupport() }: { support?: BrowserSupport }) {
  const t = useMessages(limitsMessages);
  const notices = [
    !support.hasServiceWorker && t.noServiceWorker,
    !support.hasWebLocks && t.noWebLocks,
  ].filter((notice) => notice !== false);
  if (notices.length === 0) return null;
  return (
    <ul className="sync-warning offline-limits">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
