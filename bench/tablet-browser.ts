import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openProfile } from '../test/support/chromium';
import { startServer } from '../test/support/server-process';

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

/** The built app served by the real server, and a fresh browser profile; `dispose` removes all three. */
export async function startTabletRig() {
  const app = buildApp();
  const server = await startServer({ env: { NEUVO_STATIC_DIR: app } });
  const profile = await openProfile();
  return {
    app,
    server,
    profile,
    async dispose(): Promise<void> {
      await server.stop();
      server.dispose();
      profile.dispose();
      rmSync(app, { recursive: true, force: true });
    },
  };
}

/** A percentile by the nearest-rank method (50 = median). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
