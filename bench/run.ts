import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Every bench/*.bench.ts runs in its own process, one after another, so they do not disturb each
// other's timings; each records its figures in bench/results/latest.json. `npm run bench -- tally`
// runs only the files whose name contains "tally".
const filter = process.argv[2] ?? '';
const dir = import.meta.dirname;
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
for (const bench of benches) {
  console.log(`\n# ${bench}`);
  execFileSync(process.execPath, ['--import', 'tsx', resolve(dir, bench)], { stdio: 'inherit' });
}
