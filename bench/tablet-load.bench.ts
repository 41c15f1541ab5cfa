import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPage } from '../test/support/chromium';
import { recordResults } from './results';
import { round1, startTabletRig } from './tablet-browser';

// tablet.initialJsGzipKB: every script the desk page itself fetches on a first visit (fresh profile,
// nothing cached), until the network is idle, gzipped as a server would send it (zlib default level).
// The service worker's background precache download is not the page's load and is not counted.
// tablet.precacheKB: the files listed in sw.js's precache manifest, as stored (not gzipped).
const { app, server, profile, dispose } = await startTabletRig();
const context = await profile.launch();
try {
  const page = await firstPage(context);
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.set(response.url(), response.body());
  });
  await page.goto(`${server.url}/?lang=en`);
  await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  let gzipBytes = 0;
  for (const [url, body] of scripts) {
    const size = gzipSync(await body).length;
    gzipBytes += size;
    console.log(`  ${new URL(url).pathname}  ${round1(size / 1024)} KB gzip`);
  }
  recordResults({
    'tablet.initialJsGzipKB': round1(gzipBytes / 1024),
    'tablet.precacheKB': round1(precacheBytes(app) / 1024),
  });
} finally {
  await context.close();
  await dispose();
}

function precacheBytes(dir: string): number {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
  if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
  return urls.reduce((sum, url) => sum + statSync(join(dir, url)).size, 0);
}
