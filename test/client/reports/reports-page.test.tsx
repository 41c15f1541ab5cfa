import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BATCH_VISITS } from '../../../src/domain/sync-protocol';
import { drawBars } from '../../../src/client/features/reports/bar-chart';
import { ReportsPage } from '../../../src/client/features/reports/reports-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { SUPERVISOR, type TestServer } from '../../server/app-fixture';
import { browseAs, pageServer } from '../../support/page-server';
import { keusoteVisits } from '../../support/visit-factory';

// jsdom has no canvas: the chart's drawing is replaced, what it is given is checked.
vi.mock('../../../src/client/features/reports/bar-chart', () => ({
  drawBars: vi.fn(() => ({ destroy: () => undefined })),
}));

const POINTS = [
  { id: 'hyvinkaa', name: 'Hyvinkää' },
  { id: 'kerava', name: 'Kerava' },
];
let now = new Date('2023-01-02T08:00:00Z');
const UUSI = { username: 'uusi', password: 'harbour lantern violet oatmeal' };

/**
 * The real server as a county's would be in early July 2023: the Keusote visits at Hyvinkää, each
 * month's sent by its tablet at the month's end; Hyvinkää's tablet last synced after June ended,
 * Kerava's (no visits) before.
 */
async function seed(server: TestServer): Promise<void> {
  // The admin's work first: their session ends once the clock moves on by months.
  for (const point of POINTS) await server.asAdmin('POST', '/api/v1/points', point);
  const desk1 = await server.enrolTablet('hyvinkaa', 'Desk 1');
  const desk2 = await server.enrolTablet('kerava', 'Desk 2');
  for (const [who, points] of [
    [SUPERVISOR, POINTS.map((p) => p.id)],
    [UUSI, []],
  ] as const) {
    const created = await server.asAdmin('POST', '/api/v1/users', { ...who, role: 'supervisor', points });
    expect(created.statusCode).toBe(201);
  }
  const visits = keusoteVisits('hyvinkaa');
  for (let month = 1; month <= 6; month += 1) {
    now = new Date(`2023-0${month}-28T16:00:00Z`);
    const ofMonth = visits.filter((v) => v.visitDate.startsWith(`2023-0${month}`));
    for (let i = 0; i < ofMonth.length; i += MAX_BATCH_VISITS) {
      const statuses = await server.statuses(desk1.token, ofMonth.slice(i, i + MAX_BATCH_VISITS));
      expect(statuses.every((status) => status === 'accepted')).toBe(true);
    }
  }
  now = new Date('2023-06-20T12:00:00Z');
  await server.store.markDeviceSynced(desk2.deviceId);
  now = new Date('2023-07-03T07:00:00Z');
  await server.store.markDeviceSynced(desk1.deviceId);
}

/** Point the page at the server as `who`, keeping the tally requests it makes. */
async function browse(server: TestServer, who = SUPERVISOR) {
  const pageFetch = await browseAs(server, who);
  const calls: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input));
    return pageFetch(input, init);
  });
  return {
    pageFetch,
    tallyCalls: () => calls.filter((u) => u.startsWith('/api/v1/tallies')),
  };
}

/**
 * Wait until the figures on screen answer the range and points now picked. Until then the last
 * figures stay shown (marked busy), e.g. last month's, fetched as soon as the points were in.
 */
async function figuresShown(): Promise<void> {
  await waitFor(() =>
    expect(document.querySelector('.reports-page [aria-busy]')).toHaveAttribute('aria-busy', 'false'),
  );
}

/** The reports page against the real in-process server, signed in as a supervisor of both points. */
describe('ReportsPage', { timeout: 60_000 }, () => {
  const running = pageServer({ clock: () => now });
  beforeAll(async () => seed(running()));
  let server: Awaited<ReturnType<typeof browse>>;
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    server = await browse(running());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the Keusote age group × sector table, totals and the chart for a picked range', async () => {
    const user = userEvent.setup();
    render(<ReportsPage today="2023-07-10" />);
    await user.click(await screen.findByRole('button', { name: 'This year' }));
    // A month field is a picker in a real browser; jsdom takes the value as a change.
    fireEvent.change(screen.getByLabelText('To (month)'), { target: { value: '2023-06' } });
    await waitFor(() =>
      expect(server.tallyCalls().at(-1)).toBe(
        '/api/v1/tallies?from=2023-01&to=2023-06&compare=previous&compare=year',
      ),
    );
    await figuresShown();
    const table = await screen.findByRole('table', { name: 'Visits by age group and sector' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Age group', 'Social care', 'Health care', 'Both', 'Total', 'Share of visits'],
      ['Families with children', '6', '52', '0', '58', '3.9%'],
      ['Working age 18–64', '140', '536', '0', '676', '44.9%'],
      ['Older people 65+', '141', '631', '0', '772', '51.3%'],
      ['All', '287', '1,219', '0', '1,506', '100.0%'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Older people 65+' })).toHaveAttribute(
      'scope',
      'row',
    );
    expect(screen.getByText('Visits:').parentElement).toHaveTextContent('Visits: 1,506');

    // The chart gets the months and one series per sector; its text alternative is the month table.
    // It is drawn once chart.js is imported, after the figures are shown (an earlier range may have been drawn before).
    await waitFor(() =>
      expect(vi.mocked(drawBars).mock.calls.at(-1)?.[1]).toEqual([
        'January 2023',
        'February 2023',
        'March 2023',
        'April 2023',
        'May 2023',
        'June 2023',
      ]),
    );
    const [, , series] = vi.mocked(drawBars).mock.calls.at(-1)!;
    expect(series.map((s) => s.label)).toEqual(['Social care', 'Health care', 'Both']);
    expect(series[1]!.values.reduce((a, b) => a + b, 0)).toBe(1219);
    const chart = screen.getByRole('img', { name: /Bar chart of visits per month/ });
    const monthTable = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(within(monthTable).getByRole('rowheader', { name: 'June 2023' })).toBeInTheDocument();
  });

  it('asks for last quarter, and for only the ticked points', async () => {
    const user = userEvent.setup();
    render(<ReportsPage today="2023-05-10" />);
    await screen.findByRole('table', { name: 'Visits by age group and sector' });
    expect(server.tallyCalls()).toEqual([
      '/api/v1/tallies?from=2023-04&to=2023-04&compare=previous&compare=year',
    ]);
    await user.click(screen.getByRole('button', { name: 'Last quarter' }));
    await waitFor(() =>
      expect(server.tallyCalls().at(-1)).toBe(
        '/api/v1/tallies?from=2023-01&to=2023-03&compare=previous&compare=year',
      ),
    );
    expect(screen.getByRole('button', { name: 'Last quarter' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('checkbox', { name: 'Hyvinkää' }));
    await waitFor(() =>
      expect(server.tallyCalls().at(-1)).toBe(
        '/api/v1/tallies?from=2023-01&to=2023-03&point=kerava&compare=previous&compare=year',
      ),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Kerava' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pick at least one point.');
    await user.click(screen.getByRole('checkbox', { name: 'All points' }));
    await waitFor(() =>
      expect(server.tallyCalls().at(-1)).toBe(
        '/api/v1/tallies?from=2023-01&to=2023-03&compare=previous&compare=year',
      ),
    );
  });

  it('lists topics and referrals with shares of visits, largest first, labelled from the catalogue in Finnish', async () => {
    useLangStore.setState({ lang: 'fi' });
    const user = userEvent.setup();
    render(<ReportsPage today="2023-07-10" />);
    await user.click(await screen.findByRole('button', { name: 'Edellinen neljännes' }));
    await figuresShown();
    const topics = await screen.findByRole('table', { name: 'Asiat' });
    const names = within(topics)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(names).toEqual(['Reseptin uusiminen', 'Toimeentulo ja talous']);
    // The Keusote fixture gives every health visit this topic: its share is the health visits' share.
    const quarter = keusoteVisits().filter((v) => v.visitDate >= '2023-04' && v.visitDate < '2023-07');
    const health = quarter.filter((v) => v.sector === 'health').length;
    const cells = [
      ...within(topics)
        .getByRole('rowheader', { name: 'Reseptin uusiminen' })
        .closest('tr')!
        .querySelectorAll('td'),
    ].map((c) => c.textContent);
    expect(cells).toEqual([
      String(health),
      new Intl.NumberFormat('fi-FI', { style: 'percent', minimumFractionDigits: 1 }).format(
        Math.round((health / quarter.length) * 1000) / 1000,
      ),
    ]);
  });

  it('says what the figures cover and warns of a tablet not synced since the period ended', async () => {
    const user = userEvent.setup();
    render(<ReportsPage today="2023-07-10" />);
    await user.click(await screen.findByRole('button', { name: 'Last quarter' }));
    await figuresShown();
    const coverage = await screen.findByRole('region', { name: 'What the figures cover' });
    expect(coverage).toHaveTextContent('April 2023 – June 2023');
    expect(coverage).toHaveTextContent('Hyvinkää, Kerava');
    expect(within(coverage).getByRole('alert')).toHaveTextContent(
      'Not synced since the period ended – the figures may be incomplete: Kerava, Desk 2',
    );
    expect(within(coverage).getByRole('alert')).not.toHaveTextContent('Desk 1');
    await user.click(screen.getByRole('button', { name: 'This year' }));
    await waitFor(() => expect(coverage).toHaveTextContent('The period has not ended yet'));
  });

  it('offers CSV and XLSX downloads of the same range in the page language, with small figures hidden on request', async () => {
    const user = userEvent.setup();
    render(<ReportsPage today="2023-07-10" />);
    const csv = await screen.findByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute(
      'href',
      '/api/v1/tallies?from=2023-06&to=2023-06&format=csv&lang=en&suppress=false',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Hide figures under 5 visits in downloaded files' }),
    );
    expect(screen.getByRole('link', { name: 'Download Excel (XLSX)' })).toHaveAttribute(
      'href',
      '/api/v1/tallies?from=2023-06&to=2023-06&format=xlsx&lang=en&suppress=true',
    );
  });

  it('tells a supervisor with no points whom to ask, instead of asking for figures', async () => {
    server = await browse(running(), UUSI);
    render(<ReportsPage today="2023-07-10" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your account has no advice points yet.');
    expect(server.tallyCalls()).toEqual([]);
  });

  it('asks to sign in again when the session ends while the page loads its points', async () => {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      // Signed out in another tab just as the page asks for its points and catalogue.
      if (String(input) === '/api/v1/points') await server.pageFetch('/api/v1/session', { method: 'DELETE' });
      return server.pageFetch(input, init);
    });
    render(<ReportsPage today="2023-07-10" />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Reports' })).not.toBeInTheDocument();
  });
});
