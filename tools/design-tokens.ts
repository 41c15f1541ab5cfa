import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The Suomi.fi design tokens (CommonJS, no dependencies): read at build time only. */
const { suomifiDesignTokens: tokens } = createRequire(import.meta.url)('suomifi-design-tokens') as {
  suomifiDesignTokens: {
    colors: Record<string, string>;
    typography: Record<string, string>;
    spacing: Record<string, string>;
    radiuses: Record<string, string>;
    shadows: Record<string, string>;
    focuses: Record<string, string>;
    breakpoints: Record<string, string>;
  };
};

/** "heading1Hero" as "heading-1-hero". */
const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([a-zA-Z])([0-9])/g, '$1-$2')
    .toLowerCase();

/** "font-size: 18px; line-height: 1.5" as { 'font-size': '18px', 'line-height': '1.5' }. */
function declarations(css: string): Record<string, string> {
  const entries = css
    .split(';')
    .map((part) => part.split(/:(.*)/s).map((s) => s.trim()))
    .filter((pair): pair is [string, string] => Boolean(pair[0] && pair[1]));
  return Object.fromEntries(entries);
}

/**
 * The Suomi.fi tokens as CSS custom properties on :root: `--color-*`, `--font-*-size/-line-height/
 * -weight`, `--space-*`, `--radius-*`, `--shadow-*`, `--focus-color`, `--breakpoint-*`. Several
 * colours (success, accent, warning, the light depths) are too light for text on white: base.css
 * names the ones meant for text, and a test checks their contrast.
 */
export function designTokensCss(): string {
  const lines: string[] = [];
  const add = (name: string, value: string) => lines.push(`  --${name}: ${value};`);
  for (const [name, value] of Object.entries(tokens.colors)) add(`color-${kebab(name)}`, value);
  const body = declarations(tokens.typography.bodyText ?? '');
  add('font-family', body['font-family'] ?? 'sans-serif');
  for (const [name, css] of Object.entries(tokens.typography)) {
    const d = declarations(css);
    for (const property of ['font-size', 'line-height', 'font-weight'] as const) {
      const suffix = property === 'font-size' ? 'size' : property.replace('font-', '');
      if (d[property]) add(`font-${kebab(name)}-${suffix}`, d[property]);
    }
  }
  for (const [name, value] of Object.entries(tokens.spacing)) add(`space-${kebab(name)}`, value);
  for (const [name, value] of Object.entries(tokens.radiuses)) add(`radius-${kebab(name)}`, value);
  for (const [name, value] of Object.entries(tokens.shadows))
    add(`shadow-${kebab(name.replace(/Shadow$/, ''))}`, value);
  for (const [name, value] of Object.entries(tokens.breakpoints)) add(`breakpoint-${kebab(name)}`, value);
  const focus = /box-shadow:[^;]*?(hsl\([^)]*\))/.exec(tokens.focuses.boxShadowFocus ?? '');
  add('focus-color', focus?.[1] ?? tokens.colors.accentSecondary ?? 'Highlight');
  return `/* Generated at build time from suomifi-design-tokens (MIT). */\n:root {\n${lines.join('\n')}\n}\n`;
}

const id = 'virtual:design-tokens.css';
// The ".css" ending lets Vite's CSS pipeline bundle it like any stylesheet: no JavaScript at run time.
const resolved = '\0design-tokens.css';

/** Vite plugin: `import 'virtual:design-tokens.css'` gives the tokens as custom properties. */
export function designTokens(): Plugin {
  return {
    name: 'neuvo-design-tokens',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? designTokensCss() : undefined),
  };
}
