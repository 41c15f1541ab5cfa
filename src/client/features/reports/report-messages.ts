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
    byPoint: 'Käynnit pisteittäin',
    point: 'Piste',
    referralsOf: 'Ohjaukset: {sector}',
    comparison: 'Vertailu',
    figure: 'Luku',
    thisPeriod: 'Valittu ajanjakso',
    previousPeriod: 'Edellinen samanpituinen jakso',
    yearEarlier: 'Sama jakso vuotta aiemmin',
    change: 'Muutos',
    late: '{month}: {n} käyntiä muuttunut {date} viennin jälkeen',
    byMonthAndPoint: 'Käynnit kuukausittain ja pisteittäin',
    topicsOf: 'Asiat: {sector}',
    byServiceLanguage: 'Asiointikieli',
    byFaceToFaceReason: 'Miksi asiakas tuli paikan päälle',
    byMunicipality: 'Kotikunta',
    byChannel: 'Tavoitettu',
    answer: 'Vastaus',
    municipality: 'Kunta',
  },
  sv: {
    byPoint: 'Besök per punkt',
    point: 'Punkt',
    referralsOf: 'Hänvisningar: {sector}',
    comparison: 'Jämförelse',
    figure: 'Tal',
    thisPeriod: 'Vald period',
    previousPeriod: 'Föregående lika lång period',
    yearEarlier: 'Samma period ett år tidigare',
    change: 'Förändring',
    late: '{month}: {n} besök ändrade efter exporten {date}',
    byMonthAndPoint: 'Besök per månad och punkt',
    topicsOf: 'Ärenden: {sector}',
    byServiceLanguage: 'Språk för betjäningen',
    byFaceToFaceReason: 'Varför klienten kom på plats',
    byMunicipality: 'Hemkommun',
    byChannel: 'Nådd',
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
    byServiceLanguage: 'Language served in',
    byFaceToFaceReason: 'Why the client came in person',
    byMunicipality: 'Home municipality',
    byChannel: 'Reached',
    answer: 'Answer',
    municipality: 'Municipality',
  },
};
