import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Directory } from '../../../src/domain/directory';
import { DirectoryPage } from '../../../src/client/features/directory/directory-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { ADMIN, type TestServer } from '../../server/app-fixture';
import { browseAs, pageServer } from '../../support/page-server';

const stored = async (server: TestServer) =>
  (await server.asAdmin('GET', '/api/v1/directory')).json() as Directory;

describe('the service directory page', { timeout: 30_000 }, () => {
  const server = pageServer();
  beforeAll(async () => {
    await server().asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
  });
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    // The page talks to the real server in-process, signed in as its admin.
    await browseAs(server(), ADMIN);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists every service as a demonstration until an admin enters its details, then saves them', async () => {
    const user = userEvent.setup();
    render(<DirectoryPage />);
    const kela = (await screen.findByRole('heading', { name: 'Kela (social insurance)' })).closest('li')!;
    expect(within(kela).getByText('Demonstration')).toBeInTheDocument();

    await user.click(within(kela).getByRole('button', { name: 'Edit: Kela (social insurance)' }));
    const form = within(kela).getByRole('form', { name: 'Edit: Kela (social insurance)' });
    // Demonstration values are not offered as a starting point, so none is saved as real by accident.
    expect(within(form).getByLabelText('Phone')).toHaveValue('');
    await user.type(within(form).getByLabelText('Name of the service in Finnish'), 'Kela, Hyvinkää');
    await user.type(within(form).getByLabelText('Phone'), '020 692 207');
    await user.type(within(form).getByLabelText('Opening hours in Finnish'), 'ma–pe 9–16');
    await user.type(within(form).getByLabelText('Web address'), 'https://www.kela.fi');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved: Kela (social insurance)')).toBeInTheDocument();
    const kelaAfter = screen.getByRole('heading', { name: 'Kela (social insurance)' }).closest('li')!;
    await waitFor(() => expect(within(kelaAfter).getByText(/^Updated /)).toBeInTheDocument());
    expect((await stored(server())).services.find((s) => s.code === 'external.kela')).toMatchObject({
      isDemonstration: false,
      name: { fi: 'Kela, Hyvinkää', sv: '', en: '' },
      phone: '020 692 207',
      url: 'https://www.kela.fi',
    });
  });

  it('says what to correct and saves nothing when a field is wrong', async () => {
    const user = userEvent.setup();
    render(<DirectoryPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit: Parish' }));
    const form = screen.getByRole('form', { name: 'Edit: Parish' });
    await user.type(within(form).getByLabelText('Phone'), 'ring us');
    await user.type(within(form).getByLabelText('Web address'), 'www.parish.fi');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText(/A phone number has only digits/)).toBeInTheDocument();
    expect(within(form).getByText(/A web address starts with https:\/\//)).toBeInTheDocument();
    expect(within(form).getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
    expect((await stored(server())).services.find((s) => s.code === 'external.parish')?.isDemonstration).toBe(
      true,
    );
  });

  it("edits a point's address, hours, phone and feedback address", async () => {
    const user = userEvent.setup();
    render(<DirectoryPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit: Hyvinkää' }));
    const form = screen.getByRole('form', { name: 'Edit: Hyvinkää' });
    await user.type(within(form).getByLabelText('Address'), 'Sairaalankatu 1, 05850 Hyvinkää');
    await user.type(within(form).getByLabelText('Opening hours in Finnish'), 'ma–pe 8–15');
    await user.type(within(form).getByLabelText('Phone'), '019 123 4567');
    await user.type(
      within(form).getByLabelText('Feedback web address'),
      'https://palaute.example.fi/?piste=hyvinkaa',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: Hyvinkää')).toBeInTheDocument();
    expect((await stored(server())).points[0]).toMatchObject({
      isDemonstration: false,
      phone: '019 123 4567',
      address: 'Sairaalankatu 1, 05850 Hyvinkää',
    });
    expect((await server().store.auditLog()).some((e) => e.action === 'directory-point-edited')).toBe(true);
  });
});
