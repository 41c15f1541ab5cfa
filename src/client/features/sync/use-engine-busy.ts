import { useSyncExternalStore } from 'react';
import { isAppSyncing, subscribeAppSync } from '../../sync/app-sync';

/** Whether the app's engine is sending right now (also when it starts after the first render). */
export function useEngineBusy(): boolean {
  return useSyncExternalStore(subscribeAppSync, isAppSyncing);
}
