import type { Messages } from '../../ui/messages';

type Key =
  | 'byPoint'
  | 'point'
  | 'referralsOf'
  | 'comparison'
  | 'figure'
  | 'thisPeriod'
  | 'previousPeriod'
  | 'yearEarlier'
  | 'change'
  | 'late'
  | 'byMonthAndPoint'
  | 'topicsOf'
  | 'byServiceLanguage'
  | 'byFaceToFaceReason'
  | 'byMunicipality'
  | 'byChannel'
  | 'answer'
  | 'municipality';

/**
 * Texts of the reports' additions (points side by side, sector splits, comparisons, late months).
 * `referralsOf` and `topicsOf` have {sector}; `late` has {month}, {n} and {date}.
 */
export const reportMessages: Messages<Key> = {
  fi: {
    byPoint: 'Käynnit neuvontapisteittäin',
    point: 'Neuvontapiste',
    referralsOf: 'Ohjaukset: {sector}',
    comparison: 'Vertailu',
    figure: 'Luku',
    thisPeriod: 'Valittu ajanjakso',
    previousPeriod: 'Edellinen samanpituinen jakso',
    yearEarlier: 'Sama jakso vuotta aiemmin',
    change: 'Muutos',
    late: '{month}: {n} käyntiä muuttunut {date} viennin jälkeen',
    byMonthAndPoint: 'Neuvontapisteet kuukausittain',
    topicsOf: 'Asiat: {sector}',
    byServiceLanguage: 'Asiointikieli',
    byFaceToFaceReason: 'Syyt tulla paikan päälle',
    byMunicipality: 'Kotikunta',
    byChannel: 'Käyntitapa',
    answer: 'Vastaus',
    municipality: 'Kunta',
  },
  sv: {
    byPoint: 'Besök per rådgivningspunkt',
    point: 'Rådgivningspunkt',
    referralsOf: 'Hänvisningar: {sector}',
    comparison: 'Jämförelse',
    figure: 'Tal',
    thisPeriod: 'Vald period',
    previousPeriod: 'Föregående lika lång period',
    yearEarlier: 'Samma period ett år tidigare',
    change: 'Förändring',
    late: '{month}: {n} besök ändrade efter exporten {date}',
    byMonthAndPoint: 'Rådgivningspunkter per månad',
    topicsOf: 'Ärenden: {sector}',
    byServiceLanguage: 'Betjäningsspråk',
    byFaceToFaceReason: 'Skäl att komma personligen',
    byMunicipality: 'Hemkommun',
    byChannel: 'Besökstyp',
    answer: 'Svar',
    municipality: 'Kommun',
  },
  en: {
    byPoint: 'Visits by point',
    point: 'Point',
    referralsOf: 'Referrals: {sector}',
    comparison: 'Comparison',
    figure: 'Figure',
    thisPeriod: 'Chosen period',
    previousPeriod: 'Previous period of the same length',
    yearEarlier: 'Same period a year earlier',
    change: 'Change',
    late: '{month}: {n} visits changed since the export of {date}',
    byMonthAndPoint: 'Visits by month and point',
    topicsOf: 'Topics: {sector}',
    byServiceLanguage: 'Service language',
    byFaceToFaceReason: 'Reasons for coming in person',
    byMunicipality: 'Home municipality',
    byChannel: 'Type of visit',
    answer: 'Answer',
    municipality: 'Municipality',
  },
};
