import type { VisitRow } from '../../db/database';
import { AppLink } from '../../ui/app-link';
import type { deskMessages } from './messages';

/** Says "Saved" once the visit is committed, with the slip to print when it has referrals. */
export function SavedStatus({ saved, t }: { saved: VisitRow | null; t: (typeof deskMessages)['fi'] }) {
  // The live region is always rendered so screen readers announce the text when it appears.
  return (
    <div role="status" className="saved-status">
      {saved && (
        <>
          {t.saved}{' '}
          {saved.referrals.length > 0 && (
            <AppLink className="button-link" to={`/slip/${encodeURIComponent(saved.id)}`}>
              {t.printSlip}
            </AppLink>
          )}
        </>
      )}
    </div>
  );
}
