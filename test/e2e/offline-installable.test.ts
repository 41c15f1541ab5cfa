import { describe, expect, it } from 'vitest';
import { firstPage } from '../support/chromium';
import { browserSuite } from './browser-suite';
import { waitForOfflineReady } from './desk-browser';

describe('the app as an installable PWA', () => {
  const suite = browserSuite({ deployed: true });

  it("passes Chromium's own installability check, with its name, standalone display and icons", async () => {
    const context = await suite.profile.launch();
    try {
      const page = await firstPage(context);
      await page.goto(`${suite.server.url}/?lang=en`);
      await waitForOfflineReady(page);
      await page.reload();
      const cdp = await context.newCDPSession(page);
      const { url, errors: manifestErrors, data } = await cdp.send('Page.getAppManifest', {});
      expect(manifestErrors).toEqual([]);
      const manifest = JSON.parse(data!) as {
        name: string;
        display: string;
        icons: { src: string; sizes: string; purpose: string }[];
      };
      expect(manifest).toMatchObject({ name: 'Neuvo', display: 'standalone' });
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      );
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);

      // Each icon the manifest names is a real PNG of its stated size.
      for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
        const size = await page.evaluate(async (src) => {
          const image = new Image();
          image.src = src;
          await image.decode();
          return `${image.naturalWidth}x${image.naturalHeight}`;
        }, new URL(icon.src, url).href);
        expect(size).toBe(icon.sizes);
      }
    } finally {
      await context.close();
    }
  });
});
