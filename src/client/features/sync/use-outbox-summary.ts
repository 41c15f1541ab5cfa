import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { countPending, oldestPendingRecordedAt, rejectedVisits } from '../../db/outbox';

/** Anything waiting longer than this gets a warning (Safari clears storage after 7 idle days). */
const OLD_PENDING_MS = 24 * 3600_000;

/** What the status bar shows about the outbox, live (and re-checked each minute for the age warning). */
export function useOutboxSummary() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return useLiveQuery(async () => {
    const [pending, oldest, rejected] = await Promise.all([countPending(db), oldestPendingRecordedAt(db), rejectedVisits(db)]);
    const hasOldPending = oldest !== null && Date.now() - Date.parse(oldest) > OLD_PENDING_MS;
    return { pending, hasOldPending, rejected };
  }, [tick]);
}
