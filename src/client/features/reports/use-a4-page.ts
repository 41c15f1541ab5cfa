import { useLayoutEffect } from 'react';

/** A CSS string literal of any text (quotes, backslashes and line breaks escaped). */
const cssString = (text: string) =>
  `"${text.replace(/["\\\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * While the reports page is shown, its printed pages are A4 with a running header (`header`:
 * the points and the period) and "page / pages" at the foot. Done through an adopted style sheet,
 * as the slip does, because the Content-Security-Policy forbids inline styles and a static `@page`
 * rule would apply to every page of the app; it is removed when the page closes.
 */
export function useA4Page(header: string): void {
  useLayoutEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const box = 'font: 8pt Arial, Helvetica, sans-serif; color: #505050;';
    const style = new CSSStyleSheet();
    style.replaceSync(
      `@page { size: A4 portrait; margin: 14mm 13mm 16mm;
        @top-left { content: ${cssString(header)}; ${box} }
        @top-right { content: "Neuvo"; ${box} }
        @bottom-right { content: counter(page) " / " counter(pages); ${box} } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== style);
    };
  }, [header]);
}
