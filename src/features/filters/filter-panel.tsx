import { useId } from 'react';
import { useT } from '../../store/use-t';
import { useDerived, useFacetOptions } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { FacetFieldset } from './facet-fieldset';
import { SearchBox } from './search-box';
import { SpanFieldset } from './span-fieldset';
import type { TaskMode } from '../../lib/filter';
import './filters.css';
import '../../components/segmented-choice.css';

export function FilterPanel() {
  const t = useT();
  const { counts } = useDerived();
  const options = useFacetOptions();
  const taskMode = useAppStore((s) => s.filters.taskMode);
  const setTaskMode = useAppStore((s) => s.setTaskMode);
  const modeName = useId();

  return (
    <div className="filter-panel" id="filter-panel">
      <SearchBox />
      <FacetFieldset facet="year" options={options.year} counts={counts.year} />
      <SpanFieldset />
      <FacetFieldset facet="backbone" options={options.backbone} counts={counts.backbone} />
      <FacetFieldset facet="task" options={options.task} counts={counts.task}>
        <div className="task-mode">
          <span id="task-mode-label" className="task-mode__label">
            {t('filters.taskMode')}
          </span>
          <div role="radiogroup" aria-labelledby="task-mode-label" className="segmented">
            {(['any', 'all'] as TaskMode[]).map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={modeName}
                  value={mode}
                  checked={taskMode === mode}
                  onChange={() => setTaskMode(mode)}
                />
                <span>{t(mode === 'any' ? 'filters.taskAny' : 'filters.taskAll')}</span>
              </label>
            ))}
          </div>
        </div>
      </FacetFieldset>
      <FacetFieldset facet="group" options={options.group} counts={counts.group} searchable />
      {/* Only worth showing once the reader has imported rows of their own. */}
      {options.source.length > 1 && (
        <FacetFieldset facet="source" options={options.source} counts={counts.source} />
      )}
    </div>
  );
}
