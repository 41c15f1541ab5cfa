import type { BarSeries } from './bar-chart';

const WIDTH = 720;
const HEIGHT = 340;
const PLOT = { left: 56, right: WIDTH - 16, top: 64, bottom: HEIGHT - 56 };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A round step for about five gridlines up to `max` (1, 2 or 5 times a power of ten). */
function stepFor(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
}

/**
 * The series' fill patterns, as on screen: the first series plain, then white stripes and dots,
 * so stacked segments tell apart without colour (WCAG 1.4.1), in print and in black and white too.
 */
function patterns(series: BarSeries[]): string {
  return series
    .map((s, i) => {
      const mark =
        i === 0
          ? ''
          : i % 2 === 1
            ? '<path d="M0 10L10 0" stroke="#ffffff" stroke-width="2"/>'
            : '<circle cx="5" cy="5" r="2" fill="#ffffff"/>';
      return `<pattern id="s${i}" width="10" height="10" patternUnits="userSpaceOnUse"><rect width="10" height="10" fill="${s.colour}"/>${mark}</pattern>`;
    })
    .join('');
}

/**
 * Stacked bars as a standalone SVG document: what the printed report shows and what "Download
 * SVG" saves for slides. chart.js draws only on canvas, so the vector version is drawn here; the
 * title is the image's accessible name (`<title>`), every text is real text (found in a PDF).
 * Presentation attributes only, no `style`: the page's CSP forbids inline styles.
 */
export function chartSvg(title: string, labels: string[], series: BarSeries[]): string {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const step = stepFor(Math.max(1, ...totals));
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step);
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const slot = (PLOT.right - PLOT.left) / Math.max(1, labels.length);
  const barWidth = Math.min(64, slot * 0.7);
  const isSlanted = labels.length > 6;

  const grid: string[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d0d0"/>`,
      `<text x="${PLOT.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
    );
  }
  const bars = labels.map((label, i) => {
    const x = PLOT.left + slot * i + (slot - barWidth) / 2;
    let base = 0;
    const segments = series.map((s, k) => {
      const value = s.values[i] ?? 0;
      const rect = value
        ? `<rect x="${x}" y="${y(base + value)}" width="${barWidth}" height="${y(base) - y(base + value)}" fill="url(#s${k})" stroke="#ffffff"/>`
        : '';
      base += value;
      return rect;
    });
    const cx = x + barWidth / 2;
    const text = isSlanted
      ? `<text x="${cx}" y="${PLOT.bottom + 14}" text-anchor="end" transform="rotate(-35 ${cx} ${PLOT.bottom + 14})">${escape(label)}</text>`
      : `<text x="${cx}" y="${PLOT.bottom + 18}" text-anchor="middle">${escape(label)}</text>`;
    return segments.join('') + text;
  });
  const legend = series.map(
    (s, i) =>
      `<rect x="${PLOT.left + i * 170}" y="38" width="14" height="14" fill="url(#s${i})" stroke="#505050"/>` +
      `<text x="${PLOT.left + i * 170 + 20}" y="50">${escape(s.label)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="Arial, Helvetica, sans-serif" font-size="12" fill="#1a1a1a">`,
    `<title>${escape(title)}</title>`,
    `<defs>${patterns(series)}</defs>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="22" font-size="15" font-weight="bold">${escape(title)}</text>`,
    ...legend,
    ...grid,
    ...bars,
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#505050"/>`,
    '</svg>',
  ].join('');
}

/** The size the SVG is drawn at, for turning it into a PNG. */
export const chartSize = { width: WIDTH, height: HEIGHT };
