import type { Lang } from '../../domain/lang';

type Key =
  | 'title'
  | 'period'
  | 'points'
  | 'exportedAt'
  | 'suppressed'
  | 'suppressedNote'
  | 'visits'
  | 'total'
  | 'all'
  | 'shareOfVisits'
  | 'ageGroupBySector'
  | 'ageGroup'
  | 'byMonth'
  | 'month'
  | 'topicGroups'
  | 'topicGroup'
  | 'topics'
  | 'topic'
  | 'referrals'
  | 'referral'
  | 'coverage'
  | 'point'
  | 'tablet'
  | 'lastSync'
  | 'never';

/**
 * Words of the exported files (headings and column names) in the three languages. Category
 * labels never live here: they come from the catalogue.
 */
export const exportLabels: Record<Lang, Record<Key, string>> = {
  fi: {
    title: 'Lähineuvonnan käynnit',
    period: 'Ajanjakso',
    points: 'Neuvontapisteet',
    exportedAt: 'Viety',
    suppressed: '<5',
    suppressedNote: 'Alle 5 käynnin luvut on piilotettu (<5).',
    visits: 'Käynnit',
    total: 'Yhteensä',
    all: 'Kaikki',
    shareOfVisits: 'Osuus käynneistä, %',
    ageGroupBySector: 'Käynnit ikäryhmittäin ja sektoreittain',
    ageGroup: 'Ikäryhmä',
    byMonth: 'Käynnit kuukausittain',
    month: 'Kuukausi',
    topicGroups: 'Asiaryhmät',
    topicGroup: 'Asiaryhmä',
    topics: 'Asiat',
    topic: 'Asia',
    referrals: 'Ohjaukset',
    referral: 'Ohjaus',
    coverage: 'Kattavuus',
    point: 'Piste',
    tablet: 'Tabletti',
    lastSync: 'Viimeksi synkronoitu',
    never: 'ei koskaan',
  },
  sv: {
    title: 'Besök vid rådgivningen',
    period: 'Period',
    points: 'Rådgivningspunkter',
    exportedAt: 'Exporterad',
    suppressed: '<5',
    suppressedNote: 'Tal under 5 besök är dolda (<5).',
    visits: 'Besök',
    total: 'Totalt',
    all: 'Alla',
    shareOfVisits: 'Andel av besöken, %',
    ageGroupBySector: 'Besök per åldersgrupp och sektor',
    ageGroup: 'Åldersgrupp',
    byMonth: 'Besök per månad',
    month: 'Månad',
    topicGroups: 'Ärendegrupper',
    topicGroup: 'Ärendegrupp',
    topics: 'Ärenden',
    topic: 'Ärende',
    referrals: 'Hänvisningar',
    referral: 'Hänvisning',
    coverage: 'Täckning',
    point: 'Punkt',
    tablet: 'Surfplatta',
    lastSync: 'Senast synkroniserad',
    never: 'aldrig',
  },
  en: {
    title: 'Advice point visits',
    period: 'Period',
    points: 'Advice points',
    exportedAt: 'Exported',
    suppressed: '<5',
    suppressedNote: 'Figures under 5 visits are hidden (<5).',
    visits: 'Visits',
    total: 'Total',
    all: 'All',
    shareOfVisits: 'Share of visits, %',
    ageGroupBySector: 'Visits by age group and sector',
    ageGroup: 'Age group',
    byMonth: 'Visits by month',
    month: 'Month',
    topicGroups: 'Topic groups',
    topicGroup: 'Topic group',
    topics: 'Topics',
    topic: 'Topic',
    referrals: 'Referrals',
    referral: 'Referral',
    coverage: 'Coverage',
    point: 'Point',
    tablet: 'Tablet',
    lastSync: 'Last synced',
    never: 'never',
  },
};
