import { useLayoutEffect, useRef } from 'react';
import { Tabs } from '../../components/tabs';
import { VIEWS } from '../../data/sections';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './shell.css';
import '../../components/tabs.css';

/** The four top-level views; each remembers nothing of the others' tabs (the URL holds the current one). */
export function ViewTabs() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const bar = useStickyHeight();
  return (
    <nav ref={bar} className="view-tabs" aria-label={t('views.label')}>
      <Tabs
        idBase="view"
        label={t('views.label')}
        className="tabs tabs--views"
        items={VIEWS.map((id) => ({ id, label: t(`view.${id}`) }))}
        selected={view}
        onSelect={(id) => setView(id)}
        // The views replace the whole main region; only items inside a view are tabpanels, so a
        // paper view has exactly one panel: the text on show.
        controls="main"
      />
    </nav>
  );
}

/**
 * The bar stays at the top of the screen; what sticks below it (the table's header, the filters'
 * column) reads its height from `--view-tabs-height`, kept right as the bar's words or wrapping change.
 */
function useStickyHeight() {
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() =>
      root.setProperty('--view-tabs-height', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty('--view-tabs-height');
    };
  }, []);
  return bar;
}
