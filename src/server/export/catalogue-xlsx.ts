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
import type { SheetProblem } from '../../domain/catalogue-sheet';
import { draftLimits, type DraftContent } from '../../domain/catalogue-versions';
import { langs } from '../../domain/lang';
import { englishOf, type SheetFinding } from './sheet-problems';

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

/** Records a problem found in the workbook. */
type Report = (finding: SheetFinding) => void;

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
  const report: Report = (finding) =>
    problems.push({ ...finding, message: englishOf(finding) } as SheetProblem);
  const sheetFor = new Map<string, CatalogueList>(catalogueLists.map((list) => [listName(list), list]));
  const known = [...sheetFor.keys(), QUESTIONS_SHEET];
  for (const sheet of workbook.worksheets) {
    if (!known.includes(sheet.name)) {
      report({ sheet: sheet.name, row: 0, column: '', code: 'unknown-sheet', allowed: known });
    }
  }
  const lists = {} as Record<CatalogueList, DraftContent['referrals']>;
  for (const [name, list] of sheetFor) {
    const sheet = workbook.getWorksheet(name);
    lists[list] = [];
    if (!sheet) {
      report({ sheet: name, row: 0, column: '', code: 'missing-sheet' });
      continue;
    }
    const header = headerOf(sheet);
    for (const [column, text] of header.unknown)
      report({ sheet: name, row: 1, column, code: 'unknown-column', value: text, allowed: [...COLUMNS] });
    const needed = list === 'referrals' ? [...REQUIRED, 'next step' as const] : REQUIRED;
    for (const column of needed)
      if (!header.index.has(column)) report({ sheet: name, row: 1, column, code: 'missing-column' });
    // Each code's first row, to name it when a later row repeats the code.
    const firstRows = new Map<string, number>();
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cell = (column: Column) => {
        const at = header.index.get(column);
        return at === undefined ? '' : row.getCell(at).text.trim();
      };
      if (COLUMNS.every((column) => cell(column) === '')) return;
      const at = { sheet: name, row: number };
      const code = cell('code');
      const firstRow = firstRows.get(code);
      if (code === '') report({ ...at, column: 'code', code: 'missing-code' });
      else if (!catalogueCodeSchema.safeParse(code).success)
        report({ ...at, column: 'code', code: 'bad-code-format', value: code });
      else if (firstRow !== undefined)
        report({ ...at, column: 'code', code: 'duplicate-code', value: code, firstRow });
      else firstRows.set(code, number);
      for (const lang of langs) {
        if (cell(lang) === '') report({ ...at, column: lang, code: 'missing-label', lang });
        else if (cell(lang).length > draftLimits.label)
          report({ ...at, column: lang, code: 'label-too-long', lang, max: draftLimits.label });
      }
      const group = cell('group');
      if (list === 'topics' && group !== '' && group !== topicGroupOf(code)) {
        report({
          ...at,
          column: 'group',
          code: 'group-mismatch',
          value: group,
          expected: topicGroupOf(code),
        });
      }
      const next = nextStepSchema.safeParse(cell('next step'));
      if (list === 'referrals' && !next.success) {
        const allowed = [...nextStepSchema.options];
        report({ ...at, column: 'next step', code: 'bad-next-step', value: cell('next step'), allowed });
      }
      const retired = flag(cell('retired'));
      if (retired === undefined)
        report({ ...at, column: 'retired', code: 'bad-yes-no', value: cell('retired') });
      const continues = cell('continues')
        .split(/[\s,;]+/)
        .filter(Boolean);
      for (const continued of continues) {
        if (!catalogueCodeSchema.safeParse(continued).success)
          report({ ...at, column: 'continues', code: 'bad-code-format', value: continued });
      }
      if (continues.length > draftLimits.continues)
        report({ ...at, column: 'continues', code: 'too-many-continues', max: draftLimits.continues });
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
    if (lists[list].length > draftLimits.rows)
      report({ sheet: name, row: 0, column: '', code: 'too-many-rows', max: draftLimits.rows });
  }
  const questions = readQuestions(workbook, report);
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

function readQuestions(workbook: ExcelJS.Workbook, report: Report): DraftContent['questions'] | undefined {
  const sheet = workbook.getWorksheet(QUESTIONS_SHEET);
  if (!sheet) {
    report({ sheet: QUESTIONS_SHEET, row: 0, column: '', code: 'missing-sheet' });
    return undefined;
  }
  const header = headerOf(sheet);
  for (const [column, text] of header.unknown) {
    const allowed = [...QUESTION_COLUMNS];
    report({ sheet: QUESTIONS_SHEET, row: 1, column, code: 'unknown-column', value: text, allowed });
  }
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
    const at = { sheet: QUESTIONS_SHEET, row: number };
    if (!(questionNames as readonly string[]).includes(name)) {
      report({
        ...at,
        column: 'question',
        code: 'unknown-question',
        value: name,
        allowed: [...questionNames],
      });
      return;
    }
    const enabled = flag(cell('enabled'));
    const required = flag(cell('required'));
    if (enabled === undefined)
      report({ ...at, column: 'enabled', code: 'bad-yes-no', value: cell('enabled') });
    if (required === undefined)
      report({ ...at, column: 'required', code: 'bad-yes-no', value: cell('required') });
    questions[name as QuestionName] = { enabled: enabled ?? false, required: required ?? false };
  });
  return questions;
}
