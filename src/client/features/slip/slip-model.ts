import { labelFor, type Catalogue, type NextStep } from '../../../domain/catalogue';
import {
  demonstrationPoint,
  demonstrationService,
  textIn,
  type Directory,
  type PointEntry,
  type ServiceEntry,
} from '../../../domain/directory';
import type { Lang } from '../../../domain/lang';
import type { Visit } from '../../../domain/visit';
import { weekdayOf } from '../../../domain/helsinki-date';
import { addWorkingDays } from '../../../domain/working-days';

/** One referral's line on the slip: what happens next, from the catalogue's `next` kind. */
export interface SlipStep {
  code: string;
  next: NextStep;
  /** The referral's label in the slip language, from the catalogue. */
  title: string;
  /** The service's own name in the slip language; empty when the directory has none. */
  serviceName: string;
  service: ServiceEntry;
  /** For `unit-contacts-client`: the last working day by which the unit contacts the client. */
  contactBy?: string;
}

/** Everything the slip prints; deliberately nothing of the visit beyond its date, point and referrals. */
export interface SlipModel {
  point: PointEntry;
  visitDate: string;
  steps: SlipStep[];
  /** True when any printed contact detail is still a demonstration value. */
  hasDemonstration: boolean;
}

/**
 * Build the slip from a visit, the catalogue and the cached directory. Missing directory entries
 * (a tablet that has not fetched it yet) fall back to demonstration details, flagged as such, so
 * a slip can always be printed and never passes made-up numbers off as real.
 */
export function slipModel(
  visit: Pick<Visit, 'pointId' | 'visitDate' | 'referrals'>,
  catalogue: Catalogue,
  directory: Directory | undefined,
  pointName: string | undefined,
  lang: Lang,
): SlipModel {
  const point =
    directory?.points.find((p) => p.pointId === visit.pointId) ??
    demonstrationPoint(visit.pointId, pointName ?? visit.pointId);
  const steps = visit.referrals.map((code): SlipStep => {
    // A code the catalogue no longer has: tell the client how to reach it rather than claim it was handled.
    const next = catalogue.referrals.find((r) => r.code === code)?.next ?? 'client-contacts-unit';
    const service = directory?.services.find((s) => s.code === code) ?? demonstrationService(code);
    const step = {
      code,
      next,
      title: labelFor(catalogue.referrals, code, lang),
      serviceName: textIn(service.name, lang),
      service,
    };
    return next === 'unit-contacts-client'
      ? { ...step, contactBy: addWorkingDays(visit.visitDate, service.contactWithinDays) }
      : step;
  });
  const usesService = (step: SlipStep) => step.next !== 'none';
  return {
    point,
    visitDate: visit.visitDate,
    steps,
    hasDemonstration: point.isDemonstration || steps.some((s) => usesService(s) && s.service.isDemonstration),
  };
}

// Weekday and month names written here rather than taken from Intl's `format()`, whose order
// and punctuation vary with the engine's CLDR data; a slip reads the same on every tablet.
const weekdays: Record<Lang, readonly string[]> = {
  fi: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
  sv: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date as a reader of the slip language writes it, with the weekday ("ti 25.11.2026"). */
export function formatSlipDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = weekdays[lang][weekdayOf(date)];
  return lang === 'en'
    ? `${weekday}, ${day} ${englishMonths[month - 1]} ${year}`
    : `${weekday} ${day}.${month}.${year}`;
}
