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
    byPoint: 'Käynnit neuvontapisteittäin',
    byMonthAndPoint: 'Neuvontapisteet kuukausittain',
    topicsBySector: 'Asiat palvelualoittain',
    referralsBySector: 'Ohjaukset palvelualoittain',
    sector: 'Palveluala',
    shareOfSector: 'Osuus palvelualan käynneistä, %',
    byServiceLanguage: 'Asiointikieli',
    byFaceToFaceReason: 'Syyt tulla paikan päälle',
    byMunicipality: 'Kotikunta',
    byChannel: 'Käyntitapa',
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
    byPoint: 'Besök per rådgivningspunkt',
    byMonthAndPoint: 'Rådgivningspunkter per månad',
    topicsBySector: 'Ärenden per tjänsteområde',
    referralsBySector: 'Hänvisningar per tjänsteområde',
    sector: 'Tjänsteområde',
    shareOfSector: 'Andel av tjänsteområdets besök, %',
    byServiceLanguage: 'Betjäningsspråk',
    byFaceToFaceReason: 'Skäl att komma personligen',
    byMunicipality: 'Hemkommun',
    byChannel: 'Besökstyp',
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
    byServiceLanguage: 'Service language',
    byFaceToFaceReason: 'Reasons for coming in person',
    byMunicipality: 'Home municipality',
    byChannel: 'Type of visit',
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
