import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_UPDATE_EVENT, type BeforeUpdateDetail } from '../../../src/client/pwa/before-update';
import { UpdatePrompt } from '../../../src/client/pwa/update-prompt';
import { useLangStore } from '../../../src/client/ui/lang-store';

// The service worker itself is the browser's (test/e2e/update-*.test.ts); here it is a stand-in
// whose "a new version waits" and "offline ready" the test switches on.
const sw = vi.hoisted(() => ({
  showUpdate: (() => undefined) as (isShown: boolean) => void,
  showOfflineReady: (() => undefined) as (isShown: boolean) => void,
  updateServiceWorker: vi.fn<(reloadPage?: boolean) => Promise<void>>(async () => undefined),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
    const needRefresh = useState(false);
    const offlineReady = useState(false);
    sw.showUpdate = needRefresh[1];
    sw.showOfflineReady = offlineReady[1];
    return { needRefresh, offlineReady, updateServiceWorker: sw.updateServiceWorker };
  },
}));

describe('UpdatePrompt', () => {
  beforeEach(() => {
    useLangStore.setState({ lang: 'en' });
    sw.updateServiceWorker.mockClear();
  });

  it('offers a waiting version without updating by itself', () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: 'Update' })).toBeNull();
    act(() => sw.showUpdate(true));
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available.');
    expect(screen.getByRole('button', { name: 'Update' })).toBeEnabled();
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();
  });

  it('lets the page save its draft before the new version takes over', async () => {
    const order: string[] = [];
    let finishSave!: () => void;
    const onBeforeUpdate = (event: Event) => {
      order.push('flush asked');
      (event as CustomEvent<BeforeUpdateDetail>).detail.waitUntil(
        new Promise<void>((done) => (finishSave = done)).then(() => void order.push('draft saved')),
      );
    };
    window.addEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
    sw.updateServiceWorker.mockImplementation(async () => void order.push('update'));
    try {
      render(<UpdatePrompt />);
      act(() => sw.showUpdate(true));
      await userEvent.click(screen.getByRole('button', { name: 'Update' }));
      expect(screen.getByRole('button', { name: 'Updating…' })).toBeDisabled();
      expect(order).toEqual(['flush asked']);
      await act(async () => finishSave());
      await vi.waitFor(() => expect(order).toEqual(['flush asked', 'draft saved', 'update']));
      expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
    } finally {
      window.removeEventListener(BEFORE_UPDATE_EVENT, onBeforeUpdate);
    }
  });

  it('speaks the UI language', () => {
    useLangStore.setState({ lang: 'fi' });
    render(<UpdatePrompt />);
    act(() => sw.showUpdate(true));
    expect(screen.getByRole('status')).toHaveTextContent('Uusi versio on saatavilla.');
    expect(screen.getByRole('button', { name: 'Päivitä' })).toBeInTheDocument();
    act(() => useLangStore.setState({ lang: 'sv' }));
    expect(screen.getByRole('button', { name: 'Uppdatera' })).toBeInTheDocument();
  });

  it('says once that the app works offline, and the note can be closed', async () => {
    render(<UpdatePrompt />);
    act(() => sw.showOfflineReady(true));
    expect(screen.getByRole('status')).toHaveTextContent('Neuvo now works without a network connection too.');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
