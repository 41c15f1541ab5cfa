import { useRef, useSyncExternalStore, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';

/** What the desk shows on a narrow screen: the form for a new visit, or the day's visits. */
export type DeskView = 'form' | 'day';
const views: readonly DeskView[] = ['form', 'day'];

// A landscape tablet (1024 px) and wider: the day's visits fit beside the form. Keep in step with desk.css.
const besideQuery = '(min-width: 960px)';

/**
 * Whether the day's visits stand beside the form (wide screen) rather than behind a tab. Read as
 * the page first renders, so the desk does not change its layout after the first paint. Where
 * media queries are unknown (no layout at all), everything is shown.
 */
export function useIsBeside(): boolean {
  return useSyncExternalStore(subscribe, isBeside, () => true);
}

function isBeside(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia(besideQuery).matches;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(besideQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The attributes of a view's panel: a tab panel on a narrow screen, hidden unless chosen; plain beside. */
export function panelProps(id: string, view: DeskView, shown: DeskView | null): HTMLAttributes<HTMLElement> {
  if (shown === null) return {};
  return {
    id: `${id}-${view}`,
    role: 'tabpanel',
    'aria-labelledby': `${id}-${view}-tab`,
    hidden: view !== shown,
  };
}

interface Props {
  id: string;
  shown: DeskView;
  labels: Record<DeskView, ReactNode>;
  onShow: (view: DeskView) => void;
}

/**
 * The two views as tabs (WAI-ARIA tabs pattern, automatic activation): only the chosen tab is in
 * the Tab order; the arrow keys, Home and End move to the other tab and show its panel.
 * Hand-written: two tabs do not warrant a library in the tablet's first load.
 */
export function DeskTabs({ id, shown, labels, onShow }: Props) {
  const tabs = useRef<Partial<Record<DeskView, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const at = views.indexOf(shown);
    const step: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: -1 };
    const to = step[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const view = views[(to + views.length) % views.length]!;
    onShow(view);
    tabs.current[view]?.focus();
  };
  return (
    <div role="tablist" className="desk-tabs" onKeyDown={onKeyDown}>
      {views.map((view) => (
        <button
          key={view}
          ref={(tab) => {
            tabs.current[view] = tab;
          }}
          type="button"
          role="tab"
          id={`${id}-${view}-tab`}
          aria-controls={`${id}-${view}`}
          aria-selected={view === shown}
          tabIndex={view === shown ? 0 : -1}
          onClick={() => onShow(view)}
        >
          {labels[view]}
        </button>
      ))}
    </div>
  );
}
