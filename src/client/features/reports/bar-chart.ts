import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only the parts a stacked bar chart needs: chart.js tree-shakes the rest away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** One bar series per sector. */
export interface BarSeries {
  label: string;
  values: number[];
  colour: string;
}

/**
 * The series' fill: its colour, and from the second series on a pattern of white stripes or dots,
 * so stacked segments (and their legend boxes) tell apart without colour (WCAG 1.4.1).
 */
function fillOf(colour: string, index: number): string | CanvasPattern {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const pen = tile.getContext('2d');
  if (!pen || index === 0) return colour;
  pen.fillStyle = colour;
  pen.fillRect(0, 0, 10, 10);
  pen.fillStyle = pen.strokeStyle = '#ffffff';
  if (index % 2 === 1) {
    pen.lineWidth = 2;
    pen.beginPath();
    pen.moveTo(0, 10);
    pen.lineTo(10, 0);
    pen.stroke();
  } else {
    pen.beginPath();
    pen.arc(5, 5, 2, 0, 2 * Math.PI);
    pen.fill();
  }
  return pen.createPattern(tile, 'repeat') ?? colour;
}

/** Draw stacked bars on a canvas; the caller destroys the chart when it goes. */
export function drawBars(canvas: HTMLCanvasElement, labels: string[], series: BarSeries[]): Chart<'bar'> {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: fillOf(s.colour, i),
        // A white edge between stacked segments.
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}
