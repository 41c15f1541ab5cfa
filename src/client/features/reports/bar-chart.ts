import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only the parts a stacked bar chart needs: chart.js tree-shakes the rest away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One bar series per sector. */
export interface BarSeries {
  label: string;
  values: number[];
  colour: string;
}

/** Draw stacked bars on a canvas; the caller destroys the chart when it goes. */
export function drawBars(canvas: HTMLCanvasElement, labels: string[], series: BarSeries[]): Chart<'bar'> {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
