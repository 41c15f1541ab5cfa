import type { Lang } from '../../domain/lang';
import { tallyHeadings, type TallyHeading } from '../../domain/tally-headings';

type Key =
  | 'title'
  | 'period'
  | 'exportedAt'
  | 'suppressed'
  | 'suppressedNote'
  | 'shareOfVisits'
  | 'coverage'
  | 'point'
  | 'tablet'
  | 'lastSync'
  | 'never';

/**
 * Words of the exported files (headings and column names) in the three languages. Category
 * labels never live here: they come from the catalogue.
 */
export const exportLabels: Record<Lang, Record<Key | TallyHeading, string>> = {
  fi: {
    ...tallyHeadings.fi,
    title: 'Lähineuvonnan käynnit',
    period: 'Ajanjakso',
    exportedAt: 'Viety',
    suppressed: '..',
    suppressedNote: 'Alle 5 käynnin luvut on piilotettu (..), samoin luvut, joista ne voisi laskea summista.',
    shareOfVisits: 'Osuus käynneistä, %',
    coverage: 'Kattavuus',
    point: 'Neuvontapiste',
    tablet: 'Tabletti',
    lastSync: 'Viimeisin lähetys',
    never: 'ei koskaan',
  },
  sv: {
    ...tallyHeadings.sv,
    title: 'Besök vid närrådgivningen',
    period: 'Period',
    exportedAt: 'Exporterad',
    suppressed: '..',
    suppressedNote:
      'Tal under 5 besök är dolda (..), liksom tal ur vilka de kunde räknas fram med hjälp av summorna.',
    shareOfVisits: 'Andel av besöken, %',
    coverage: 'Täckning',
    point: 'Rådgivningspunkt',
    tablet: 'Surfplatta',
    lastSync: 'Senaste sändning',
    never: 'aldrig',
  },
  en: {
    ...tallyHeadings.en,
    title: 'Advice point visits',
    period: 'Period',
    exportedAt: 'Exported',
    suppressed: '..',
    suppressedNote:
      'Figures under 5 visits are hidden (..), and so are figures they could be worked out from with the totals.',
    shareOfVisits: 'Share of visits, %',
    coverage: 'Coverage',
    point: 'Point',
    tablet: 'Tablet',
    lastSync: 'Last synced',
    never: 'never',
  },
};
