import { useLang } from '../ui/lang-store';
import type { Lang } from '../../domain/lang';
import { ApiError, type ApiErrorCode } from './api-client';
import { errorTexts } from './error-texts';

/** Codes whose server message names what the code alone cannot: field paths, the password's flaw, ids. */
const specific = new Set<ApiErrorCode>([
  'bad-request',
  'invalid-body',
  'request-failed',
  'weak-password',
  'bad-setup-code',
  'unknown-municipality',
  'unknown-referral',
  'not-your-point',
]);

/** A failure in `lang`: what happened and what to do. */
export function errorSentence(caught: unknown, lang: Lang): string {
  return errorTexts[lang][caught instanceof ApiError ? caught.code : 'other'];
}

/** The server's own (English) words where they add specifics to the sentence; else undefined. */
export function errorDetail(caught: unknown): string | undefined {
  if (!(caught instanceof ApiError)) return caught instanceof Error ? caught.message : String(caught);
  return specific.has(caught.code) && caught.message ? caught.message : undefined;
}

/**
 * A failure in the page's language (what happened, what to do), then the server's own specifics
 * where they add to it (a field's path, why a password will not do): English, and marked so.
 */
export function ErrorWords({ error }: { error: unknown }) {
  const lang = useLang();
  const detail = errorDetail(error);
  return (
    <>
      {errorSentence(error, lang)}
      {detail && (
        <>
          {' '}
          <span className="error-detail">
            {errorTexts[lang].details} <span lang="en">{detail}</span>
          </span>
        </>
      )}
    </>
  );
}

/** A failure announced as an alert, after a lead saying what failed ("Toiminto epäonnistui:"). */
export function ServerError({ lead, error }: { lead?: string; error: unknown }) {
  return (
    <p role="alert" className="error">
      {lead && `${lead} `}
      <ErrorWords error={error} />
    </p>
  );
}
