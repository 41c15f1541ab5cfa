import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { db, type VisitRow } from '../../db/database';
import { countPending, oldestPendingRecordedAt, rejectedVisits } from '../../db/outbox';

/** Anything waiting longer than this gets a warning (Safari clears storage after 7 idle days). */
const OLD_PENDING_MS = 24 * 3600_000;
/** The age warning and the rejected list scan many rows: at most this often, so a drain stays fast. */
const DETAILS_THROTTLE_MS = 2_000;

interface Details {
  hasOldPending: boolean;
  rejected: VisitRow[];
}

/**
 * What the status bar shows about the outbox: the pending count live; the age warning and the
 * rejected visits re-read when the count changes (throttled) and each minute.
 */
export function useOutboxSummary(): ({ pending: number } & Details) | undefined {
  const pending = useLiveQuery(() => countPending(db));
  const [details, setDetails] = useState<Details | undefined>(undefined);
  const [tick, setTick] = useState(0);
  const lastRunAt = useRef(0);
  const isMounted = useRef(true);

  useEffect(() => {
    isMounted.current = true;
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => {
      isMounted.current = false;
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    // A read already started is kept (its answer is fresh); only a wake-up not yet due is replaced.
    const timer = setTimeout(
      () => {
        lastRunAt.current = Date.now();
        void loadDetails().then((loaded) => {
          if (isMounted.current) setDetails(loaded);
        });
      },
      Math.max(0, lastRunAt.current + DETAILS_THROTTLE_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [pending, tick]);

  return pending === undefined || !details ? undefined : { pending, ...details };
}

async function loadDetails(): Promise<Details> {
  // Both scans in one read transaction: one consistent snapshot, one transaction to open rather than two.
  const [oldest, rejected] = await db.transaction('r', db.visits, () =>
    Promise.all([oldestPendingRecordedAt(db), rejectedVisits(db)]),
  );
  return { hasOldPending: oldest !== null && Date.now() - Date.parse(oldest) > OLD_PENDING_MS, rejected };
}
