import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Which one of the page's forms is open, by key ("point:hyvinkaa", "own:hyvinkaa:external.kela"),
 * and the focus around it: Save and Cancel close the form and the focus goes back to the button
 * that opened it, once flushSync has drawn that button again.
 */
export function useEditing() {
  const [editing, setEditing] = useState<string | null>(null);
  const openers = useRef(new Map<string, HTMLButtonElement>());
  return {
    isEditing: (key: string) => editing === key,
    edit: (key: string) => setEditing(key),
    /** A ref for the button that opens the form of `key`. */
    openerRef: (key: string) => (button: HTMLButtonElement | null) => {
      if (button) openers.current.set(key, button);
      else openers.current.delete(key);
    },
    close: () => {
      const opener = editing;
      flushSync(() => setEditing(null));
      if (opener) openers.current.get(opener)?.focus();
    },
  };
}

/** What a part of the page needs to open, close and report on its forms. */
export type Editing = ReturnType<typeof useEditing> & {
  /** Close the form, say what was saved (or removed), and reload the directory. */
  done: (notice: string) => void;
};
