import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Build the PWA as it ships (into `outDir`, default dist), or another page from its own Vite
 * `config`. NODE_ENV is set because Vitest sets it to "test", which would make Vite bundle React's
 * development build.
 */
export function buildPwa(outDir?: string, config?: string): void {
  const args = [
    'vite',
    'build',
    '--logLevel',
    'warn',
    ...(config ? ['--config', config] : []),
    ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
  ];
  execFileSync('npx', args, {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
