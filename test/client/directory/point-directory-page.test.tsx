import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Directory } from '../../../src/domain/directory';
import { DirectoryPage } from '../../../src/client/features/directory/directory-page';
import { slipModel } from '../../../src/client/features/slip/slip-model';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { ADMIN, testServer, type TestServer } from '../../server/app-fixture';
import { browseAs } from '../../support/page-server';

const directoryOf = async (server: TestServer, token = server.adminToken) =>
  (
    await server.call({
      method: 'GET',
      url: '/api/v1/directory',
      headers: { authorization: `Bearer ${token}` },
    })
  ).json() as Directory;

describe('the service directory page, per point', { timeout: 30_000 }, () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer();
    await server.asAdmin('POST', '/api/v1/points', { id: 'hyvinkaa', name: 'Hyvinkää' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    // The page talks to the real server in-process, signed in as its admin.
    await browseAs(server, ADMIN);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await server.close();
  });

  it('chooses the municipalities a point serves by searching the year’s list, in Swedish', async () => {
    useLangStore.setState({ lang: 'sv' });
    const user = userEvent.setup();
    render(<DirectoryPage />);
    await user.click(await screen.findByRole('button', { name: 'Välj kommuner: Hyvinkää' }));
    const form = screen.getByRole('form', { name: 'Redigera: Kommuner: Hyvinkää' });
    expect(within(form).getByText(/Inga kommuner har valts/)).toBeInTheDocument();
    const search = within(form).getByLabelText('Sök kommun');
    await user.type(search, 'hyvin');
    await user.click(within(form).getByRole('checkbox', { name: 'Hyvinge (106)' }));
    await user.clear(search);
    // Accents need not be typed; the Swedish name finds it too.
    await user.type(search, 'traskand');
    expect(within(form).getByRole('status')).toHaveTextContent('1 kommuner hittades.');
    await user.click(within(form).getByRole('checkbox', { name: 'Träskända (186)' }));
    const chosen = within(form).getByRole('group', { name: 'Valda kommuner (2)' });
    expect(
      within(chosen)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Hyvinge (106)', 'Träskända (186)']);
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Sparat: Hyvinkää')).toBeInTheDocument();
    expect(screen.getByText('Hyvinge, Träskända')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Välj kommuner: Hyvinkää' })).toHaveFocus();
    const { points } = await directoryOf(server);
    expect(points[0]!.municipalities?.map((m) => m.code)).toEqual(['106', '186']);
  });

  it("sets a referral's contact for one point, which that point's slips print, and removes it again", async () => {
    useLangStore.setState({ lang: 'en' });
    const tablet = await server.enrolTablet('hyvinkaa');
    const user = userEvent.setup();
    render(<DirectoryPage />);
    const summary = await screen.findByText('Services’ contact details at this point (own: 0)');
    await user.click(summary);
    const own = summary.closest('details')!;
    const kela = within(own).getByRole('heading', { name: 'Kela (social insurance)' }).closest('li')!;
    expect(within(kela).getByText('County-wide details')).toBeInTheDocument();
    await user.click(
      within(kela).getByRole('button', {
        name: 'Set this point’s own details: Kela (social insurance) (Hyvinkää)',
      }),
    );
    const form = within(kela).getByRole('form', { name: 'Edit: Kela (social insurance) (Hyvinkää)' });
    await user.type(within(form).getByLabelText('Phone'), 'call Kela');
    await user.type(within(form).getByLabelText('Address'), 'Kauppalankatu 3, Hyvinkää');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // The mistake is shown at its field, and nothing is saved.
    expect(await within(form).findByText(/A phone number has only digits/)).toBeInTheDocument();
    expect((await directoryOf(server)).pointServices).toEqual([]);
    await user.clear(within(form).getByLabelText('Phone'));
    await user.type(within(form).getByLabelText('Phone'), '020 634 0400');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: Kela (social insurance) (Hyvinkää)')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(kela).getByText(/This point’s own details: .*020 634 0400/)).toBeInTheDocument(),
    );

    // The point's tablet gets it in its directory, and its slip prints it.
    const onTablet = await directoryOf(server, tablet.token);
    const slip = slipModel(
      { pointId: 'hyvinkaa', visitDate: '2026-03-02', referrals: ['external.kela'] },
      referenceCatalogue,
      onTablet,
      'Hyvinkää',
      'fi',
    );
    expect(slip.steps[0]!.service).toMatchObject({
      phone: '020 634 0400',
      address: 'Kauppalankatu 3, Hyvinkää',
    });

    await user.click(
      within(kela).getByRole('button', {
        name: 'Remove this point’s own details: Kela (social insurance) (Hyvinkää)',
      }),
    );
    expect(await screen.findByText(/Removed: Kela \(social insurance\) \(Hyvinkää\)/)).toBeInTheDocument();
    await waitFor(() => expect(within(kela).getByText('County-wide details')).toBeInTheDocument());
    expect(
      (await directoryOf(server, tablet.token)).services.find((s) => s.code === 'external.kela')?.pointId,
    ).toBeUndefined();
  });
});
