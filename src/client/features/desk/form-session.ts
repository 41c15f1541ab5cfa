import { helsinkiDate } from '../../../domain/helsinki-date';
import type { Sector } from '../../../domain/visit';
import { getDraft } from '../../db/drafts';
import { getSetting } from '../../db/settings';
import { blankValues, draftValues, type DeskFormValues } from './form-schema';

/** What the form starts from; a new `key` remounts the form so nothing of the previous client stays. */
export interface FormSession {
  key: number;
  values: DeskFormValues;
  /** The visit being edited, if any. */
  visitId?: string;
  /** Move focus to the form when it appears (after Save, Clear or Edit; not on first load). */
  isFocused?: boolean;
  /**
   * The form drops the stored draft as it appears: a blank form after Save or Clear, or Edit, whose
   * draft would be the previous form's. Not the first form: it starts from the draft, or found none.
   */
  dropsDraft?: boolean;
}

/** A blank form for the next client: today's date and the staff member's own desk sector. */
export async function newSession(key: number): Promise<FormSession> {
  return { ...blankSession(key, await getSetting('deskSector')), dropsDraft: true };
}

function blankSession(key: number, deskSector: Sector | null): FormSession {
  return { key, values: blankValues(helsinkiDate(new Date()), deskSector), isFocused: key > 0 };
}

/** The draft left on the device, or a blank form when there is none. */
export async function loadSession(key: number): Promise<FormSession> {
  // Both read at once: the desk's start waits for this (see desk-start.ts), one round trip not two.
  const [draft, deskSector] = await Promise.all([getDraft(), getSetting('deskSector')]);
  if (!draft) return blankSession(key, deskSector);
  return {
    key,
    values: draftValues(draft.values, helsinkiDate(new Date())),
    visitId: draft.visitId,
  };
}
