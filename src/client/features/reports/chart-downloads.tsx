import { useMessages } from '../../ui/messages';
import { chartSize } from './chart-svg';
import { printMessages } from './print-messages';

/** Save a blob under a name, as a download. */
function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The SVG drawn on a white canvas at twice its size: sharp enough for a slide. */
async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = chartSize.width * 2;
    canvas.height = chartSize.height * 2;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob(
        (blob) => (blob ? ok(blob) : fail(new Error('The chart could not be drawn'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "Download the chart as PNG / SVG", for slides; the file name carries the points and the period. */
export function ChartDownloads({ svg, fileName }: { svg: string; fileName: string }) {
  const p = useMessages(printMessages);
  return (
    <p className="reports-chart-downloads">
      <button type="button" onClick={() => void pngOf(svg).then((png) => save(png, `${fileName}.png`))}>
        {p.downloadPng}
      </button>{' '}
      <button
        type="button"
        onClick={() => save(new Blob([svg], { type: 'image/svg+xml' }), `${fileName}.svg`)}
      >
        {p.downloadSvg}
      </button>
    </p>
  );
}
