import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CataloguePage } from '../../../src/client/features/catalogue/catalogue-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { testServer, type TestServer } from '../../server/app-fixture';

/** A blob's bytes (jsdom's Blob has no arrayBuffer()). */
const bytesOf = (blob: Blob) =>
  new Promise<Buffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

/** The page talks to the real server in-process, signed in as its admin. */
function stubFetch(server: TestServer) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await server.app.inject({
      method: (init?.method ?? 'GET') as 'GET' | 'PUT',
      url: String(input),
      headers: {
        ...Object.fromEntries(new Headers(init?.headers).entries()),
        authorization: `Bearer ${server.adminToken}`,
      },
      ...(typeof init?.body === 'string' && { payload: init.body }),
      ...(init?.body instanceof Blob && { payload: await bytesOf(init.body) }),
    });
    const isBodiless = response.statusCode === 204;
    return new Response(isBodiless ? null : response.body, {
      status: response.statusCode,
      headers: { 'content-type': 'application/json' },
    });
  });
}

const inForce = async (server: TestServer) =>
  (await server.asAdmin('GET', '/api/v1/catalogue')).json() as {
    version: string;
    topics: { code: string; en: string; retired: boolean }[];
  };

/**
 * The draft's note, looked up within the draft's own section: a label lookup over the whole page
 * (hundreds of fields) takes a minute in jsdom.
 */
const noteField = () => within(screen.getByRole('region', { name: 'Draft' })).getByLabelText('What changes');

describe('the catalogue page', { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer();
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    stubFetch(server);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  it('starts a draft, retires a topic and publishes a version the server puts in force', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CataloguePage />);
    await user.click(await screen.findByRole('button', { name: 'Start a draft' }));
    const housing = (await screen.findByText('social.housing', { selector: 'legend' })).closest('fieldset')!;
    await user.click(within(housing).getByRole('checkbox', { name: 'Retired' }));
    expect(screen.getAllByText('The draft has changes that are not saved.').length).toBeGreaterThan(0);

    await user.click(noteField());
    await user.paste('Housing retired');
    await user.click(screen.getByText('Publish', { selector: 'button' }));
    expect(await screen.findByText(/^Version 2 is published and in force/)).toBeInTheDocument();
    const catalogue = await inForce(server);
    expect(catalogue.version).toBe('2');
    expect(catalogue.topics.find((t) => t.code === 'social.housing')?.retired).toBe(true);
  });

  it('lists every problem of a draft that cannot be published, in the admin’s language, and publishes nothing', async () => {
    useLangStore.setState({ lang: 'fi' });
    const user = userEvent.setup({ delay: null });
    render(<CataloguePage />);
    await user.click(await screen.findByRole('button', { name: 'Aloita luonnos' }));
    await user.click(await screen.findByRole('button', { name: 'Lisää kohta: Asiat' }));
    const added = screen.getByRole('group', { name: 'uusi kohta' });
    await user.click(within(added).getByLabelText('Koodi'));
    await user.paste('nowhere.thing');
    await user.click(within(added).getByLabelText('suomeksi'));
    await user.paste('Jotain');
    await user.click(screen.getByRole('button', { name: 'Julkaise' }));
    const problems = await screen.findByText(/^Versiota ei julkaistu/);
    const list = problems.closest<HTMLElement>('[role="alert"]')!;
    expect(
      within(list).getByText('Asiat, nowhere.thing: koodin alku ei ole minkään asiaryhmän koodi.'),
    ).toBeInTheDocument();
    expect(within(list).getAllByText(/^Asiat, nowhere\.thing: nimi puuttuu/)).toHaveLength(2);
    expect((await inForce(server)).version).not.toBe('2');
  });

  it('words each problem of an uploaded spreadsheet in Finnish, and changes nothing', async () => {
    useLangStore.setState({ lang: 'fi' });
    const user = userEvent.setup({ delay: null });
    render(<CataloguePage />);
    await user.click(await screen.findByRole('button', { name: 'Aloita luonnos' }));
    const downloaded = await server.asAdmin('GET', '/api/v1/catalogue/draft.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloaded.rawPayload as unknown as ArrayBuffer);
    workbook.getWorksheet('Topics')!.getRow(14).getCell(3).value = '';
    workbook.getWorksheet('Referrals')!.getRow(2).getCell(6).value = 'maybe';
    workbook.getWorksheet('Age groups')!.getRow(2).getCell(1).value = 'Families!';
    workbook.getWorksheet('Questions')!.getRow(2).getCell(2).value = 'perhaps';
    workbook.addWorksheet('Notes');
    const file = new File([await workbook.xlsx.writeBuffer()], 'catalogue-draft.xlsx');
    // Queries stay inside the spreadsheet's section: the whole page has hundreds of fields.
    const section = await screen.findByRole('region', { name: 'Taulukkona (XLSX)' });
    await user.upload(within(section).getByLabelText('XLSX-tiedosto'), file);
    await user.click(within(section).getByRole('button', { name: 'Tuo luonnokseksi' }));

    const list = await within(section).findByRole('alert', {}, { timeout: 10_000 });
    expect(list).toHaveTextContent(/^Taulukkoa ei tuotu\. Korjaa nämä kohdat:/);
    const lines = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Topics, rivi 14, sv: Ruotsinkielinen nimi puuttuu.',
        'Referrals, rivi 2, next step: ”maybe” ei ole seuraava askel. Käytä jotakin näistä: none, unit-contacts-client, client-contacts-unit.',
        'Age groups, rivi 2, code: ”Families!” ei kelpaa koodiksi: käytä pieniä kirjaimia, numeroita, pisteitä (.) ja viivoja (-).',
        'Questions, rivi 2, enabled: ”perhaps” ei ole kyllä eikä ei. Kirjoita yes tai kyllä, tai jätä solu tyhjäksi.',
        expect.stringMatching(/^Notes: Tuntematon välilehti\. Välilehdet ovat: Age groups, .*, Questions\.$/),
      ]),
    );
    expect(lines).toHaveLength(5);
    // The server's English sentences stay out of the Finnish page.
    expect(list.textContent).not.toMatch(/empty|is not|unknown|use /i);
    expect(list.querySelector('[lang="en"]')).toBeNull();
    const draft = (await server.asAdmin('GET', '/api/v1/catalogue/draft')).json() as { catalogue: unknown };
    expect(JSON.stringify(draft.catalogue)).not.toContain('Families!');
  });

  it('refuses a save over someone else’s and offers to reload the draft', async () => {
    const user = userEvent.setup({ delay: null });
    render(<CataloguePage />);
    await user.click(await screen.findByRole('button', { name: 'Start a draft' }));
    await screen.findByRole('group', { name: 'social.housing' });
    // Another admin saves the draft meanwhile.
    const other = (await server.asAdmin('GET', '/api/v1/catalogue/draft')).json() as {
      catalogue: unknown;
      revision: string;
    };
    const response = await server.app.inject({
      method: 'PUT',
      url: '/api/v1/catalogue/draft',
      headers: {
        authorization: `Bearer ${server.adminToken}`,
        'if-match': `"${other.revision}"`,
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ catalogue: other.catalogue, note: 'The other admin' }),
    });
    expect(response.statusCode).toBe(200);

    await user.click(
      within(screen.getByRole('group', { name: 'social.housing' })).getByRole('checkbox', {
        name: 'Retired',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/^Someone else saved the draft meanwhile/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload the draft' }));
    await waitFor(() => expect(noteField()).toHaveValue('The other admin'));
  });
});
