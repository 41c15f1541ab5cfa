import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { readConfig } from './config';
import { listenForMetrics } from './http/metrics';
import { stopGracefully } from './http/shutdown';

// Build, listen, stop gracefully; nothing else. `npm run serve` runs this on an app built once by
// `npm run build`, so instances starting together never build into the same folder.
let config;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const hasApp = existsSync(join(config.staticDir, 'index.html'));
const app = await buildApp({
  staticDir: hasApp ? config.staticDir : undefined,
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  bootstrapAdmin: config.bootstrapAdmin,
  trustProxy: config.trustProxy,
  isAdminSecondFactorRequired: config.isAdminSecondFactorRequired,
  totpKey: config.totpKey,
  log: { level: config.logLevel },
  metricsToken: config.metricsToken,
  auditRetentionMonths: config.auditRetentionMonths,
});
await app.listen({ port: config.port, host: config.host });
const metricsServer =
  config.metricsPort === undefined
    ? undefined
    : await listenForMetrics(app, app.metrics, { host: config.host, port: config.metricsPort });

const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : config.port;
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${actualPort}/`;
console.log(`Neuvo is running at ${url}`);
console.log(
  config.databaseUrl ? 'Storage: PostgreSQL (DATABASE_URL)' : `Storage: SQLite in ${config.dataDir}`,
);
if (!hasApp) {
  console.log(`No built app in ${config.staticDir}: only the API is served. Run \`npm run build\` once.`);
}
if (metricsServer) console.log(`Metrics: http://${config.host}:${config.metricsPort}/metrics`);
if (!config.isAdminSecondFactorRequired) {
  console.warn(
    'WARNING: NEUVO_ADMIN_MFA=off: admins sign in with a password alone. For demonstration and test installs only.',
  );
} else if (!config.totpKey) {
  console.warn(
    'WARNING: NEUVO_TOTP_KEY is not set: second-factor secrets are stored unsealed in the database. Set it (openssl rand -hex 32).',
  );
}
const setupCode = app.setupCode();
if (setupCode) {
  console.log(
    `No admin yet. Open ${url}admin and create the first admin with this one-time setup code: ${setupCode}`,
  );
  console.log(
    '(or start with NEUVO_BOOTSTRAP_ADMIN=user:password; `npm run demo` also creates a demonstration supervisor)',
  );
} else {
  console.log(`Sign in at ${url}admin with an admin account.`);
}
if (config.isAdminSecondFactorRequired) {
  console.log(
    'Admins set up an authenticator app (TOTP) at their first sign-in and give its code after that (NEUVO_ADMIN_MFA=off turns this off for a demonstration).',
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // Ctrl-C on a developer's machine need not wait for a load balancer.
    const delayMs = signal === 'SIGTERM' ? config.shutdownDelayMs : 0;
    void stopGracefully(app, app.shutdownState, { delayMs, timeoutMs: config.shutdownTimeoutMs }).then(
      (isClosed) => {
        metricsServer?.close();
        process.exit(isClosed ? 0 : 1);
      },
    );
  });
}
