import { beforeAll, inject } from 'vitest';
import { waitForPwaBuild } from './build-pwa';

// The app is built in the background from e2e-global-setup.ts; no browser test starts before it is.
beforeAll(() => waitForPwaBuild(inject('pwaBuild')));
