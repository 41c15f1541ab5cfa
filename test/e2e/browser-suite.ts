import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openProfile, type Profile } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server-process';
import { deployedCopy } from './desk-browser';

/**
 * A real server and a fresh browser profile for one describe block, ready in its tests and
 * removed after them. `deployed`: the server serves a private copy of dist (see deployedCopy).
 */
export function browserSuite(options: { deployed?: boolean } = {}): {
  server: RunningServer;
  profile: Profile;
} {
  const suite = {} as { server: RunningServer; profile: Profile };
  let app: string | undefined;
  beforeAll(async () => {
    if (options.deployed) app = deployedCopy();
    suite.server = await startServer(app ? { env: { NEUVO_STATIC_DIR: app } } : {});
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
