import type { Guards } from '../auth/guards';
import type { LoginThrottle } from '../auth/login-throttle';
import type { ScryptCost } from '../auth/password';
import type { SecretSealer } from '../auth/second-factor';
import type { Catalogues } from '../catalogues';
import type { Metrics } from '../http/metrics';
import type { Store } from '../store/store';

/** What every route module gets from buildApp. */
export interface RouteDeps {
  store: Store;
  /** The catalogue in force and the ones visits may still name (async: see `Catalogues`). */
  catalogues: Catalogues;
  guards: Guards;
  clock: () => Date;
  loginThrottle: LoginThrottle;
  /** The one-time setup code while no admin exists and none was bootstrapped; null otherwise. */
  setup: { code: string | null };
  /** scrypt cost of new password hashes; older hashes are redone at sign-in. */
  passwordCost: ScryptCost;
  /** Batches a device may send per minute. */
  batchesPerMinute: number;
  /** Admins must enrol a second factor (NEUVO_ADMIN_MFA). */
  isAdminSecondFactorRequired: boolean;
  /** Seals and opens second-factor secrets (NEUVO_TOTP_KEY). */
  secretSealer: SecretSealer;
  /** This instance's Prometheus counters. */
  metrics: Metrics;
}
