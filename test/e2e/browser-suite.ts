import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { builtApp } from '../support/built-app';
import { openProfile, type Profile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import { deployedCopy } from './desk-browser';

/**
 * A real server and a fresh browser profile for one describe block, ready in its tests and
 * removed after them. The server serves this run's build of the app (builtApp), or with `deployed`
 * a private copy of it (see deployedCopy).
 */
export function browserSuite(options: { deployed?: boolean } = {}): {
  server: RunningServer;
  profile: Profile;
} {
  const suite = {} as { server: RunningServer; profile: Profile };
  let app: string | undefined;
  beforeAll(async () => {
    if (options.deployed) app = deployedCopy(builtApp());
    suite.server = await startServer({ env: { NEUVO_STATIC_DIR: app ?? builtApp() } });
    suite.profile = await openProfile();
  });
  afterAll(async () => {
    await suite.server?.stop();
    suite.server?.dispose();
    suite.profile?.dispose();
    if (app) rmSync(app, { recursive: true, force: true });
  });
  return suite;
}
