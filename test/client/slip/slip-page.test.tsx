import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { referenceCatalogue } from '../../../src/domain/catalogue';
import { db } from '../../../src/client/db/database';
import { setSetting } from '../../../src/client/db/settings';
import { SlipPage } from '../../../src/client/features/slip/slip-page';
import { useLangStore } from '../../../src/client/ui/lang-store';
import { navigate } from '../../../src/client/ui/navigation';
import { directory, seedTablet, VISIT_ID, visit } from './slip-fixture';

async function openSlip(query = '') {
  navigate(`/slip/${VISIT_ID}${query}`);
  render(<SlipPage visitId={VISIT_ID} />);
  return screen.findByRole('article');
}

const topicLabels = referenceCatalogue.topics
  .filter((t) => visit.topics.includes(t.code))
  .flatMap((t) => [t.fi, t.sv, t.en]);

describe('the printed slip', () => {
  beforeEach(async () => {
    useLangStore.setState({ lang: 'en' });
    await seedTablet({ directory });
  });

  it('says in Finnish what happens next for a referral of each kind, with the point and the date', async () => {
    const slip = await openSlip('?lang=fi');
    expect(slip).toHaveAttribute('lang', 'fi');
    expect(within(slip).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Pohjoinen sote-keskus (Hyvinkää)',
    );
    expect(slip).toHaveTextContent('Sairaalankatu 1, 05850 Hyvinkää');
    expect(slip).toHaveTextContent('Auki ma–pe 8–15 · Puhelin 019 123 4567');
    expect(slip).toHaveTextContent('Päivä: to 2.4.2026');
    // unit-contacts-client: two working days after Maundy Thursday skip Good Friday and Easter Monday.
    expect(slip).toHaveTextContent('Lääkärin jatkoselvittelyyn');
    expect(slip).toHaveTextContent('Hyvinkään terveysasema ottaa sinuun yhteyttä viimeistään ke 8.4.2026.');
    expect(slip).toHaveTextContent('Jos yhteydenottoa ei tule, soita 019 456 7890.');
    // client-contacts-unit: how to reach the service, with a QR code of its web address.
    expect(slip).toHaveTextContent('Ota itse yhteyttä: Kela');
    expect(slip).toHaveTextContent('Puhelin020 692 207');
    expect(slip).toHaveTextContent('Hämeenkatu 1, 05800 Hyvinkää');
    await waitFor(() =>
      expect(within(slip).getByRole('img', { name: 'QR: https://www.kela.fi' })).toHaveAttribute(
        'src',
        expect.stringMatching(/^data:image\/svg\+xml/),
      ),
    );
    // none: handled at the desk.
    expect(slip).toHaveTextContent('Asia ratkesi lähineuvonnassa');
    expect(slip).toHaveTextContent('Asia hoidettiin neuvontapisteessä. Sinun ei tarvitse tehdä muuta.');
    // Feedback names the point and nothing else.
    expect(slip).toHaveTextContent(
      'Kerro, miten onnistuimme: lue QR-koodi tai avaa https://palaute.example.fi/?piste=hyvinkaa',
    );
    expect(
      await within(slip).findByRole('img', { name: 'QR: https://palaute.example.fi/?piste=hyvinkaa' }),
    ).toBeInTheDocument();
    expect(slip).not.toHaveTextContent('ESIMERKKITIEDOT');
  });

  it('prints in Swedish from ?lang=sv while the UI stays English', async () => {
    const slip = await openSlip('?lang=sv');
    expect(slip).toHaveAttribute('lang', 'sv');
    expect(slip).toHaveTextContent('Datum: tors 2.4.2026');
    expect(slip).toHaveTextContent('Hyvinge hälsostation kontaktar dig senast ons 8.4.2026.');
    expect(slip).toHaveTextContent('Ta själv kontakt med: FPA');
    expect(slip).toHaveTextContent('Ärendet sköttes på rådgivningspunkten.');
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
  });

  it('prints in English and switches language with the selector, keeping it in the address for a reprint', async () => {
    useLangStore.setState({ lang: 'fi' });
    let slip = await openSlip('?lang=en');
    expect(slip).toHaveTextContent('Hyvinkää health centre will contact you by Wed, 8 Apr 2026.');
    expect(slip).toHaveTextContent('Please contact: Kela');
    expect(slip).toHaveTextContent('Your matter was dealt with at the advice point.');
    await userEvent.setup().selectOptions(screen.getByLabelText('Lapun kieli'), 'Suomi');
    await waitFor(() => expect(window.location.search).toBe('?lang=fi'));
    slip = screen.getByRole('article');
    await waitFor(() => expect(slip).toHaveTextContent('ottaa sinuun yhteyttä'));
  });

  it('takes the UI language when the address names none', async () => {
    useLangStore.setState({ lang: 'sv' });
    expect(await openSlip()).toHaveAttribute('lang', 'sv');
  });

  it('switches to large print', async () => {
    const slip = await openSlip('?lang=en');
    expect(slip).not.toHaveClass('slip-large');
    await userEvent.setup().click(screen.getByLabelText('Large print'));
    expect(slip).toHaveClass('slip-large');
  });

  it('never shows the visit id or its topics', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      await openSlip(`?lang=${lang}`);
      await screen.findAllByRole('img');
      const text = document.body.textContent ?? '';
      expect(text).not.toContain(VISIT_ID);
      for (const label of topicLabels) expect(text).not.toContain(label);
      expect(document.body.innerHTML).not.toContain(VISIT_ID);
      document.body.innerHTML = '';
    }
  });

  it('prints the staff instruction but keeps it out of the tablet database and storage', async () => {
    const slip = await openSlip('?lang=en');
    const note = 'Bring your Kela decision letter';
    await userEvent.setup().type(screen.getByLabelText('Short instruction for the client (optional)'), note);
    expect(slip).toHaveTextContent(`Remember:${note}`);
    const everything = await Promise.all(db.tables.map((table) => table.toArray()));
    expect(JSON.stringify(everything)).not.toContain('decision letter');
    expect(JSON.stringify({ ...localStorage })).not.toContain('decision letter');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('decision letter');
  });

  it('marks demonstration details until an admin has entered real ones', async () => {
    await seedTablet(); // no directory cached yet: every contact detail is a demonstration value
    const slip = await openSlip('?lang=en');
    expect(slip).toHaveTextContent('DEMONSTRATION DETAILS – not real contact information');
    expect(slip).toHaveTextContent('The unit will contact you by Tue, 7 Apr 2026.'); // one working day by default
    expect(within(slip).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Pohjoinen sote-keskus (Hyvinkää)',
    );
  });

  it('uses the receipt format from the settings', async () => {
    await setSetting('slipFormat', 'receipt');
    const slip = await openSlip('?lang=en');
    expect(slip).toHaveClass('slip-receipt');
    expect(screen.getByText('Paper: 80 mm receipt roll (change in settings)')).toBeInTheDocument();
  });

  it('says so when the visit is not on this tablet', async () => {
    await db.visits.clear();
    navigate('/slip/unknown?lang=en');
    render(<SlipPage visitId="unknown" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This visit is not on this tablet.');
    expect(screen.getByRole('button', { name: 'Print' })).toBeDisabled();
  });
});
