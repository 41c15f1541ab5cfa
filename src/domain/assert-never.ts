/** The end of every switch over a union: the compiler proves it unreachable, and it throws if data proves otherwise. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
