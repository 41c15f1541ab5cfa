import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { guards } from './auth/guards';
import { loginThrottle } from './auth/login-throttle';
import { OWASP_SCRYPT_COST, type ScryptCost } from './auth/password';
import { secretSealer } from './auth/second-factor';
import { auditRetention } from './audit-retention';
import { bootstrapAdmin } from './bootstrap';
import { storedCatalogues } from './catalogues';
import { recordDeviceHealth } from './http/device-health';
import { installErrorHandler } from './http/error-handler';
import { countRequests, createMetrics, metricsRoute, routeGroupOf, type Metrics } from './http/metrics';
import { logRequests, loggerOptions, type LogOptions } from './http/request-log';
import { installShutdownGate, type ShutdownState } from './http/shutdown';
import { openApiRoute, registerOpenApi } from './http/openapi';
import { limitByAddress } from './http/address-limits';
import { refusalAudit } from './http/refusal-audit';
import { requireSameOriginForCookies } from './http/same-origin';
import { registerSecurityHeaders, trustProxyOf } from './http/security';
import { auditRoutes } from './routes/audit';
import { catalogueRoutes } from './routes/catalogue';
import { catalogueDraftRoutes } from './routes/catalogue-draft';
import { catalogueXlsxRoutes } from './routes/catalogue-xlsx';
import type { RouteDeps } from './routes/deps';
import { deviceRoutes } from './routes/devices';
import { directoryRoutes } from './routes/directory';
import { pointDirectoryRoutes } from './routes/point-directory';
import { healthRoutes } from './routes/health';
import { pointRoutes } from './routes/points';
import { secondFactorRoutes } from './routes/second-factor';
import { sessionRoutes } from './routes/session';
import { setupRoutes } from './routes/setup';
import { tallyRoutes } from './routes/tallies';
import { userAccessRoutes } from './routes/user-access';
import { userRoutes } from './routes/users';
import { BATCH_URL, visitRoutes } from './routes/visits';
import { openConfiguredStore } from './store/open-from-config';
import type { Store } from './store/store';
import { errorCodes } from '../domain/error-codes';

export interface AppOptions {
  /** A store to use (tests); the app then leaves closing it to the caller. */
  store?: Store;
  /** PostgreSQL URL; when unset (and no store given) the SQLite file in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the SQLite file; default ./data. */
  dataDir?: string;
  /** The built PWA to serve; omitted in API-only tests. */
  staticDir?: string;
  clock?: () => Date;
  /** `user:password`: create that admin on first start if no admin exists. */
  bootstrapAdmin?: string;
  /** JSON logs (pino); off when omitted (tests), on in `main.ts`. */
  log?: LogOptions;
  /** Serve GET /metrics on the app's port to callers with this bearer token; 404 there without one. */
  metricsToken?: string;
  /** Batches per device per minute (default 120). */
  batchesPerMinute?: number;
  /**
   * Requests per client address and minute before any token or code is checked (defaults: 600
   * batches, 10 enrolments or setup tries, 30 sign-ins): generous for a county's tablets behind one NAT.
   */
  addressLimits?: { batchesPerMinute?: number; enrolmentsPerMinute?: number; signInsPerMinute?: number };
  /** TRUST_PROXY: unset, forwarded headers are ignored; else Fastify's trustProxy (see http/security.ts). */
  trustProxy?: string;
  /** scrypt cost of new password hashes (default OWASP's); tests pass a cheaper one to stay fast. */
  passwordCost?: ScryptCost;
  /** Audit lines older than this many months are deleted, at start and daily (default 24). */
  auditRetentionMonths?: number;
  /** Failed sign-ins per IP and username before 429 (default 10 per 15 minutes). */
  loginFailures?: { max: number; windowMs: number };
  /**
   * Admins must enrol a second factor before anything else (NEUVO_ADMIN_MFA, on unless `off`, is
   * passed by `main.ts`). Off when omitted, so tests sign in as admin with a password alone; a
   * person who enrolled one gives its code at sign-in either way.
   */
  isAdminSecondFactorRequired?: boolean;
  /** NEUVO_TOTP_KEY: 32 bytes that seal second-factor secrets at rest; unset, they are stored as they are. */
  totpKey?: Buffer;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The one-time setup code while the server has no admin; null otherwise. */
    setupCode: () => string | null;
    /** This instance's metrics (also served on an internal port by `main.ts` when configured). */
    metrics: Metrics;
    /** Where the instance is in stopping (see `stopGracefully`). */
    shutdownState: ShutdownState;
  }
}

/** Build the service: plugins and routes registered explicitly. Tests call this and `inject`. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const clock = options.clock ?? (() => new Date());
  const store =
    options.store ??
    (await openConfiguredStore({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir ?? './data',
      clock,
    }));
  // Requests arriving while closing are refused by the shutdown gate, with Retry-After.
  const app = Fastify({
    ...loggerOptions(options.log),
    return503OnClosing: false,
    trustProxy: trustProxyOf(options.trustProxy),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  if (!options.store) app.addHook('onClose', async () => store.close());

  const shutdownState = installShutdownGate(app);
  const metrics = createMetrics(store, clock);
  logRequests(app);
  countRequests(app, metrics);
  recordDeviceHealth(app, store);
  const passwordCost = options.passwordCost ?? OWASP_SCRYPT_COST;
  const setup = await bootstrapAdmin(store, options.bootstrapAdmin, passwordCost, clock);
  const deps: RouteDeps = {
    store,
    catalogues: storedCatalogues(store),
    guards: guards(store, { isAdminSecondFactorRequired: options.isAdminSecondFactorRequired }),
    secretSealer: secretSealer(options.totpKey),
    isAdminSecondFactorRequired: options.isAdminSecondFactorRequired ?? false,
    clock,
    setup: { code: setup.setupCode },
    passwordCost,
    batchesPerMinute: options.batchesPerMinute ?? 120,
    metrics,
    loginThrottle: loginThrottle({
      maxFailures: options.loginFailures?.max ?? 10,
      windowMs: options.loginFailures?.windowMs ?? 15 * 60_000,
      clock,
    }),
  };
  app.decorate('setupCode', () => deps.setup.code);
  app.decorate('metrics', metrics);
  app.decorate('shutdownState', shutdownState);

  const refusals = refusalAudit(store, clock);
  // Written at least once a minute even when no new refusal comes, and at close.
  const refusalTimer = setInterval(() => void refusals.flush().catch(() => undefined), 60_000);
  refusalTimer.unref();
  const retention = auditRetention(store, {
    months: options.auditRetentionMonths ?? 24,
    clock,
    log: app.log,
  });
  await retention.start();
  // Before closing, while the store is still open.
  app.addHook('preClose', async () => {
    clearInterval(refusalTimer);
    await retention.stop();
    await refusals.flush(true).catch((error: unknown) => app.log.error({ err: error }, 'refusal audit'));
  });
  installErrorHandler(app, async (request, statusCode, body) => {
    if (statusCode === 401 || statusCode === 403 || statusCode === 429) {
      metrics.refused.inc({
        status: String(statusCode),
        route_group: routeGroupOf(request.routeOptions.url),
        reason: body.error,
      });
    }
    const isStranger = statusCode === 401 && !request.account && !request.device;
    if (isStranger || statusCode === 403 || statusCode === 429) {
      const username = (request.body as { username?: unknown } | undefined)?.username;
      await refusals.count(
        request,
        statusCode,
        body.error,
        typeof username === 'string' ? username : undefined,
      );
    } else if (request.routeOptions.url === BATCH_URL && statusCode >= 400 && statusCode < 500) {
      // A tablet's batch refused as a whole (too large, malformed) is audited with the reason only.
      await store.audit({
        actorKind: request.device ? 'device' : 'anonymous',
        actorId: request.device?.id ?? null,
        action: 'batch-rejected',
        details: { status: statusCode, error: body.error, ip: request.ip },
      });
    }
  });
  limitByAddress(
    app,
    {
      [`POST ${BATCH_URL}`]: { max: options.addressLimits?.batchesPerMinute ?? 600, windowMs: 60_000 },
      'POST /api/v1/devices/enrol': {
        max: options.addressLimits?.enrolmentsPerMinute ?? 10,
        windowMs: 60_000,
      },
      'POST /api/v1/setup': { max: options.addressLimits?.enrolmentsPerMinute ?? 10, windowMs: 60_000 },
      'POST /api/v1/session': { max: options.addressLimits?.signInsPerMinute ?? 30, windowMs: 60_000 },
    },
    clock,
  );
  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  requireSameOriginForCookies(app);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);

  app.get('/api/v1/health', async () => ({ ok: true }));
  await healthRoutes(app, { store, isShuttingDown: () => shutdownState.isDraining });
  metricsRoute(app, metrics, options.metricsToken);
  await sessionRoutes(app, deps);
  await secondFactorRoutes(app, deps);
  await setupRoutes(app, deps);
  await userRoutes(app, deps);
  await userAccessRoutes(app, deps);
  await pointRoutes(app, deps);
  await deviceRoutes(app, deps);
  await catalogueRoutes(app, deps);
  await catalogueDraftRoutes(app, deps);
  await catalogueXlsxRoutes(app, deps);
  await directoryRoutes(app, deps);
  await pointDirectoryRoutes(app, deps);
  await visitRoutes(app, deps);
  await tallyRoutes(app, deps);
  await auditRoutes(app, deps);
  openApiRoute(app);

  if (options.staticDir) {
    await app.register(fastifyStatic, { root: options.staticDir, wildcard: false });
  }
  // Client-side routes (/slip/…, /reports) load the app shell; unknown API routes get a JSON 404,
  // and so does a missing file (a name with an extension): an old service worker must never cache
  // the shell's HTML in place of a script or an icon.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (path.startsWith('/api/') || !options.staticDir || /\.[a-z0-9]+$/i.test(path)) {
      return reply
        .code(404)
        .send({ error: errorCodes.notFound, message: `No such route: ${request.method} ${path}` });
    }
    return reply.sendFile('index.html');
  });
  return app;
}
