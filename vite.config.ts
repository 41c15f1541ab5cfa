import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { designTokens } from './tools/design-tokens.ts';
import { version } from './package.json' with { type: 'json' };

// Node and client test files wait on databases, child servers and timers much of the time: two
// workers keep a 2-core machine busy where Vitest's default (cores - 1) would leave one core idle.
const workers = Math.max(2, availableParallelism() - 1);

/**
 * Client test files that run the real server in-process (they import its test fixture). Fastify's
 * CommonJS dependencies require() ES modules, which Vitest's VM pools cannot load: these files run
 * in plain forks, one process each.
 */
const serverBackedClientTests = readdirSync(fileURLToPath(new URL('test/client', import.meta.url)), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => `test/client/${file}`)
  .filter((file) =>
    /real-server|page-server|app-fixture/.test(readFileSync(new URL(file, import.meta.url), 'utf8')),
  );

// The desk app is precached whole so a tablet cold-starts with no network; supervisor and admin
// pages are separate chunks (lazy imports) so they never weigh on the desk's first load.
export default defineConfig({
  // The app's version, reported by each tablet with its sync (admins see old versions).
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    react(),
    designTokens(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precaches the icons; this would list them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Neuvo',
        short_name: 'Neuvo',
        description: 'Lähineuvonnan käyntikirjaus',
        lang: 'fi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#00594f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every JS/CSS chunk, the shell and the icons; the plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // chart.js is only for the supervisors' reports (used online): tablets never download it.
        globIgnores: ['**/assets/bar-chart-*.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { outDir: 'dist', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/domain/**/*.test.ts', 'test/server/**/*.test.ts'],
          environment: 'node',
          maxWorkers: workers,
          // One module graph per worker: fastify, kysely and pg load once, not once per file (the
          // server keeps no state in its modules; each test builds its own app and store).
          isolate: false,
          // A guard against hangs, not a speed check: scrypt and real databases on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['test/client/**/*.test.{ts,tsx}'],
          exclude: serverBackedClientTests,
          environment: 'jsdom',
          setupFiles: ['test/support/client-setup.ts'],
          maxWorkers: workers,
          // Each file in a fresh VM context of a worker that stays: jsdom, React and the testing
          // libraries load once per worker, not once per file.
          pool: 'vmForks',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client-server',
          include: serverBackedClientTests,
          environment: 'jsdom',
          setupFiles: ['test/support/client-setup.ts'],
          maxWorkers: workers,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/e2e-global-setup.ts'],
          setupFiles: ['test/support/e2e-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // One browser test file at a time, all in one worker (playwright and selenium load once),
          // after the node and client files: a second browser and server at once on 2 cores invites flakes.
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
