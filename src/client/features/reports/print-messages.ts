import type { Messages } from '../../ui/messages';

type Key =
  | 'printReport'
  | 'printTitle'
  | 'catalogueVersion'
  | 'generated'
  | 'topTopics'
  | 'topReferrals'
  | 'smallCounts'
  | 'downloadPng'
  | 'downloadSvg'
  | 'chartTitle';

/**
 * Texts of the printable report and the chart downloads. `chartTitle` has {points}, {from} and {to}.
 */
export const printMessages: Messages<Key> = {
  fi: {
    printReport: 'Tulosta raportti',
    printTitle: 'Lähineuvonnan käynnit',
    catalogueVersion: 'Luokitusversio',
    generated: 'Luotu',
    topTopics: '10 yleisintä asiaa',
    topReferrals: '10 yleisintä ohjausta',
    smallCounts:
      'Raportissa on myös alle 5 käynnin lukuja. Kun luvut lähtevät organisaation ulkopuolelle, lataa tiedostot pienet luvut piilotettuina.',
    downloadPng: 'Lataa kaavio PNG-kuvana',
    downloadSvg: 'Lataa kaavio SVG-kuvana',
    chartTitle: 'Käynnit kuukausittain: {points}, {from} – {to}',
  },
  sv: {
    printReport: 'Skriv ut rapporten',
    printTitle: 'Besök vid närrådgivningen',
    catalogueVersion: 'Klassificeringsversion',
    generated: 'Skapad',
    topTopics: 'De 10 vanligaste ärendena',
    topReferrals: 'De 10 vanligaste hänvisningarna',
    smallCounts:
      'Rapporten visar även tal under 5 besök. Om siffrorna lämnas ut utanför organisationen ska du ladda ner filerna med små tal dolda.',
    downloadPng: 'Ladda ner diagrammet som PNG',
    downloadSvg: 'Ladda ner diagrammet som SVG',
    chartTitle: 'Besök per månad: {points}, {from} – {to}',
  },
  en: {
    printReport: 'Print report',
    printTitle: 'Walk-in advice visits',
    catalogueVersion: 'Catalogue version',
    generated: 'Generated',
    topTopics: 'The 10 most common topics',
    topReferrals: 'The 10 most common referrals',
    smallCounts:
      'The report shows counts under 5 visits too. When the figures go outside the organisation, download the files with small figures hidden.',
    downloadPng: 'Download the chart as PNG',
    downloadSvg: 'Download the chart as SVG',
    chartTitle: 'Visits by month: {points}, {from} – {to}',
  },
};
