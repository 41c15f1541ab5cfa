import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeskPage } from '../../../src/client/features/desk/desk-page';
import { AppHeader } from '../../../src/client/ui/app-header';
import { applyLangFromUrl } from '../../../src/client/ui/lang-store';
import { enrol, freshTablet } from './desk-harness';

// Many taps per test in jsdom: a loaded 2-core machine needs more than the default 5 s.
describe('The language switch in the header', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await freshTablet('fi');
    await enrol();
  });
  afterEach(() => vi.useRealTimers());

  it('turns the desk into Swedish and English, and ?lang= picks the language from the address', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <>
        <AppHeader path="/" />
        <DeskPage />
      </>,
    );
    expect(await screen.findByRole('button', { name: 'Tallenna' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fi');

    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(screen.getByRole('button', { name: 'Spara' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('radiogroup', { name: 'Åldersgrupp' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');

    applyLangFromUrl('?lang=en');
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('link', { name: 'Desk' })).toHaveAttribute('aria-current', 'page');
  });
});
