import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const latest = resolve(import.meta.dirname, 'results/latest.json');

/** Merge measured figures into bench/results/latest.json (`{ "metric": value }`). */
export function recordResults(figures: Record<string, number>): void {
  const current = existsSync(latest)
    ? (JSON.parse(readFileSync(latest, 'utf8')) as Record<string, number>)
    : {};
  writeFileSync(latest, `${JSON.stringify({ ...current, ...figures }, null, 2)}\n`);
  for (const [metric, value] of Object.entries(figures)) console.log(`${metric}: ${value}`);
}
