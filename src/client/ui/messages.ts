import type { Lang } from '../../domain/lang';
import { useLang } from './lang-store';

/** Messages of one feature in the three UI languages; Finnish is the reference. */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** The current language's messages of a feature. */
export function useMessages<K extends string>(messages: Messages<K>): Record<K, string> {
  return messages[useLang()];
}
