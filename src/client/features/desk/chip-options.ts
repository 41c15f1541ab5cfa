import {
  activeEntries,
  labelOf,
  topicsForSector,
  type Catalogue,
  type Labelled,
} from '../../../domain/catalogue';
import type { Lang } from '../../../domain/lang';
import type { ChipOption } from '../../ui/chip-group';

type Listed = Labelled & { retired?: boolean };

/** Chips for the entries offered, in their order. */
export function optionsOf(entries: readonly Labelled[], lang: Lang): ChipOption[] {
  return entries.map((e) => ({ value: e.code, label: labelOf(e, lang) }));
}

/**
 * Chips for codes still chosen on the form that are not offered (a draft or an edited visit from
 * an older version): each with its last label, or its code when the catalogue has none. Retired
 * and unknown codes are marked retired, so staff see why and can untick them.
 */
export function retiredOptions(
  chosen: readonly string[],
  offered: readonly Labelled[],
  list: readonly Listed[],
  lang: Lang,
  retiredWord: string,
): ChipOption[] {
  const isOffered = new Set(offered.map((e) => e.code));
  return chosen
    .filter((code) => code && !isOffered.has(code))
    .map((code) => {
      const entry = list.find((e) => e.code === code);
      if (entry && entry.retired !== true) return { value: code, label: labelOf(entry, lang) };
      return {
        value: code,
        label: `${entry ? labelOf(entry, lang) : code} (${retiredWord})`,
        isRetired: true,
      };
    });
}

/** The offered entries' chips followed by those of chosen codes no longer offered. */
export function chipsFor(
  list: readonly Listed[],
  chosen: readonly string[],
  lang: Lang,
  retiredWord: string,
): ChipOption[] {
  const offered = activeEntries(list);
  return [...optionsOf(offered, lang), ...retiredOptions(chosen, offered, list, lang, retiredWord)];
}

/**
 * The ticked topics still shown once `sector` is chosen: a topic of another sector would be saved
 * unseen, so it goes with the sector. Retired topics stay: they show whatever the sector, to untick.
 */
export function topicsShown(catalogue: Catalogue, sector: string, topics: readonly string[]): string[] {
  const offered = new Set(topicsForSector(catalogue, sector).map((topic) => topic.code));
  const active = new Set(activeEntries(catalogue.topics).map((topic) => topic.code));
  return topics.filter((code) => offered.has(code) || !active.has(code));
}
