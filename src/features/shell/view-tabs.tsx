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
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
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
