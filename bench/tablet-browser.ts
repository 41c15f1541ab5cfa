import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The tablet benches measure the built app as a tablet gets it: build dist once per bench. */
export const distDir = resolve(import.meta.dirname, '../dist');

export function buildApp(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: resolve(import.meta.dirname, '..'), stdio: 'inherit' });
}

/** Median and other percentiles by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
