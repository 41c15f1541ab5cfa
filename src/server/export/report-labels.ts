import type { Lang } from '../../domain/lang';

type Key =
  | 'byPoint'
  | 'byMonthAndPoint'
  | 'topicsBySector'
  | 'referralsBySector'
  | 'sector'
  | 'shareOfSector'
  | 'byServiceLanguage'
  | 'byFaceToFaceReason'
  | 'byMunicipality'
  | 'byChannel'
  | 'answer'
  | 'municipalityCode'
  | 'municipalityName'
  | 'classificationYear'
  | 'quarter'
  | 'quarterSheet'
  | 'previousQuarter'
  | 'yearEarlierQuarter'
  | 'late'
  | 'lateLine';

/**
 * Words of the reports' additional tables in the exported files (issue 14). `lateLine` has the
 * placeholders {month}, {n} and {date}.
 */
export const reportLabels: Record<Lang, Record<Key, string>> = {
  fi: {
    byPoint: 'Käynnit pisteittäin',
    byMonthAndPoint: 'Käynnit kuukausittain ja pisteittäin',
    topicsBySector: 'Asiat sektoreittain',
    referralsBySector: 'Ohjaukset sektoreittain',
    sector: 'Sektori',
    shareOfSector: 'Osuus sektorin käynneistä, %',
    byServiceLanguage: 'Asiointikieli',
    byFaceToFaceReason: 'Miksi asiakas tuli paikan päälle',
    byMunicipality: 'Kotikunta',
    byChannel: 'Tavoitettu',
    answer: 'Vastaus',
    municipalityCode: 'Kuntanumero',
    municipalityName: 'Kunta',
    classificationYear: 'Luokitusvuosi',
    quarter: 'Neljännes',
    quarterSheet: 'Neljännesvuosi',
    previousQuarter: 'Edellinen neljännes',
    yearEarlierQuarter: 'Sama neljännes vuotta aiemmin',
    late: 'Myöhässä tulleet',
    lateLine: '{month}: {n} käyntiä muuttunut {date} viennin jälkeen',
  },
  sv: {
    byPoint: 'Besök per punkt',
    byMonthAndPoint: 'Besök per månad och punkt',
    topicsBySector: 'Ärenden per sektor',
    referralsBySector: 'Hänvisningar per sektor',
    sector: 'Sektor',
    shareOfSector: 'Andel av sektorns besök, %',
    byServiceLanguage: 'Språk för betjäningen',
    byFaceToFaceReason: 'Varför klienten kom på plats',
    byMunicipality: 'Hemkommun',
    byChannel: 'Nådd',
    answer: 'Svar',
    municipalityCode: 'Kommunnummer',
    municipalityName: 'Kommun',
    classificationYear: 'Klassificeringsår',
    quarter: 'Kvartal',
    quarterSheet: 'Kvartal',
    previousQuarter: 'Föregående kvartal',
    yearEarlierQuarter: 'Samma kvartal ett år tidigare',
    late: 'Sent inkomna',
    lateLine: '{month}: {n} besök ändrade efter exporten {date}',
  },
  en: {
    byPoint: 'Visits by point',
    byMonthAndPoint: 'Visits by month and point',
    topicsBySector: 'Topics by sector',
    referralsBySector: 'Referrals by sector',
    sector: 'Sector',
    shareOfSector: "Share of the sector's visits, %",
    byServiceLanguage: 'Language served in',
    byFaceToFaceReason: 'Why the client came in person',
    byMunicipality: 'Home municipality',
    byChannel: 'Reached',
    answer: 'Answer',
    municipalityCode: 'Municipality code',
    municipalityName: 'Municipality',
    classificationYear: 'Classification year',
    quarter: 'Quarter',
    quarterSheet: 'Quarter',
    previousQuarter: 'Previous quarter',
    yearEarlierQuarter: 'Same quarter a year earlier',
    late: 'Late visits',
    lateLine: '{month}: {n} visits changed since the export of {date}',
  },
};
