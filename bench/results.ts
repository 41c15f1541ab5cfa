import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

const latest = resolve(import.meta.dirname, 'results/latest.json');

/** Where a figure comes from: the commit it was measured at and the min–max of its repeated runs. */
interface FigureMeta {
  commit: string;
  runs: number;
  min: number;
  max: number;
}

/** `latest.json`: each figure a plain number under its name, and `meta` saying where they come from. */
interface Results {
  [figure: string]: unknown;
  meta?: { machine?: { cpus: number; cpuModel: string }; figures?: Record<string, FigureMeta> };
}

function commitNow(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const isDirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench', ':!bench/results'], {
      encoding: 'utf8',
    });
    return isDirty.trim() ? `${sha}+changes` : sha;
  } catch {
    return 'unknown';
  }
}

/**
 * Merge measured figures into bench/results/latest.json. `runs` gives the repeated measurements
 * behind a figure (its spread is their min–max); a figure without them was measured once.
 */
export function recordResults(
  figures: Record<string, number>,
  runs: Record<string, readonly number[]> = {},
): void {
  const current = existsSync(latest) ? (JSON.parse(readFileSync(latest, 'utf8')) as Results) : {};
  const commit = commitNow();
  const described: Record<string, FigureMeta> = {};
  for (const [name, value] of Object.entries(figures)) {
    const measured = runs[name]?.length ? runs[name] : [value];
    const round = (n: number) => Number(n.toPrecision(4));
    described[name] = {
      commit,
      runs: measured.length,
      min: round(Math.min(...measured)),
      max: round(Math.max(...measured)),
    };
  }
  const { meta, ...kept } = current;
  const next: Results = {
    ...kept,
    ...figures,
    meta: {
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown' },
      figures: { ...meta?.figures, ...described },
    },
  };
  writeFileSync(latest, `${JSON.stringify(next, null, 2)}\n`);
  for (const [name, value] of Object.entries(figures)) {
    const { min, max, runs: count } = described[name]!;
    console.log(`${name}: ${value}${count > 1 ? ` (${count} runs, ${min}–${max})` : ''}`);
  }
}
