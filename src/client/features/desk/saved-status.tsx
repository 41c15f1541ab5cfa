import type { VisitRow } from '../../db/database';
import { navigate } from '../../ui/navigation';
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
            <a
              className="button-link"
              href={`/slip/${encodeURIComponent(saved.id)}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(`/slip/${encodeURIComponent(saved.id)}`);
              }}
            >
              {t.printSlip}
            </a>
          )}
        </>
      )}
    </div>
  );
}
