import ExcelJS from 'exceljs';
import {
  catalogueCodeSchema,
  catalogueLists,
  nextStepSchema,
  topicGroupOf,
  type CatalogueList,
  type QuestionName,
} from '../../domain/catalogue';
import { listName } from '../../domain/catalogue-publish';
import type { DraftContent } from '../../domain/catalogue-versions';
import { langs } from '../../domain/lang';

/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS = ['code', 'fi', 'sv', 'en', 'group', 'next step', 'retired', 'continues'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['code', 'fi', 'sv', 'en'];
const QUESTIONS_SHEET = 'Questions';
const QUESTION_COLUMNS = ['question', 'enabled', 'required'] as const;
const questionNames: readonly QuestionName[] = [
  'serviceLanguage',
  'faceToFaceReasons',
  'municipality',
  'channel',
];

/** Where a spreadsheet is wrong, as a person finds it in Excel ("Topics, row 14, sv: empty"). */
export interface SheetProblem {
  sheet: string;
  /** The row number Excel shows; 0 for the sheet as a whole. */
  row: number;
  column: string;
  message: string;
}

const yes = (value: boolean) => (value ? 'yes' : '');

/**
 * A catalogue's lists as a workbook for translators and statisticians: one sheet per list with
 * the columns code, fi, sv, en, group, next step, retired, continues, and a sheet of the questions.
 */
export async function catalogueWorkbook(content: DraftContent): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Neuvo';
  for (const list of catalogueLists) {
    const sheet = workbook.addWorksheet(listName(list));
    sheet.addRow([...COLUMNS]).font = { bold: true };
    for (const entry of content[list] as DraftContent['referrals']) {
      sheet.addRow([
        entry.code,
        entry.fi,
        entry.sv,
        entry.en,
        list === 'topics' ? topicGroupOf(entry.code) : '',
        list === 'referrals' ? entry.next : '',
        yes(entry.retired),
        entry.continues.join(', '),
      ]);
    }
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 32 : i < 4 ? 40 : 20;
    });
  }
  const questions = workbook.addWorksheet(QUESTIONS_SHEET);
  questions.addRow([...QUESTION_COLUMNS]).font = { bold: true };
  for (const name of questionNames) {
    questions.addRow([name, yes(content.questions[name].enabled), yes(content.questions[name].required)]);
  }
  questions.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Why a file is not a workbook at all (415), or undefined when it opens. */
async function open(file: Buffer): Promise<ExcelJS.Workbook | undefined> {
  // Every XLSX file is a ZIP archive, which starts with "PK".
  if (file.length < 4 || file[0] !== 0x50 || file[1] !== 0x4b) return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return undefined;
  }
}

type Read =
  | { status: 'read'; content: Omit<DraftContent, never> }
  | { status: 'not-xlsx' }
  | { status: 'invalid'; problems: SheetProblem[] };

/** A yes/no cell: empty, "no", "false" and "0" are no; "yes", "true", "1" and "x" are yes. */
function flag(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (['', 'no', 'false', '0', 'ei', 'nej'].includes(value)) return false;
  if (['yes', 'true', '1', 'x', 'kyllä', 'ja'].includes(value)) return true;
  return undefined;
}

/** Read an uploaded workbook into a draft's content; every problem of the whole file at once. */
export async function readCatalogueWorkbook(file: Buffer): Promise<Read> {
  const workbook = await open(file);
  if (!workbook) return { status: 'not-xlsx' };
  const problems: SheetProblem[] = [];
  const problem = (sheet: string, row: number, column: string, message: string) =>
    problems.push({ sheet, row, column, message });
  const sheetFor = new Map<string, CatalogueList>(catalogueLists.map((list) => [listName(list), list]));
  const known = [...sheetFor.keys(), QUESTIONS_SHEET];
  for (const sheet of workbook.worksheets) {
    if (!known.includes(sheet.name)) {
      problem(sheet.name, 0, '', `unknown sheet; the sheets are ${known.join(', ')}`);
    }
  }
  const lists = {} as Record<CatalogueList, DraftContent['referrals']>;
  for (const [name, list] of sheetFor) {
    const sheet = workbook.getWorksheet(name);
    lists[list] = [];
    if (!sheet) {
      problem(name, 0, '', 'the sheet is missing');
      continue;
    }
    const header = headerOf(sheet);
    for (const [column, text] of header.unknown)
      problem(name, 1, column, `unknown column "${text}"; the columns are ${COLUMNS.join(', ')}`);
    const needed = list === 'referrals' ? [...REQUIRED, 'next step' as const] : REQUIRED;
    for (const column of needed)
      if (!header.index.has(column)) problem(name, 1, column, 'the column is missing');
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = (column: Column) => {
        const at = header.index.get(column);
        return at === undefined ? '' : row.getCell(at).text.trim();
      };
      if (COLUMNS.every((column) => cell(column) === '')) return;
      const at = (column: string, message: string) => problem(name, number, column, message);
      const code = cell('code');
      if (code === '') at('code', 'empty');
      else if (!catalogueCodeSchema.safeParse(code).success)
        at('code', `"${code}" is not a code: use lower-case letters, digits, dots and dashes`);
      for (const lang of langs) if (cell(lang) === '') at(lang, 'empty');
      const group = cell('group');
      if (list === 'topics' && group !== '' && group !== topicGroupOf(code)) {
        at(
          'group',
          `"${group}" does not match the code: a topic's group is the start of its code ("${topicGroupOf(code)}")`,
        );
      }
      const next = nextStepSchema.safeParse(cell('next step'));
      if (list === 'referrals' && !next.success) {
        at(
          'next step',
          `"${cell('next step')}" is not a next step: use none, unit-contacts-client or client-contacts-unit`,
        );
      }
      const retired = flag(cell('retired'));
      if (retired === undefined) at('retired', `"${cell('retired')}" is not yes or empty`);
      const continues = cell('continues')
        .split(/[\s,;]+/)
        .filter(Boolean);
      for (const continued of continues) {
        if (!catalogueCodeSchema.safeParse(continued).success)
          at('continues', `"${continued}" is not a code`);
      }
      lists[list].push({
        code,
        fi: cell('fi'),
        sv: cell('sv'),
        en: cell('en'),
        retired: retired ?? false,
        continues,
        next: next.success ? next.data : 'none',
      });
    });
  }
  const questions = readQuestions(workbook, problem);
  if (problems.length > 0) return { status: 'invalid', problems };
  // Only referrals have a next step.
  const strip = (list: CatalogueList) =>
    lists[list].map(({ code, fi, sv, en, retired, continues }) => ({ code, fi, sv, en, retired, continues }));
  return {
    status: 'read',
    content: {
      ageGroups: strip('ageGroups'),
      sectors: strip('sectors'),
      topicGroups: strip('topicGroups'),
      topics: strip('topics'),
      referrals: lists.referrals,
      serviceLanguages: strip('serviceLanguages'),
      faceToFaceReasons: strip('faceToFaceReasons'),
      channels: strip('channels'),
      questions: questions!,
    },
  };
}

/** The header row: which known column is where, and the unknown ones by their letter. */
function headerOf(sheet: ExcelJS.Worksheet) {
  const index = new Map<string, number>();
  const unknown: [string, string][] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    const text = cell.text.trim().toLowerCase();
    if (text === '') return;
    if (
      (COLUMNS as readonly string[]).includes(text) ||
      (QUESTION_COLUMNS as readonly string[]).includes(text)
    )
      index.set(text, column);
    else unknown.push([sheet.getColumn(column).letter, cell.text]);
  });
  return { index, unknown };
}

function readQuestions(
  workbook: ExcelJS.Workbook,
  problem: (sheet: string, row: number, column: string, message: string) => void,
): DraftContent['questions'] | undefined {
  const sheet = workbook.getWorksheet(QUESTIONS_SHEET);
  if (!sheet) {
    problem(QUESTIONS_SHEET, 0, '', 'the sheet is missing');
    return undefined;
  }
  const header = headerOf(sheet);
  for (const [column, text] of header.unknown)
    problem(
      QUESTIONS_SHEET,
      1,
      column,
      `unknown column "${text}"; the columns are ${QUESTION_COLUMNS.join(', ')}`,
    );
  const questions = Object.fromEntries(
    questionNames.map((name) => [name, { enabled: false, required: false }]),
  ) as DraftContent['questions'];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (column: string) => {
      const at = header.index.get(column);
      return at === undefined ? '' : row.getCell(at).text.trim();
    };
    const name = cell('question');
    if (name === '' && cell('enabled') === '' && cell('required') === '') return;
    if (!(questionNames as readonly string[]).includes(name)) {
      problem(
        QUESTIONS_SHEET,
        number,
        'question',
        `"${name}" is not a question; the questions are ${questionNames.join(', ')}`,
      );
      return;
    }
    const enabled = flag(cell('enabled'));
    const required = flag(cell('required'));
    if (enabled === undefined)
      problem(QUESTIONS_SHEET, number, 'enabled', `"${cell('enabled')}" is not yes or empty`);
    if (required === undefined)
      problem(QUESTIONS_SHEET, number, 'required', `"${cell('required')}" is not yes or empty`);
    questions[name as QuestionName] = { enabled: enabled ?? false, required: required ?? false };
  });
  return questions;
}

/** A problem as one line, e.g. "Topics, row 14, sv: empty". */
export function problemText(p: SheetProblem): string {
  return [p.sheet, p.row > 0 ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ') + `: ${p.message}`;
}
