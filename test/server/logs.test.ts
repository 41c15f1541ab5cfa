import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { makeVisit } from '../support/visit-factory';
import { ADMIN, testServer, type TestServer } from './app-fixture';

/** Collects the server's JSON log lines. */
function logLines() {
  const lines: Record<string, unknown>[] = [];
  const text: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        text.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { stream, lines, text };
}

describe('structured logs', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('logs each request once with its id, route, status, duration and who sent it, and never a password, token or code', async () => {
    const log = logLines();
    server = await testServer('sqlite', { log: { level: 'info', stream: log.stream } });
    const { token, deviceId } = await server.enrolTablet();
    const visit = makeVisit();
    const synced = await server.sendBatch(token, [visit]);
    const bad = await server.call({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: 'admin', password: 'a-wrong-password-123' },
    });
    expect(bad.statusCode).toBe(401);

    const batchLine = log.lines.find((l) => l.route === '/api/v1/visits/batch');
    expect(batchLine).toMatchObject({
      requestId: synced.headers['x-request-id'],
      method: 'POST',
      status: 200,
      deviceId,
      msg: 'request',
    });
    expect(typeof batchLine?.durationMs).toBe('number');
    const adminLine = log.lines.find((l) => l.route === '/api/v1/points/:id/enrolments');
    expect(adminLine).toMatchObject({ status: 201, accountId: expect.any(String) });
    expect(log.lines.find((l) => l.route === '/api/v1/session' && l.status === 401)).toBeDefined();

    const all = log.text.join('\n');
    for (const secret of [ADMIN.password, 'a-wrong-password-123', token, server.adminToken, visit.id]) {
      expect(all).not.toContain(secret);
    }
    const enrolmentCodes = log.lines.filter((l) => 'code' in l || JSON.stringify(l).includes('"code"'));
    expect(enrolmentCodes).toEqual([]);
  });

  it('logs an error answered with 500 with its stack, and tells the client nothing of it', async () => {
    const log = logLines();
    server = await testServer('sqlite', { log: { level: 'info', stream: log.stream } });
    server.store.listDevices = () => Promise.reject(new Error('the disk is on fire'));
    const response = await server.asAdmin('GET', '/api/v1/devices');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('fire');
    const errorLine = log.lines.find((l) => l.level === 50) as { err?: { stack?: string } } | undefined;
    expect(errorLine?.err?.stack).toContain('the disk is on fire');
    expect(errorLine?.err?.stack).toContain('at ');
  });
});
