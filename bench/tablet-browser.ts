import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPwa } from '../test/support/build-pwa';
import { openProfile } from '../test/support/chromium';
import { startServer } from '../test/support/server-process';

/**
 * The production build served by the real server, and a fresh browser profile; `dispose` removes
 * all three. The build goes to a private directory (served with NEUVO_STATIC_DIR) so a rebuild of
 * dist by something else cannot disturb the measurement.
 */
export async function startTabletRig() {
  const app = mkdtempSync(join(tmpdir(), 'neuvo-bench-app-'));
  buildPwa(app);
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
