import { inject } from 'vitest';
import { backgroundBuild } from './build-pwa';

/** The app as built for this test run (e2e-global-setup.ts), ready once e2e-setup.ts has waited. */
export const builtApp = (): string => backgroundBuild(inject('pwaBuild')).app;
