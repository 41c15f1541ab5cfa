import Papa from 'papaparse';
import { auditActionLabel } from '../../domain/audit-action-labels';
import { helsinkiTimestamp } from '../../domain/helsinki-date';
import type { Lang } from '../../domain/lang';
import type { AuditLine } from '../store/audit-search-queries';
import { csvFormatOf, FORMULA_START } from './csv';

const headings: Record<Lang, string[]> = {
  fi: ['Aika', 'Tekijän tyyppi', 'Tekijä', 'Tekijän tunniste', 'Tapahtuma', 'Tapahtuman koodi', 'Tiedot'],
  sv: ['Tid', 'Typ av aktör', 'Aktör', 'Aktörens ID', 'Händelse', 'Händelsens kod', 'Uppgifter'],
  en: ['Time', 'Actor kind', 'Actor', 'Actor id', 'Action', 'Action code', 'Details'],
};
const kinds: Record<Lang, Record<AuditLine['actorKind'], string>> = {
  fi: { user: 'käyttäjä', device: 'laite', anonymous: 'kirjautumaton' },
  sv: { user: 'användare', device: 'enhet', anonymous: 'ej inloggad' },
  en: { user: 'user', device: 'device', anonymous: 'not signed in' },
};

/**
 * The audit log as CSV, written a chunk of lines at a time so a long log never sits in memory:
 * UTF-8 with a BOM and the export language's separator (`;` for Finnish and Swedish Excel), times
 * in Helsinki, every text cell escaped if a spreadsheet would read it as a formula (a tablet's
 * label or a username is someone's input).
 */
export async function* auditCsv(
  chunks: AsyncIterable<AuditLine[]>,
  lang: Lang,
): AsyncGenerator<string, void, undefined> {
  const { delimiter } = csvFormatOf(lang);
  const unparse = (rows: string[][]) =>
    `${Papa.unparse(rows, { delimiter, newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
  yield `\uFEFF${unparse([headings[lang]])}`;
  for await (const lines of chunks) {
    if (lines.length === 0) continue;
    yield unparse(
      lines.map((line) => [
        helsinkiTimestamp(new Date(line.at)),
        kinds[lang][line.actorKind],
        line.actor ?? '',
        line.actorId ?? '',
        auditActionLabel(line.action, lang),
        line.action,
        JSON.stringify(line.details),
      ]),
    );
  }
}
