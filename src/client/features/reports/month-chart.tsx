import { useEffect, useRef } from 'react';
import type { BarSeries } from './bar-chart';

/**
 * Visits per month as stacked bars. chart.js is fetched only when a chart is drawn, so it weighs
 * on nobody's first load. The canvas is an image to assistive technology; the month table it
 * points to (`describedBy`) holds the same figures as text.
 */
export function MonthChart({
  labels,
  series,
  label,
  describedBy,
}: {
  labels: string[];
  series: BarSeries[];
  label: string;
  describedBy: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let isGone = false;
    void import('./bar-chart').then(({ drawBars }) => {
      if (!isGone && canvas.current) chart = drawBars(canvas.current, labels, series);
    });
    return () => {
      isGone = true;
      chart?.destroy();
    };
  }, [labels, series]);
  return (
    <div className="reports-chart" style={{ position: 'relative', height: '18rem' }}>
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={describedBy} />
    </div>
  );
}
