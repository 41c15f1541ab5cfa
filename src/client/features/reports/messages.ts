import { tallyHeadings, type TallyHeading } from '../../../domain/tally-headings';
import type { Messages } from '../../ui/messages';

type Key =
  | 'title'
  | 'range'
  | 'from'
  | 'to'
  | 'quickPicks'
  | 'thisMonth'
  | 'lastMonth'
  | 'lastYear'
  | 'last12Months'
  | 'thisQuarter'
  | 'lastQuarter'
  | 'thisYear'
  | 'allPoints'
  | 'pickAPoint'
  | 'noPoints'
  | 'loading'
  | 'failed'
  | 'share'
  | 'chartLabel'
  | 'coverage'
  | 'coveragePeriod'
  | 'coveragePoints'
  | 'coverageTablets'
  | 'noTablets'
  | 'neverSynced'
  | 'periodNotOver'
  | 'notSyncedSince'
  | 'download'
  | 'downloadCsv'
  | 'downloadXlsx'
  | 'suppress'
  | 'suppressHelp';

/** Texts of the supervisors' reports page. Category labels come from the catalogue, never from here. */
export const reportsMessages: Messages<Key | TallyHeading> = {
  fi: {
    ...tallyHeadings.fi,
    title: 'Raportit',
    range: 'Ajanjakso',
    from: 'Alkaen (kuukausi)',
    to: 'Päättyen (kuukausi)',
    quickPicks: 'Pikavalinnat',
    thisMonth: 'Tämä kuukausi',
    lastMonth: 'Edellinen kuukausi',
    lastYear: 'Edellinen vuosi',
    last12Months: 'Viimeiset 12 kuukautta',
    thisQuarter: 'Tämä neljännes',
    lastQuarter: 'Edellinen neljännes',
    thisYear: 'Tämä vuosi',
    allPoints: 'Kaikki neuvontapisteet',
    pickAPoint: 'Valitse vähintään yksi neuvontapiste.',
    noPoints:
      'Tunnuksellasi ei ole vielä neuvontapisteitä. Pyydä ylläpitäjää liittämään valvomasi neuvontapisteet tunnukseesi.',
    loading: 'Haetaan lukuja…',
    failed: 'Lukujen haku ei onnistunut:',
    share: 'Osuus käynneistä',
    chartLabel: 'Pylväskaavio käynneistä kuukausittain palvelualoittain; samat luvut ovat taulukossa',
    coverage: 'Mitä luvut kattavat',
    coveragePeriod: 'Ajanjakso',
    coveragePoints: 'Neuvontapisteet',
    coverageTablets: 'Tabletit ja viimeisin lähetys',
    noTablets: 'Neuvontapisteillä ei ole tabletteja.',
    neverSynced: 'ei koskaan',
    periodNotOver: 'Ajanjakso ei ole vielä päättynyt: luvut voivat vielä kasvaa.',
    notSyncedSince: 'Ei lähetystä ajanjakson päättymisen jälkeen – luvut voivat olla puutteellisia:',
    download: 'Lataa',
    downloadCsv: 'Lataa CSV',
    downloadXlsx: 'Lataa Excel (XLSX)',
    suppress: 'Piilota alle 5 käynnin luvut ladattavista tiedostoista',
    suppressHelp: 'Käytä, kun luvut lähtevät organisaation ulkopuolelle.',
  },
  sv: {
    ...tallyHeadings.sv,
    title: 'Rapporter',
    range: 'Period',
    from: 'Från (månad)',
    to: 'Till (månad)',
    quickPicks: 'Snabbval',
    thisMonth: 'Denna månad',
    lastMonth: 'Förra månaden',
    lastYear: 'Förra året',
    last12Months: 'De senaste 12 månaderna',
    thisQuarter: 'Detta kvartal',
    lastQuarter: 'Förra kvartalet',
    thisYear: 'Detta år',
    allPoints: 'Alla rådgivningspunkter',
    pickAPoint: 'Välj minst en rådgivningspunkt.',
    noPoints:
      'Ditt konto har inga rådgivningspunkter ännu. Be en administratör koppla rådgivningspunkterna du ansvarar för till ditt konto.',
    loading: 'Hämtar siffrorna…',
    failed: 'Det gick inte att hämta siffrorna:',
    share: 'Andel av besöken',
    chartLabel: 'Stapeldiagram över besök per månad och tjänsteområde; samma siffror finns i tabellen',
    coverage: 'Vad siffrorna täcker',
    coveragePeriod: 'Period',
    coveragePoints: 'Rådgivningspunkter',
    coverageTablets: 'Surfplattor och senaste sändning',
    noTablets: 'Rådgivningspunkterna har inga surfplattor.',
    neverSynced: 'aldrig',
    periodNotOver: 'Perioden är inte slut ännu: siffrorna kan ännu öka.',
    notSyncedSince: 'Ingen sändning sedan perioden tog slut – siffrorna kan vara ofullständiga:',
    download: 'Ladda ner',
    downloadCsv: 'Ladda ner CSV',
    downloadXlsx: 'Ladda ner Excel (XLSX)',
    suppress: 'Dölj tal under 5 besök i nedladdade filer',
    suppressHelp: 'Använd när siffrorna lämnas ut utanför organisationen.',
  },
  en: {
    ...tallyHeadings.en,
    title: 'Reports',
    range: 'Period',
    from: 'From (month)',
    to: 'To (month)',
    quickPicks: 'Quick picks',
    thisMonth: 'This month',
    lastMonth: 'Last month',
    lastYear: 'Last year',
    last12Months: 'Last 12 months',
    thisQuarter: 'This quarter',
    lastQuarter: 'Last quarter',
    thisYear: 'This year',
    allPoints: 'All points',
    pickAPoint: 'Pick at least one point.',
    noPoints:
      'Your account has no advice points yet. Ask an administrator to give your account the points you supervise.',
    loading: 'Fetching the figures…',
    failed: 'Fetching the figures failed:',
    share: 'Share of visits',
    chartLabel: 'Bar chart of visits per month by sector; the table holds the same figures',
    coverage: 'What the figures cover',
    coveragePeriod: 'Period',
    coveragePoints: 'Points',
    coverageTablets: 'Tablets and their last sync',
    noTablets: 'The points have no tablets.',
    neverSynced: 'never',
    periodNotOver: 'The period has not ended yet: the figures may still grow.',
    notSyncedSince: 'Not synced since the period ended – the figures may be incomplete:',
    download: 'Download',
    downloadCsv: 'Download CSV',
    downloadXlsx: 'Download Excel (XLSX)',
    suppress: 'Hide figures under 5 visits in downloaded files',
    suppressHelp: 'Use this when the figures go outside the organisation.',
  },
};
