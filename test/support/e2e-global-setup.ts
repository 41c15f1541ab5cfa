import { existsSync } from 'node:fs';
import { buildPwa } from './build-pwa';
import { chromiumPath } from './chromium';

/** Browser tests run against the built app, built once per test run. */
export default function setup(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
    );
  }
  buildPwa();
}
