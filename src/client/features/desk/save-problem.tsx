import { AppLink } from '../../ui/app-link';
import { fill } from '../../ui/fill';
import type { deskMessages } from './messages';
import type { SaveFailure } from './save-visit';
import { assertNever } from '../../../domain/assert-never';

/** Why the visit was not saved, and what to do; the form stays filled. */
export function SaveProblem({ failure, t }: { failure: SaveFailure; t: (typeof deskMessages)['fi'] }) {
  return (
    <p role="alert" className="error">
      {textOf(failure, t)} {failure.reason === 'not-enrolled' && <AppLink to="/enrol">{t.enrolLink}</AppLink>}
    </p>
  );
}

function textOf(failure: SaveFailure, t: (typeof deskMessages)['fi']): string {
  switch (failure.reason) {
    case 'not-enrolled':
      return t.notEnrolled;
    case 'storage-full':
      return t.storageFull;
    case 'invalid-visit':
      return fill(t.invalidVisit, { message: failure.message });
    case 'write-failed':
      return fill(t.writeFailed, { message: failure.message });
    default:
      return assertNever(failure);
  }
}
