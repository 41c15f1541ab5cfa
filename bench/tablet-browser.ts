import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The tablet benches measure the production build as a tablet gets it, built into a private
 * directory (served with NEUVO_STATIC_DIR) so a rebuild of dist by something else cannot disturb them.
 */
export function buildApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'neuvo-bench-app-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

/** A percentile by the nearest-rank method (50 = median). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
