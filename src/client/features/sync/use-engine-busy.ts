import { useSyncExternalStore } from 'react';
import { getAppSync } from '../../sync/app-sync';

const noop = () => () => undefined;

/** Whether the app's engine is sending right now. */
export function useEngineBusy(): boolean {
  const engine = getAppSync();
  return useSyncExternalStore(engine ? engine.subscribe : noop, () => engine?.isSyncing() ?? false);
}
