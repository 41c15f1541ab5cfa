import type { SheetProblem, SheetProblemCode } from '../../../domain/catalogue-sheet';
import type { Lang } from '../../../domain/lang';
import { fill } from '../../ui/fill';

/** A label's language as the subject of a sentence ("Ruotsinkielinen nimi puuttuu."). */
export const sheetLabelNames: Record<Lang, Record<Lang, string>> = {
  fi: { fi: 'Suomenkielinen nimi', sv: 'Ruotsinkielinen nimi', en: 'Englanninkielinen nimi' },
  sv: { fi: 'Den finska benämningen', sv: 'Den svenska benämningen', en: 'Den engelska benämningen' },
  en: { fi: 'The Finnish label', sv: 'The Swedish label', en: 'The English label' },
};

/**
 * What is wrong with one cell of an uploaded spreadsheet, by the server's code. Sheet, column and
 * the allowed values are the file's own words (as Excel shows them), so they stay untranslated.
 */
export const sheetProblemTexts: Record<Lang, Record<SheetProblemCode, string>> = {
  fi: {
    'unknown-sheet': 'Tuntematon välilehti. Välilehdet ovat: {allowed}.',
    'missing-sheet': 'Välilehti puuttuu.',
    'too-many-rows': 'Listalla on yli {max} riviä.',
    'unknown-column': 'Tuntematon sarake ”{value}”. Sarakkeet ovat: {allowed}.',
    'missing-column': 'Sarake puuttuu.',
    'missing-code': 'Koodi puuttuu.',
    'bad-code-format':
      '”{value}” ei kelpaa koodiksi: käytä pieniä kirjaimia, numeroita, pisteitä (.) ja viivoja (-).',
    'duplicate-code': 'Koodi ”{value}” on jo rivillä {firstRow}. Sama koodi voi olla listassa vain kerran.',
    'missing-label': '{label} puuttuu.',
    'label-too-long': '{label} on yli {max} merkkiä pitkä.',
    'group-mismatch': 'Ryhmä ”{value}” ei vastaa koodia: asian ryhmä on sen koodin alku (”{expected}”).',
    'bad-next-step': '”{value}” ei ole seuraava askel. Käytä jotakin näistä: {allowed}.',
    'bad-yes-no': '”{value}” ei ole kyllä eikä ei. Kirjoita yes tai kyllä, tai jätä solu tyhjäksi.',
    'too-many-continues': 'Rivi jatkaa yli {max} koodia.',
    'unknown-question': '”{value}” ei ole kysymys. Kysymykset ovat: {allowed}.',
  },
  sv: {
    'unknown-sheet': 'Okänd flik. Flikarna är: {allowed}.',
    'missing-sheet': 'Fliken saknas.',
    'too-many-rows': 'Listan har fler än {max} rader.',
    'unknown-column': 'Okänd kolumn ”{value}”. Kolumnerna är: {allowed}.',
    'missing-column': 'Kolumnen saknas.',
    'missing-code': 'Koden saknas.',
    'bad-code-format':
      '”{value}” kan inte användas som kod: använd små bokstäver, siffror, punkter (.) och bindestreck (-).',
    'duplicate-code':
      'Koden ”{value}” finns redan på rad {firstRow}. Samma kod får finnas bara en gång i listan.',
    'missing-label': '{label} saknas.',
    'label-too-long': '{label} är längre än {max} tecken.',
    'group-mismatch':
      'Gruppen ”{value}” stämmer inte med koden: ett ärendes grupp är början av dess kod (”{expected}”).',
    'bad-next-step': '”{value}” är inget giltigt nästa steg. Använd något av: {allowed}.',
    'bad-yes-no': '”{value}” är varken ja eller nej. Skriv yes eller ja, eller lämna cellen tom.',
    'too-many-continues': 'Raden fortsätter fler än {max} koder.',
    'unknown-question': '”{value}” är ingen fråga som finns. Frågorna är: {allowed}.',
  },
  en: {
    'unknown-sheet': 'Unknown sheet. The sheets are: {allowed}.',
    'missing-sheet': 'The sheet is missing.',
    'too-many-rows': 'The list has more than {max} rows.',
    'unknown-column': 'Unknown column “{value}”. The columns are: {allowed}.',
    'missing-column': 'The column is missing.',
    'missing-code': 'The code is empty.',
    'bad-code-format': '“{value}” is not a code: use lower-case letters, digits, dots (.) and dashes (-).',
    'duplicate-code': 'The code “{value}” is already on row {firstRow}. A code can be in a list only once.',
    'missing-label': '{label} is empty.',
    'label-too-long': '{label} is longer than {max} characters.',
    'group-mismatch':
      'The group “{value}” does not match the code: a topic’s group is the start of its code (“{expected}”).',
    'bad-next-step': '“{value}” is not a next step. Use one of: {allowed}.',
    'bad-yes-no': '“{value}” is neither yes nor no. Write yes, or leave the cell empty.',
    'too-many-continues': 'The row continues more than {max} codes.',
    'unknown-question': '“{value}” is not a question. The questions are: {allowed}.',
  },
};

/** One problem of an uploaded spreadsheet as a sentence in the page's language. */
export function sheetProblemText(p: SheetProblem, lang: Lang): string {
  return fill(sheetProblemTexts[lang][p.code], {
    value: 'value' in p ? p.value : '',
    allowed: 'allowed' in p ? p.allowed.join(', ') : '',
    expected: 'expected' in p ? p.expected : '',
    max: 'max' in p ? p.max : '',
    firstRow: 'firstRow' in p ? p.firstRow : '',
    label: 'lang' in p ? sheetLabelNames[lang][p.lang] : '',
  });
}
