import { Fragment } from 'react';
import { useId } from 'react';
import { useT } from '../../store/use-t';
import { useDerived, useFacetOptions } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { FacetFieldset } from './facet-fieldset';
import { SearchBox } from './search-box';
import { SpanFieldset } from './span-fieldset';
import type { TaskMode } from '../../lib/filter';
import type { Facet } from '../../lib/facets';
import { FIELDS, type FacetField } from '../../lib/fields';
import './filters.css';
import '../../components/segmented-choice.css';

/** The filters, in the registry's order: a fieldset per facet, the Released sliders for the span. */
export function FilterPanel() {
  const { counts } = useDerived();
  const options = useFacetOptions();
  return (
    <div className="filter-panel" id="filter-panel">
      <SearchBox />
      {FIELDS.map((field) => {
        // Released follows Backbone (below): Year and Backbone, the filters most questions start
        // from, both within a 1024x768 screen.
        if (field.span) return null;
        if (!field.facet) return null;
        const facet = field as FacetField;
        const shown = options[facet.id as Facet];
        // Source is worth showing only once the reader has imported rows of their own.
        if (facet.facet.onlyWhenSeveral && shown.length < 2) return null;
        return (
          <Fragment key={facet.id}>
            <FacetFieldset facet={facet} options={shown} counts={counts[facet.id as Facet]}>
              {facet.facet.allMode && <AllModeSwitch />}
            </FacetFieldset>
            {facet.id === 'backbone' && <SpanFieldset />}
          </Fragment>
        );
      })}
    </div>
  );
}

/** Whether a row must hold any or all of the values ticked (Task). */
function AllModeSwitch() {
  const t = useT();
  const taskMode = useAppStore((s) => s.filters.taskMode);
  const setTaskMode = useAppStore((s) => s.setTaskMode);
  const modeName = useId();
  return (
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
  );
}
