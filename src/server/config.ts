import { resolve } from 'node:path';
import { z } from 'zod';

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0..65535`)
    .max(65535, `${name} must be 0..65535`);
const milliseconds = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(0, `${name} cannot be negative`);
const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

const environmentSchema = z.object({
  PORT: port('PORT').default(8080),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().startsWith('postgres', 'DATABASE_URL must be a postgres:// URL').optional(),
  NEUVO_DATA_DIR: z.string().default('./data'),
  NEUVO_STATIC_DIR: z.string().optional(),
  NEUVO_BOOTSTRAP_ADMIN: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  NEUVO_ADMIN_MFA: z.enum(['on', 'off'], { error: 'NEUVO_ADMIN_MFA must be on or off' }).default('on'),
  NEUVO_TOTP_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'NEUVO_TOTP_KEY must be 64 hexadecimal characters (32 bytes: openssl rand -hex 32)',
    )
    .optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  METRICS_PORT: port('METRICS_PORT').optional(),
  SHUTDOWN_DELAY_MS: milliseconds('SHUTDOWN_DELAY_MS').default(5_000),
  SHUTDOWN_TIMEOUT_MS: milliseconds('SHUTDOWN_TIMEOUT_MS').default(30_000),
  NEUVO_AUDIT_RETENTION_MONTHS: z.coerce
    .number({ error: 'NEUVO_AUDIT_RETENTION_MONTHS must be a number of months' })
    .int('NEUVO_AUDIT_RETENTION_MONTHS must be a whole number of months')
    .min(1, 'NEUVO_AUDIT_RETENTION_MONTHS must be at least 1')
    .max(1200, 'NEUVO_AUDIT_RETENTION_MONTHS must be at most 1200 (a hundred years)')
    .default(24),
});

/** The server's settings, read once from the environment (README's configuration table lists them). */
export type ServerConfig = ReturnType<typeof readConfig>;

/** Read the settings; throws one message naming every bad setting, so a service fails at start, not later. */
export function readConfig(env: Record<string, string | undefined>) {
  const parsed = environmentSchema.safeParse(
    Object.fromEntries(Object.keys(environmentSchema.shape).map((key) => [key, optional(env[key])])),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n');
    throw new Error(`The server's settings are not valid:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.NEUVO_DATA_DIR),
    // NEUVO_STATIC_DIR serves another build (a browser test deploys a second version of the app).
    staticDir: e.NEUVO_STATIC_DIR ? resolve(e.NEUVO_STATIC_DIR) : resolve(import.meta.dirname, '../../dist'),
    bootstrapAdmin: e.NEUVO_BOOTSTRAP_ADMIN,
    trustProxy: e.TRUST_PROXY,
    isAdminSecondFactorRequired: e.NEUVO_ADMIN_MFA === 'on',
    totpKey: e.NEUVO_TOTP_KEY === undefined ? undefined : Buffer.from(e.NEUVO_TOTP_KEY, 'hex'),
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    auditRetentionMonths: e.NEUVO_AUDIT_RETENTION_MONTHS,
  };
}
