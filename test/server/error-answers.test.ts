import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './app-fixture';

describe('an unexpected failure inside a route', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer();
  });
  afterEach(() => server.close());

  it('answers a generic server error, without the thrown message or its stack', async () => {
    const secret = 'SQLITE_CORRUPT: database disk image is malformed in /srv/neuvo/data/neuvo.sqlite';
    server.store.listPoints = async () => {
      throw new Error(secret);
    };
    const response = await server.asAdmin('GET', '/api/v1/points');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: 'server-error',
      message: 'The server could not complete the request; try again later',
    });
    expect(response.body).not.toContain('SQLITE_CORRUPT');
    expect(response.body).not.toContain('/srv/neuvo');
    expect(response.body).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
