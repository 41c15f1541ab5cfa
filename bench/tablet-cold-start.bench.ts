import { enrolOfflineTablet } from '../test/e2e/desk-browser';
import { recordResults } from './results';
import { percentile, round1, startStackFloorRig, startTabletRig, timeColdStart } from './tablet-browser';

// tablet.offlineColdStartMsP50: an enrolled tablet with the server gone; each run starts the browser
// afresh on the same profile (service worker not running), throttles the CPU 4x and opens the desk
// (see timeColdStart): the median of 10 runs.
// tablet.stackFloorColdStartMsP50: the same for bench/stack-floor, a bare page on the desk's stack
// (React, Dexie, zod; one read, one radio, Save), the least any desk on this stack can take. Its
// runs alternate with the desk's, so a busy machine weighs on both alike; the ratio of the two is
// the desk's own cost, and steadier across machines than either figure.
const RUNS = 10;

const desk = await startTabletRig();
const floor = await startStackFloorRig();
try {
  await enrolOfflineTablet(desk.profile, desk.server.url);
  await desk.server.stop();
  await floor.server.stop();

  const deskRuns: number[] = [];
  const floorRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    deskRuns.push(await timeColdStart(desk.profile, `${desk.server.url}/?lang=en`));
    floorRuns.push(await timeColdStart(floor.profile, floor.server.url));
  }
  console.log(`  desk runs (ms): ${deskRuns.map(Math.round).join(' ')}`);
  console.log(`  stack floor runs (ms): ${floorRuns.map(Math.round).join(' ')}`);
  const deskP50 = percentile(deskRuns, 50);
  const floorP50 = percentile(floorRuns, 50);
  recordResults(
    {
      'tablet.offlineColdStartMsP50': round1(deskP50),
      'tablet.stackFloorColdStartMsP50': round1(floorP50),
      'tablet.offlineColdStartOverFloor': Math.round((deskP50 / floorP50) * 100) / 100,
    },
    { 'tablet.offlineColdStartMsP50': deskRuns, 'tablet.stackFloorColdStartMsP50': floorRuns },
  );
} finally {
  await desk.dispose();
  await floor.dispose();
}
