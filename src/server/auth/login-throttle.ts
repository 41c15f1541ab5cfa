import { errorCodes } from '../../domain/error-codes';
import { HttpError } from '../http/http-error';

/**
 * Counts failed logins per IP + username and refuses further attempts once the limit is reached
 * within the window, even with the right password, so guessing stays slow. Successful logins do
 * not count. In memory: a restart resets it, which only helps an attacker by one window.
 */
export function loginThrottle(options: { maxFailures: number; windowMs: number; clock: () => Date }) {
  const failures = new Map<string, { count: number; since: number }>();
  const keyOf = (ip: string, username: string) => `${ip}\u0000${username.toLowerCase()}`;
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && options.clock().getTime() - entry.since >= options.windowMs) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
    retryAfterSeconds(ip: string, username: string): number {
      const entry = current(keyOf(ip, username));
      if (!entry || entry.count < options.maxFailures) return 0;
      return Math.max(1, Math.ceil((entry.since + options.windowMs - options.clock().getTime()) / 1000));
    },
    recordFailure(ip: string, username: string): void {
      const key = keyOf(ip, username);
      const entry = current(key);
      if (entry) entry.count += 1;
      else failures.set(key, { count: 1, since: options.clock().getTime() });
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;

/** 429 with Retry-After while this address and username are throttled (passwords and second-factor codes alike). */
export function refuseWhileThrottled(throttle: LoginThrottle, ip: string, username: string): void {
  const wait = throttle.retryAfterSeconds(ip, username);
  if (wait > 0) {
    throw new HttpError(
      429,
      errorCodes.tooManyLoginFailures,
      `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minutes`,
      { 'retry-after': String(wait) },
    );
  }
}
