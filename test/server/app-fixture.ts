import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Visit } from '../../src/domain/visit';
import { buildApp, type AppOptions } from '../../src/server/app';
import { openPostgresStore, dropPostgresSchema } from '../../src/server/store/postgres';
import { openSqliteStore } from '../../src/server/store/sqlite';
import type { Store } from '../../src/server/store/store';

export const ADMIN = { username: 'admin', password: 'correct-horse-battery-staple' };
export const SUPERVISOR = { username: 'sini', password: 'supervisor-password' };
export const databaseUrl = process.env.DATABASE_URL;
/** A cheap scrypt cost so the suites' hundreds of sign-ins stay quick; the real cost has its own test. */
export const TEST_SCRYPT_COST = { N: 2 ** 12, r: 8, p: 1 };

/** A fresh store: SQLite in a temp dir, or a fresh PostgreSQL schema; `dispose` removes it. */
export async function freshStore(
  kind: 'sqlite' | 'postgres',
  clock?: () => Date,
): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'neuvo-store-'));
    const store = await openSqliteStore({ dataDir, clock });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const store = await openPostgresStore({ databaseUrl, schema, clock });
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropPostgresSchema(databaseUrl, schema);
    },
  };
}

/** The backends a suite runs on: SQLite always, PostgreSQL when DATABASE_URL is set. */
export const backends = [
  { kind: 'sqlite' as const, skip: false, title: 'SQLite' },
  {
    kind: 'postgres' as const,
    skip: !databaseUrl,
    title: databaseUrl ? 'PostgreSQL' : 'PostgreSQL (skipped: DATABASE_URL is not set; .ci/run sets it)',
  },
];

/** An in-process server with an admin, and helpers to call it like a tablet or an admin would. */
export async function testServer(
  kind: 'sqlite' | 'postgres' = 'sqlite',
  options: Omit<AppOptions, 'store'> = {},
) {
  const { store, dispose } = await freshStore(kind, options.clock);
  const app: FastifyInstance = await buildApp({
    store,
    bootstrapAdmin: `${ADMIN.username}:${ADMIN.password}`,
    passwordCost: TEST_SCRYPT_COST,
    ...options,
  });
  const call = (opts: InjectOptions) => app.inject(opts);
  const login = async (credentials = ADMIN) => {
    const response = await call({ method: 'POST', url: '/api/v1/session', payload: credentials });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
    return (response.json() as { token: string }).token;
  };
  const adminToken = await login();
  const asAdmin = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    call({
      method,
      url,
      headers: { authorization: `Bearer ${adminToken}` },
      ...(payload !== undefined && { payload: payload as object }),
    });
  /** Create a point (if new) and enrol a tablet there; returns its token and id. */
  const enrolTablet = async (pointId = 'hyvinkaa', label = 'Desk 1') => {
    await asAdmin('POST', '/api/v1/points', { id: pointId, name: `Point ${pointId}` });
    const { code } = (await asAdmin('POST', `/api/v1/points/${pointId}/enrolments`, {})).json() as {
      code: string;
    };
    const enrolled = await call({ method: 'POST', url: '/api/v1/devices/enrol', payload: { code, label } });
    if (enrolled.statusCode !== 201) throw new Error(`enrol failed: ${enrolled.body}`);
    return enrolled.json() as { deviceId: string; token: string; pointId: string };
  };
  /** Create a supervisor of `points` and sign in; returns the session token. */
  const signInSupervisor = async (points: string[], who = SUPERVISOR) => {
    const created = await asAdmin('POST', '/api/v1/users', { ...who, role: 'supervisor', points });
    if (created.statusCode !== 201) throw new Error(`creating the supervisor failed: ${created.body}`);
    return login(who);
  };
  const sendBatch = (token: string, visits: unknown[]) =>
    call({
      method: 'POST',
      url: '/api/v1/visits/batch',
      headers: { authorization: `Bearer ${token}` },
      payload: { visits },
    });
  return {
    app,
    store,
    call,
    login,
    adminToken,
    asAdmin,
    enrolTablet,
    signInSupervisor,
    sendBatch,
    statuses: async (token: string, visits: Visit[]) =>
      ((await sendBatch(token, visits)).json() as { results: { status: string }[] }).results.map(
        (r) => r.status,
      ),
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof testServer>>;
