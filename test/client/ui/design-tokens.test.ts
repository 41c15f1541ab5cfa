import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designTokensCss } from '../../../tools/design-tokens';

/** Custom properties declared in a stylesheet, as name → value. */
function properties(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const tokens = properties(designTokensCss());
const base = properties(readFileSync('src/client/ui/base.css', 'utf8'));

/** A colour value as it renders: var() chains followed to the token's hsl(). */
function resolve(value: string): string {
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (!ref) return value;
  const next = base.get(ref[1]!) ?? tokens.get(ref[1]!);
  if (next === undefined) throw new Error(`${ref[1]} is not defined`);
  return resolve(next);
}

function luminance(hsl: string): number {
  const m = /^hsl\((\d+),\s*(\d+)%,\s*(\d+)%\)$/.exec(hsl);
  if (!m) throw new Error(`not an hsl() colour: ${hsl}`);
  const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(8) + 0.0722 * channel(4);
}

const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('The design tokens', () => {
  it('come from Suomi.fi as custom properties for colour, type, spacing, radii and focus', () => {
    expect(tokens.get('--color-brand-base')).toMatch(/^hsl\(/);
    expect(tokens.get('--font-body-text-size')).toBe('18px');
    expect(tokens.get('--space-m')).toMatch(/px$/);
    expect(tokens.get('--radius-basic')).toMatch(/px$/);
    expect(tokens.get('--focus-color')).toMatch(/^hsl\(/);
  });

  it('keep every text colour at 4.5 : 1 or more on every surface', () => {
    const texts = [...base.keys()].filter((name) => name.startsWith('--text'));
    const surfaces = [...base.keys()].filter((name) => name.startsWith('--surface'));
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts)
      for (const surface of surfaces) {
        const ratio = contrast(resolve(base.get(text)!), resolve(base.get(surface)!));
        expect(ratio, `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
  });

  it('keep the focus ring and control borders at 3 : 1 against the page', () => {
    const page = resolve(base.get('--surface-page')!);
    for (const name of ['--focus-color', '--border-control'])
      expect(contrast(resolve(`var(${name})`), page), name).toBeGreaterThanOrEqual(3);
  });

  it('would catch a light token used for text', () => {
    // The success and warning tokens measure under 4.5 : 1 on white: why they are borders and fills only.
    const white = resolve('var(--color-white-base)');
    expect(contrast(resolve('var(--color-success-base)'), white)).toBeLessThan(4.5);
    expect(contrast(resolve('var(--color-warning-base)'), white)).toBeLessThan(4.5);
  });
});
