import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftOf } from '../../src/domain/catalogue-publish';
import { backends, testServer, type TestServer } from './app-fixture';
import { draftCalls, inForce } from './catalogue-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(backends)('the draft as a spreadsheet on $title', ({ kind, skip }) => {
  let server: TestServer;
  beforeEach(async () => {
    if (!skip) server = await testServer(kind);
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });
  const download = async () => {
    const response = await server.call({
      method: 'GET',
      url: '/api/v1/catalogue/draft.xlsx',
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return { workbook, etag: response.headers.etag as string | undefined };
  };
  const upload = async (body: Buffer | string, ifMatch?: string, type = XLSX) =>
    server.call({
      method: 'PUT',
      url: '/api/v1/catalogue/draft.xlsx',
      headers: {
        authorization: `Bearer ${server.adminToken}`,
        'content-type': type,
        ...(ifMatch && { 'if-match': ifMatch }),
      },
      payload: body,
    });
  const bytes = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
  /** The upload was refused with exactly this one problem, and no draft was made. */
  const expectRefused = async (response: Awaited<ReturnType<typeof upload>>, problem: object) => {
    expect(response.statusCode).toBe(422);
    expect(response.json().problems).toEqual([problem]);
    expect((await draftCalls(server).get()).statusCode).toBe(404);
  };

  it.skipIf(skip)('round-trips: download, upload unchanged, and the draft is identical', async () => {
    const calls = draftCalls(server);
    const draft = draftOf(await inForce(server));
    draft.topics.find((t) => t.code === 'health.mental')!.retired = true;
    draft.topics.push({
      code: 'health.mind',
      fi: 'Mieli',
      sv: 'Sinne',
      en: 'Mind',
      retired: false,
      continues: ['health.mental'],
    });
    draft.questions.channel = { enabled: true, required: true };
    const saved = await calls.put(draft, undefined, 'A note');
    const { workbook, etag } = await download();
    expect(etag).toBe(saved.headers.etag);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Age groups',
      'Sectors',
      'Topic groups',
      'Topics',
      'Referrals',
      'Service languages',
      'Reasons for coming in person',
      'Walk-in or outreach',
      'Questions',
    ]);
    expect(workbook.getWorksheet('Topics')!.getRow(1).values).toEqual([
      undefined,
      'code',
      'fi',
      'sv',
      'en',
      'group',
      'next step',
      'retired',
      'continues',
    ]);
    const uploaded = await upload(await bytes(workbook), etag);
    expect(uploaded.statusCode).toBe(200);
    const after = (await calls.get()).json();
    expect(after.catalogue).toEqual(draft);
    expect(after.note).toBe('A note');
    expect(after.revision).not.toBe(saved.json().revision);
  });

  it.skipIf(skip)('names sheet, row, column and a code for every error, and changes nothing', async () => {
    const { workbook } = await download();
    const topics = workbook.getWorksheet('Topics')!;
    topics.getRow(14).getCell(3).value = '';
    topics.getRow(3).getCell(5).value = 'health';
    topics.getRow(5).getCell(8).value = 'Old_topic';
    topics.getRow(6).getCell(4).value = 'x'.repeat(201);
    const referrals = workbook.getWorksheet('Referrals')!;
    referrals.getRow(2).getCell(6).value = 'maybe';
    referrals.getRow(3).getCell(1).value = '';
    workbook.getWorksheet('Age groups')!.getRow(2).getCell(1).value = 'Families!';
    workbook.getWorksheet('Sectors')!.getRow(1).getCell(9).value = 'comment';
    const questions = workbook.getWorksheet('Questions')!;
    questions.getRow(2).getCell(2).value = 'perhaps';
    questions.addRow(['mood', 'yes', '']);
    workbook.addWorksheet('Notes');
    const response = await upload(await bytes(workbook));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error).toBe('spreadsheet-invalid');
    const group = topics.getRow(3).getCell(1).text.split('.')[0];
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { sheet: 'Topics', row: 14, column: 'sv', code: 'missing-label', lang: 'sv', message: 'empty' },
        expect.objectContaining({
          sheet: 'Topics',
          row: 3,
          column: 'group',
          code: 'group-mismatch',
          value: 'health',
          expected: group,
        }),
        expect.objectContaining({ row: 5, column: 'continues', code: 'bad-code-format', value: 'Old_topic' }),
        expect.objectContaining({ row: 6, column: 'en', code: 'label-too-long', lang: 'en', max: 200 }),
        expect.objectContaining({
          sheet: 'Referrals',
          row: 2,
          column: 'next step',
          code: 'bad-next-step',
          value: 'maybe',
          allowed: ['none', 'unit-contacts-client', 'client-contacts-unit'],
        }),
        expect.objectContaining({ sheet: 'Referrals', row: 3, column: 'code', code: 'missing-code' }),
        expect.objectContaining({
          sheet: 'Age groups',
          row: 2,
          column: 'code',
          code: 'bad-code-format',
          value: 'Families!',
          message: expect.stringContaining('is not a code'),
        }),
        expect.objectContaining({
          sheet: 'Sectors',
          row: 1,
          column: 'I',
          code: 'unknown-column',
          value: 'comment',
          message: expect.stringContaining('unknown column "comment"'),
        }),
        expect.objectContaining({ sheet: 'Questions', row: 2, code: 'bad-yes-no', value: 'perhaps' }),
        expect.objectContaining({ sheet: 'Questions', row: 6, code: 'unknown-question', value: 'mood' }),
        expect.objectContaining({
          sheet: 'Notes',
          row: 0,
          code: 'unknown-sheet',
          allowed: expect.arrayContaining(['Topics', 'Questions']),
          message: expect.stringContaining('unknown sheet'),
        }),
      ]),
    );
    expect(body.problems).toHaveLength(11);
    expect(body.message).toContain('Nothing was changed');
    expect((await draftCalls(server).get()).statusCode).toBe(404);
  });

  it.skipIf(skip)('refuses a code listed twice in a sheet, naming the row it is first on', async () => {
    const { workbook } = await download();
    const topics = workbook.getWorksheet('Topics')!;
    const repeated = topics.getRow(2).getCell(1).text;
    topics.getRow(7).getCell(1).value = repeated;
    await expectRefused(await upload(await bytes(workbook)), {
      sheet: 'Topics',
      row: 7,
      column: 'code',
      code: 'duplicate-code',
      value: repeated,
      firstRow: 2,
      message: `"${repeated}" is already the code of row 2: a code can be in a list only once`,
    });
  });

  it.skipIf(skip)('refuses a file that is not XLSX, and a missing sheet, with a clear message', async () => {
    const csv = await upload('code;fi\nfamilies;Lapsiperheet\n');
    expect(csv.statusCode).toBe(415);
    expect(csv.json()).toMatchObject({
      error: 'not-xlsx',
      message: expect.stringContaining('not an Excel workbook'),
    });
    const text = await upload('code;fi', undefined, 'text/csv');
    expect(text.statusCode).toBe(415);
    const { workbook } = await download();
    workbook.removeWorksheet(
      workbook.getWorksheet('Channels')?.id ?? workbook.getWorksheet('Walk-in or outreach')!.id,
    );
    await expectRefused(await upload(await bytes(workbook)), {
      sheet: 'Walk-in or outreach',
      row: 0,
      column: '',
      code: 'missing-sheet',
      message: 'the sheet is missing',
    });
  });

  it.skipIf(skip)('refuses an upload over a draft someone else saved meanwhile', async () => {
    const calls = draftCalls(server);
    const first = await calls.put(draftOf(await inForce(server)));
    const { workbook, etag } = await download();
    expect(etag).toBe(first.headers.etag);
    await calls.put(draftOf(await inForce(server)), etag);
    expect((await upload(await bytes(workbook), etag)).statusCode).toBe(412);
  });
});
