import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/client/db/database';
import { getDevice, markDeviceRevoked, saveDevice } from '../../../src/client/db/device';
import { EnrolPage } from '../../../src/client/features/sync/enrol-page';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { navigate } from '../../../src/client/ui/navigation';
import { jsonResponse } from './harness';

function enrolServer(validCode: string) {
  return vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (String(url) !== '/api/v1/devices/enrol' || init?.method !== 'POST')
      return jsonResponse(404, { error: 'not-found', message: '' });
    const body = JSON.parse(String(init.body)) as { code: string; label: string };
    if (body.code !== validCode)
      return jsonResponse(401, { error: 'bad-enrolment-code', message: 'Unknown or expired code.' });
    return jsonResponse(201, { deviceId: 'dev-7', token: 'secret-token', pointId: 'kerava' });
  });
}

describe('EnrolPage', () => {
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    await Promise.all(db.tables.map((table) => table.clear()));
    navigate('/enrol');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('enrols the tablet with a code and a device name, keeps the token and goes to the desk', async () => {
    vi.stubGlobal('fetch', enrolServer('K7Q2-9XWD'));
    const user = userEvent.setup();
    render(<EnrolPage />);
    await user.type(screen.getByLabelText('Enrolment code'), 'WRONG');
    await user.type(screen.getByLabelText('Device name'), 'Front desk 1');
    await user.click(screen.getByRole('button', { name: 'Enrol device' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The enrolment code is unknown, already used or expired. Ask an administrator for a new code.',
    );
    expect(await getDevice()).toBeUndefined();

    await user.clear(screen.getByLabelText('Enrolment code'));
    await user.type(screen.getByLabelText('Enrolment code'), ' K7Q2-9XWD ');
    await user.click(screen.getByRole('button', { name: 'Enrol device' }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(await getDevice()).toMatchObject({
      deviceId: 'dev-7',
      token: 'secret-token',
      pointId: 'kerava',
      label: 'Front desk 1',
    });
  });

  it('says in Finnish to wait when the server answers 429, without its English words', async () => {
    useLangStore.setState({ lang: 'fi' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(429, { error: 'too-many-requests', message: 'Too many requests; try again in 60 s' }),
      ),
    );
    const user = userEvent.setup();
    render(<EnrolPage />);
    await user.type(screen.getByLabelText('Liittämiskoodi'), 'K7Q2-9XWD');
    await user.type(screen.getByLabelText('Laitteen nimi'), 'Aula 1');
    await user.click(screen.getByRole('button', { name: 'Liitä laite' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Liittäminen ei onnistunut: Liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä uudelleen.',
    );
    expect(alert).not.toHaveTextContent('Too many');
    expect(await getDevice()).toBeUndefined();
  });

  it('re-enrols a revoked tablet and keeps its visits', async () => {
    vi.stubGlobal('fetch', enrolServer('NEW-CODE'));
    await saveDevice({
      deviceId: 'old',
      token: 'old-token',
      pointId: 'kerava',
      label: 'Desk',
      enrolledAt: '2026-01-01T00:00:00.000Z',
    });
    await markDeviceRevoked('2026-03-01T00:00:00.000Z');
    const user = userEvent.setup();
    render(<EnrolPage />);
    expect(await screen.findByRole('note')).toHaveTextContent('earlier enrolment was revoked');
    await user.type(screen.getByLabelText('Enrolment code'), 'NEW-CODE');
    await user.type(screen.getByLabelText('Device name'), 'Desk');
    await user.click(screen.getByRole('button', { name: 'Enrol device' }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    const device = await getDevice();
    expect(device).toMatchObject({ token: 'secret-token' });
    expect(device?.revokedAt).toBeUndefined();
  });

  it('says plainly when there is no network', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    useLangStore.setState({ lang: 'sv' });
    const user = userEvent.setup();
    render(<EnrolPage />);
    await user.type(screen.getByLabelText('Anslutningskod'), 'X');
    await user.type(screen.getByLabelText('Enhetens namn'), 'Y');
    await user.click(screen.getByRole('button', { name: 'Anslut enheten' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ingen kontakt med servern');
  });
});
