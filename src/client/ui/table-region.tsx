import { useId, type ReactNode } from 'react';

/**
 * A wide table in its own scrolling region, so at 320 px the table scrolls and the page does not
 * (WCAG 1.4.10). The region is named by the table's caption and focusable, to scroll by keyboard.
 */
export function TableRegion({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-region" role="region" aria-labelledby={id} tabIndex={0}>
      <span id={id} hidden>
        {caption}
      </span>
      {children}
    </div>
  );
}
