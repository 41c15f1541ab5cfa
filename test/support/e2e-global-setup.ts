import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPwaBuild } from './build-pwa';
import { chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's build of the app (see backgroundBuild). */
    pwaBuild: string;
  }
}

/**
 * Browser tests run against the built app, built once per test run into a folder of its own
 * (builtApp()). The build runs while the node and client files do (the browser files come after
 * them); each browser file waits for it in e2e-setup.ts.
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
    );
  }
  const build = startPwaBuild();
  project.provide('pwaBuild', build.dir);
  return build.stop;
}
