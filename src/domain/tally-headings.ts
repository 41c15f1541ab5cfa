import type { Lang } from './lang';

/** A heading of the tally's tables and downloads, named once and worded per language. */
export type TallyHeading =
  | 'points'
  | 'visits'
  | 'total'
  | 'all'
  | 'ageGroupBySector'
  | 'ageGroup'
  | 'byMonth'
  | 'month'
  | 'topicGroups'
  | 'topicGroup'
  | 'topics'
  | 'topic'
  | 'referrals'
  | 'referral';

/**
 * Headings of the tally tables, the same words on the reports page and in the exported CSV and
 * XLSX files. Category labels never live here: they come from the catalogue.
 */
export const tallyHeadings: Record<Lang, Record<TallyHeading, string>> = {
  fi: {
    points: 'Neuvontapisteet',
    visits: 'Käynnit',
    total: 'Yhteensä',
    all: 'Kaikki',
    ageGroupBySector: 'Käynnit ikäryhmittäin ja palvelualoittain',
    ageGroup: 'Ikäryhmä',
    byMonth: 'Käynnit kuukausittain',
    month: 'Kuukausi',
    topicGroups: 'Asiaryhmät',
    topicGroup: 'Asiaryhmä',
    topics: 'Asiat',
    topic: 'Asia',
    referrals: 'Ohjaukset',
    referral: 'Ohjaus',
  },
  sv: {
    points: 'Rådgivningspunkter',
    visits: 'Besök',
    total: 'Totalt',
    all: 'Alla',
    ageGroupBySector: 'Besök per åldersgrupp och tjänsteområde',
    ageGroup: 'Åldersgrupp',
    byMonth: 'Besök per månad',
    month: 'Månad',
    topicGroups: 'Ärendegrupper',
    topicGroup: 'Ärendegrupp',
    topics: 'Ärenden',
    topic: 'Ärende',
    referrals: 'Hänvisningar',
    referral: 'Hänvisning',
  },
  en: {
    points: 'Advice points',
    visits: 'Visits',
    total: 'Total',
    all: 'All',
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
  },
};
