import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditPage } from '../../../src/client/features/audit/audit-page';
import { useSessionStore } from '../../../src/client/session/session-store';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { ADMIN, SUPERVISOR } from '../../server/app-fixture';
import { browseAs, pageServer } from '../../support/page-server';

describe('/admin/audit against the real server', () => {
  const server = pageServer({ addressLimits: { signInsPerMinute: 1000 } });
  beforeAll(async () => {
    await server().signInSupervisor([]);
    for (let i = 0; i < 55; i += 1) await server().login(SUPERVISOR);
    await server().enrolTablet('hyvinkaa', 'Front desk');
  });
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    useSessionStore.setState({ status: 'unknown', session: null, loadError: null });
    await browseAs(server(), ADMIN);
    return () => vi.unstubAllGlobals();
  });

  const rows = async () => {
    const table = await screen.findByRole('table', { name: 'Events, newest first' });
    return within(table).getAllByRole('row').slice(1);
  };

  it('lists events newest first, filters by who and what, and pages to older events and back', async () => {
    const user = userEvent.setup();
    render(<AuditPage />);
    expect(await rows()).toHaveLength(50);
    expect(within((await rows())[0]!).getByText('Signed in')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Who'), 'Tablets');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(within((await rows())[0]!).getByText('Front desk')).toBeInTheDocument();
    expect(within((await rows())[0]!).getByText('Tablet enrolled')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Events, newest first' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Download the filtered log as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/audit?actorKind=device&format=csv',
    );

    await user.selectOptions(screen.getByLabelText('Who'), SUPERVISOR.username);
    await user.selectOptions(screen.getByLabelText('What'), 'Signed in');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(async () => expect(await rows()).toHaveLength(50));
    await user.click(screen.getByRole('button', { name: 'Older' }));
    // 56 sign-ins of the supervisor: 50 on the first page, 6 on the next, and no further page.
    await waitFor(async () => expect(await rows()).toHaveLength(6));
    expect(screen.queryByRole('button', { name: 'Older' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    await waitFor(async () => expect(await rows()).toHaveLength(50));
  });

  it('says when nothing matches, in Finnish', async () => {
    useLangStore.setState({ lang: 'fi' });
    const user = userEvent.setup();
    render(<AuditPage />);
    await user.type(await screen.findByLabelText('Alkaen'), '2020-01-01');
    await user.type(screen.getByLabelText('Asti'), '2020-01-31');
    await user.click(screen.getByRole('button', { name: 'Näytä' }));
    expect(await screen.findByText('Ei tapahtumia näillä rajauksilla.')).toBeInTheDocument();
  });
});
