import type { SyncStatus } from '../../db/sync-state';
import type { syncMessages } from './messages';
import { assertNever } from '../../../domain/assert-never';

type Texts = (typeof syncMessages)['fi'];

/** The last error in the user's language (the server's own words, if any, are `errorDetail`'s). */
export function errorText(error: NonNullable<SyncStatus['lastError']>, t: Texts): string {
  switch (error.reason) {
    case 'network':
      return t['err-network'];
    case 'timeout':
      return t['err-timeout'];
    case 'server-error':
    case 'unexpected-answer':
      return t['err-server'];
    case 'rate-limited':
      return t['err-rate'];
    case 'bad-request':
    case 'too-large':
      return t['err-refused'];
    case 'device-revoked':
      return t.revoked;
    case 'not-enrolled':
      return t.notEnrolled;
    default:
      return assertNever(error.reason);
  }
}

/** The server's own (English) words where they explain a refusal, for IT support; else undefined. */
export function errorDetail(error: NonNullable<SyncStatus['lastError']>): string | undefined {
  return (error.reason === 'bad-request' || error.reason === 'too-large') && error.message
    ? error.message
    : undefined;
}
