import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const TEST_ADMIN = { username: 'admin', password: 'correct-horse-battery-staple' };

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** SIGKILL: the server dies mid-whatever, as on a power cut. */
  kill: () => Promise<void>;
  /** Graceful stop. */
  stop: () => Promise<void>;
  /** Remove the data dir (after stop or kill). */
  dispose: () => void;
  /** All the server printed so far (stdout and stderr). */
  output: () => string;
}

const root = resolve(import.meta.dirname, '../..');

/**
 * Start the real server (`src/server/main.ts`) as its own process on a free port, with a fresh
 * data dir (or the given one, to restart on the same database) and the test admin bootstrapped.
 * It runs on SQLite unless `env.DATABASE_URL` says otherwise: CI exports a DATABASE_URL for the
 * PostgreSQL suites, and a server that inherited it would write where the test does not look.
 */
export async function startServer(
  options: { dataDir?: string; env?: Record<string, string>; port?: number } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'neuvo-data-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      NEUVO_DATA_DIR: dataDir,
      NEUVO_BOOTSTRAP_ADMIN: `${TEST_ADMIN.username}:${TEST_ADMIN.password}`,
      DATABASE_URL: '',
      // No load balancer to wait for: stop() stops at once (a test that wants the delay sets it).
      SHUTDOWN_DELAY_MS: '0',
      LOG_LEVEL: 'warn',
      // The suites sign in as the admin with a password alone; the second factor has its own test.
      NEUVO_ADMIN_MFA: 'off',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    dataDir,
    process: child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    dispose: () => rmSync(dataDir, { recursive: true, force: true }),
    output: () => output,
  };
}
