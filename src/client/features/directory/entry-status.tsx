import { useLang } from '../../ui/lang-store';
import { fill } from '../../ui/fill';
import { formatTime } from '../../ui/format-time';
import { useMessages } from '../../ui/messages';
import { directoryMessages } from './messages';

/** "Demonstration" until an admin saved the entry, then when it was last saved. */
export function EntryStatus({
  isDemonstration,
  updatedAt,
}: {
  isDemonstration: boolean;
  updatedAt: string | null;
}) {
  const t = useMessages(directoryMessages);
  const lang = useLang();
  if (isDemonstration || !updatedAt) return <strong className="directory-demo">{t.demonstration}</strong>;
  return <span>{fill(t.edited, { time: formatTime(updatedAt, lang) })}</span>;
}
