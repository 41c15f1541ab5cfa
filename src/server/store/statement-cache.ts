import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { Database } from './schema';

/** Largest chunk of rows per statement: 256 visits × 16 columns stays far below SQLite's 32766 parameters. */
const MAX_CHUNK = 256;

/**
 * Split rows into chunks whose sizes are powers of two (256, 128, …, 1), so a statement over
 * N rows is one of at most nine shapes and its compiled SQL text can be reused.
 */
export function powerOfTwoChunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  let start = 0;
  for (let size = MAX_CHUNK; size >= 1; size /= 2) {
    while (items.length - start >= size) {
      out.push(items.slice(start, start + size));
      start += size;
    }
  }
  return out;
}

const sameParameters = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Compiles a query once per shape and reuses its SQL text with new parameters. Building and
 * compiling a 256-row insert with Kysely costs milliseconds, several times the insert itself.
 * The first compilation checks that the caller lists parameters in Kysely's order, so a reused
 * text can never receive them shuffled.
 */
export function statementCache() {
  const texts = new Map<string, string>();
  return {
    async execute<R>(
      executor: Kysely<Database>,
      key: string,
      parameters: readonly unknown[],
      build: () => Compilable<R>,
    ): Promise<QueryResult<R>> {
      let text = texts.get(key);
      if (text === undefined) {
        const compiled = build().compile();
        if (!sameParameters(compiled.parameters, parameters)) {
          throw new Error(`Statement "${key}": parameters are not in the order Kysely compiles them`);
        }
        text = compiled.sql;
        texts.set(key, text);
      }
      return executor.executeQuery<R>(CompiledQuery.raw(text, [...parameters]));
    },
  };
}
