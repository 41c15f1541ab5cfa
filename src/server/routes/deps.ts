import type { Guards } from '../auth/guards';
import type { LoginThrottle } from '../auth/login-throttle';
import type { Store } from '../store/store';

/** What every route module gets from buildApp. */
export interface RouteDeps {
  store: Store;
  guards: Guards;
  clock: () => Date;
  loginThrottle: LoginThrottle;
  /** The one-time setup code while no admin exists and none was bootstrapped; null otherwise. */
  setup: { code: string | null };
  /** Batches a device may send per minute. */
  batchesPerMinute: number;
}
