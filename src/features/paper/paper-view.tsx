import { ITEM_CITATIONS } from '../../data/paper/citations';
import { paperTexts, partText } from '../../data/paper/texts';
import { SECTION_TABS, type SectionItemId, type SectionView } from '../../data/sections';
import { Tabs, tabPanelProps } from '../../components/tabs';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { ItemPanel } from './item-panel';
import './paper.css';
import '../../components/tabs.css';

/** Applications, Limitations or Opportunities: one tab per part, the shown part in a tabpanel. */
export function PaperView({ view }: { view: SectionView }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const tab = useAppStore((s) => s.tab);
  const setView = useAppStore((s) => s.setView);
  const texts = paperTexts(locale);
  const ids: readonly SectionItemId[] = SECTION_TABS[view];
  const selected = ids.find((id) => id === tab) ?? ids[0]!;
  const text = partText(texts, view, selected);
  const idBase = `paper-${view}`;

  return (
    <section className="paper-view" aria-labelledby={`${idBase}-heading`}>
      <h2 id={`${idBase}-heading`} className="sr-only">
        {t(`view.${view}`)}
      </h2>
      {view === 'limitations' && (
        // What Sora does well opens the paper's §5: folded, so the limitations stay in view.
        <details className="paper-view__lead">
          <summary>
            <strong>{texts.intro.strengths.title}</strong> · {texts.intro.strengths.takeaway}
          </summary>
          <ItemPanel text={texts.intro.strengths} cites={ITEM_CITATIONS.strengths} />
        </details>
      )}
      <Tabs
        idBase={idBase}
        label={t(`view.${view}`)}
        className="tabs tabs--inner"
        items={ids.map((id) => ({ id, label: partText(texts, view, id).title }))}
        selected={selected}
        onSelect={(id) => setView(view, id === ids[0] ? null : id)}
      />
      <div {...tabPanelProps(idBase, selected)} className="paper-view__panel">
        <ItemPanel text={text} cites={ITEM_CITATIONS[selected]} />
      </div>
    </section>
  );
}
