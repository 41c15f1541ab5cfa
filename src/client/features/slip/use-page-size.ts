import { useLayoutEffect, type RefObject } from 'react';

const MM_PER_PX = 25.4 / 96;

/**
 * Set the printed page's size while the slip is shown: A5 portrait, or an 80 mm receipt exactly as
 * long as the slip (a fixed length would feed blank paper). Done through an adopted style sheet
 * because the Content-Security-Policy forbids inline styles and a static `@page` rule would apply
 * to every page of the app; it is removed when the slip closes. `runningHead` (the point's name on a
 * large-print A5 slip, which may take a second sheet) is printed at the top of every sheet after the
 * first, so a loose second sheet still says where it comes from.
 */
export function usePageSize(
  sheet: RefObject<HTMLElement | null>,
  format: 'a5' | 'receipt',
  deps: readonly unknown[],
  runningHead?: string,
): void {
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    // The sheet is laid out at its paper width on screen too, so its height here is its printed length.
    const size =
      format === 'a5' ? 'A5 portrait' : `80mm ${Math.ceil(element.offsetHeight * MM_PER_PX) + 2}mm`;
    const style = new CSSStyleSheet();
    const head = runningHead
      ? `@page { margin-top: 14mm; @top-center { content: ${cssString(runningHead)}; font: 12pt sans-serif; } }
         @page :first { margin-top: 0; @top-center { content: none; } }`
      : '';
    style.replaceSync(`@page { size: ${size}; margin: 0; } ${head}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== style);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measure when what is printed changes
  }, [sheet, format, runningHead, ...deps]);
}

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}
