import type {} from '@fastify/cookie';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Device } from '../../domain/accounts-api';
import { HttpError } from '../http/http-error';
import type { Account, Role } from '../store/account-queries';
import type { Store } from '../store/store';
import { hashToken } from './tokens';
import { errorCodes } from '../../domain/error-codes';

/** Name of the session cookie the browser carries (HttpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'neuvo_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route stays open to a person whose account is not ready yet: they must first change the
     * password an admin set, or (an admin, when required) enrol a second factor.
     */
    isOpenBeforePasswordChange?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in person, set by a user guard. */
    account?: Account;
    /** The enrolled tablet, set by a device guard. */
    device?: Device;
  }
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match)
    throw new HttpError(
      401,
      errorCodes.badAuthorization,
      'The Authorization header must be "Bearer <token>"',
    );
  return match[1];
}

const signInFirst = () =>
  new HttpError(401, errorCodes.notSignedIn, 'Sign in first: this needs a session or a device token');

const passwordChangeFirst = () =>
  new HttpError(
    403,
    errorCodes.passwordChangeRequired,
    'An administrator set your password: choose your own password first',
  );

const secondFactorFirst = () =>
  new HttpError(
    403,
    errorCodes.secondFactorEnrolmentRequired,
    'Admins need a second factor: set up an authenticator app (your account page) first',
  );

/** The person behind the Bearer token or the session cookie, or undefined. */
async function accountOf(store: Store, request: FastifyRequest): Promise<Account | undefined> {
  const token = bearerOf(request) ?? request.cookies[SESSION_COOKIE];
  return token ? store.sessionAccount(hashToken(token)) : undefined;
}

/** The device behind the Bearer token; revoked devices are refused with a reason. */
async function deviceOf(store: Store, request: FastifyRequest): Promise<Device | undefined> {
  const token = bearerOf(request);
  if (!token) return undefined;
  const device = await store.deviceByTokenHash(hashToken(token));
  if (device?.revokedAt) {
    throw new HttpError(
      401,
      errorCodes.deviceRevoked,
      'This tablet has been revoked by an administrator; enrol it again with a new code',
    );
  }
  return device;
}

/**
 * Guards as onRequest hooks, so strangers are refused before their body is even read.
 * `isAdminSecondFactorRequired`: an admin without a confirmed second factor may only enrol one.
 */
export function guards(store: Store, { isAdminSecondFactorRequired = false } = {}) {
  /** Why a signed-in person may not use this route yet, if so. */
  const notReady = (account: Account, request: FastifyRequest) => {
    if (request.routeOptions.config.isOpenBeforePasswordChange) return undefined;
    if (account.mustChangePassword) return passwordChangeFirst();
    if (isAdminSecondFactorRequired && account.role === 'admin' && !account.hasSecondFactor) {
      return secondFactorFirst();
    }
    return undefined;
  };
  const requireRole =
    (...roles: Role[]): onRequestAsyncHookHandler =>
    async (request: FastifyRequest) => {
      const account = await accountOf(store, request);
      if (!account) {
        // A tablet's token gets its own reason. Looked up only after the person check failed,
        // so a signed-in person's request costs no device query.
        if (await deviceOf(store, request))
          throw new HttpError(
            403,
            errorCodes.peopleOnly,
            `This is for people signed in as ${roles.join(' or ')}; a tablet cannot use it`,
          );
        throw signInFirst();
      }
      const refusal = notReady(account, request);
      if (refusal) throw refusal;
      if (!roles.includes(account.role)) {
        throw new HttpError(
          403,
          errorCodes.forbidden,
          `This needs the role ${roles.join(' or ')}; you are signed in as ${account.role}`,
        );
      }
      request.account = account;
    };
  const requireDevice: onRequestAsyncHookHandler = async (request) => {
    if (!request.headers.authorization) {
      throw new HttpError(
        401,
        errorCodes.noToken,
        'Send the device token as "Authorization: Bearer <token>"; enrol the tablet first if it has none',
      );
    }
    const device = await deviceOf(store, request);
    if (!device) {
      if (await accountOf(store, request))
        throw new HttpError(403, errorCodes.deviceOnly, 'Only an enrolled tablet can do this');
      throw new HttpError(
        401,
        errorCodes.unknownDevice,
        'This tablet is not enrolled (unknown token); enrol it with a code from an administrator',
      );
    }
    request.device = device;
  };
  /** A person with any role, or a device. */
  const requireAnyone: onRequestAsyncHookHandler = async (request) => {
    const account = await accountOf(store, request);
    if (account) {
      const refusal = notReady(account, request);
      if (refusal) throw refusal;
      request.account = account;
      return;
    }
    const device = await deviceOf(store, request);
    if (!device) throw signInFirst();
    request.device = device;
  };
  return { requireRole, requireDevice, requireAnyone };
}

export type Guards = ReturnType<typeof guards>;
