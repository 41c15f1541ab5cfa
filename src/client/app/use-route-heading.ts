import { useEffect, useRef, type RefObject } from 'react';

/**
 * Each page's title is its main heading ("Raportit · Neuvo"), kept in step as the language
 * changes; after a navigation inside the app, focus moves to that heading so a screen reader
 * starts reading the new page (WCAG 2.4.2, 2.4.3). Pages load lazily, so the heading is awaited.
 */
export function useRouteHeading(main: RefObject<HTMLElement | null>, path: string): void {
  const isFirstPage = useRef(true);
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    // The first page keeps the browser's own start (focus at the top of the document).
    let shouldFocus = !isFirstPage.current;
    isFirstPage.current = false;
    const update = () => {
      // While a lazy page loads, React keeps the previous one hidden (display: none): skip it. Its
      // title is the one shown already, so only a focus move or a choice needs the layout asked.
      const headings = root.querySelectorAll('h1');
      const heading =
        headings.length === 1 && !shouldFocus
          ? headings[0]
          : [...headings].find((h1) => h1.getClientRects().length > 0);
      if (!heading) return;
      const title = `${heading.textContent?.trim() ?? ''} · Neuvo`;
      if (document.title !== title) document.title = title;
      if (shouldFocus) {
        shouldFocus = false;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [main, path]);
}
