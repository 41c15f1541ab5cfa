import { recoveryCodesSchema, secondFactorStartSchema } from '../../domain/accounts-api';
import { apiJson } from './api-client';

/** Start enrolling an authenticator app: a new secret and its otpauth:// address (shown once). */
export const startSecondFactor = () =>
  apiJson('/api/v1/session/second-factor', secondFactorStartSchema, { method: 'POST', body: {} });

/** Confirm with the app's code; the one-time recovery codes, shown this once. */
export const confirmSecondFactor = async (code: string) =>
  (await apiJson('/api/v1/session/second-factor', recoveryCodesSchema, { method: 'PUT', body: { code } }))
    .recoveryCodes;
