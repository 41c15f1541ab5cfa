import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

const buildArgs = (outDir?: string, config?: string) => [
  'vite',
  'build',
  '--logLevel',
  'warn',
  ...(config ? ['--config', config] : []),
  ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
];

/**
 * NODE_ENV is set because Vitest sets it to "test", which would make Vite bundle React's
 * development build.
 */
const buildEnv = () => ({ ...process.env, NODE_ENV: 'production' });

/** Build the PWA as it ships (into `outDir`, default dist), or another page from its own Vite `config`. */
export function buildPwa(outDir?: string, config?: string): void {
  execFileSync('npx', buildArgs(outDir, config), { cwd: root, stdio: 'inherit', env: buildEnv() });
}

/** Where a background build in `dir` puts the app, and how it ended. */
export const backgroundBuild = (dir: string) => ({
  app: join(dir, 'app'),
  statusFile: join(dir, 'status.json'),
});

/**
 * Start building the PWA in the background into a new folder of its own (see backgroundBuild), so
 * no one's dist changes under a running test; `waitForPwaBuild(dir)` waits for it from any process.
 * `stop()` ends a build still running and removes the folder.
 */
export function startPwaBuild(): { dir: string; stop: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'neuvo-build-'));
  const { app, statusFile } = backgroundBuild(dir);
  // Vite's own script, not npx: stop() then ends the build itself.
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, ...buildArgs(app).slice(1)], {
    cwd: root,
    env: buildEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let isStopped = false;
  const finish = (code: number | null) => {
    if (isStopped) return;
    // Written whole, then renamed: a waiting process never reads half of it.
    writeFileSync(`${statusFile}.part`, JSON.stringify({ code, output }));
    renameSync(`${statusFile}.part`, statusFile);
  };
  child.once('error', (error) => {
    output += String(error);
    finish(null);
  });
  child.once('close', finish);
  return {
    dir,
    stop: () => {
      isStopped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Wait until the build `startPwaBuild` started in `dir` is done; throws with its output if it failed. */
export async function waitForPwaBuild(dir: string): Promise<void> {
  const { statusFile } = backgroundBuild(dir);
  while (!existsSync(statusFile)) await new Promise((resolve) => setTimeout(resolve, 200));
  const { code, output } = JSON.parse(readFileSync(statusFile, 'utf8')) as {
    code: number | null;
    output: string;
  };
  if (code !== 0) throw new Error(`building the app for the browser tests failed (exit ${code}):\n${output}`);
}
