/** The part of the Web Locks API the engine uses (navigator.locks fits it). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/**
 * navigator.locks when the browser has it (every current browser; Safari since 15.4); otherwise
 * a lock within this page only. Two old-browser tabs may then sync at once, which stays correct
 * (the server ignores a re-sent rev and the tablet marks a row sent only for the rev it sent).
 */
export function browserLocks(): LockManagerLike {
  if (typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks)
    return navigator.locks as LockManagerLike;
  return createMemoryLocks();
}

/** An in-memory lock manager: shared by several engines, it behaves like tabs sharing Web Locks. */
export function createMemoryLocks(): LockManagerLike {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}
