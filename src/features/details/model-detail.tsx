import { Fragment } from 'react';
import { mentionsOf } from '../../data/mentions';
import type { Model } from '../../data/schema';
import { fieldValue } from '../../components/field-value';
import { FIELDS, type Field, type Fields } from '../../lib/fields';
import { removeImportedRow } from '../../store/collections';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';
import { CitedWork } from './cited-work';
import { RelatedModels } from './related-models';
import { StepThrough } from './step-through';
import './details.css';
import '../../components/rich-text.css';

/** A model's detail: the registry's fields marked `detail`, its notes and where else the paper cites it. */
export function ModelDetail({
  model,
  onClose,
  fields = FIELDS,
}: {
  model: Model;
  onClose: () => void;
  fields?: Fields;
}) {
  const t = useT();
  const mentions = mentionsOf(model);
  const notes = fields.find((f) => f.kind === 'notes');
  return (
    <>
      {/* Not a <header>: inside a dialog it would be a second banner. */}
      <div className="model-dialog__head">
        <h2 id="model-dialog-title" tabIndex={-1}>
          {model.name}
        </h2>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('detail.close')}
        </button>
      </div>
      <StepThrough model={model} />
      <DetailList model={model} fields={fields.filter((f) => f.detail === 'main')} />
      {model.source === 'imported' && (
        <section className="detail-imported">
          <DetailList model={model} fields={fields.filter((f) => f.detail === 'imported')} />
          <button type="button" className="button" onClick={() => void removeImportedRow(model.id)}>
            {t('detail.remove')}
          </button>
        </section>
      )}
      <RelatedModels model={model} />
      {model.notes.length > 0 && notes && (
        <section aria-labelledby="model-dialog-notes">
          <h3 id="model-dialog-notes">{t(notes.label)}</h3>
          <ul className="detail-notes">
            {model.notes.map((code) => (
              <li key={code}>{t(`note.${code}`)}</li>
            ))}
          </ul>
        </section>
      )}
      {mentions.length > 0 && (
        <section aria-labelledby="model-dialog-mentions">
          <h3 id="model-dialog-mentions">{t('detail.mentions')}</h3>
          <ul className="detail-notes">
            {mentions.map((m) => (
              <li key={m.text}>
                {m.view ? (
                  <button
                    type="button"
                    className="model-link"
                    onClick={() => useAppStore.getState().setView(m.view!, m.tab)}
                  >
                    {t(m.text, m.vars)}
                  </button>
                ) : (
                  t(m.text, m.vars)
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Label and value per field; a field with nothing to say for this row is left out. */
function DetailList({ model, fields }: { model: Model; fields: readonly Field[] }) {
  const t = useT();
  return (
    <dl className="detail-list">
      {fields.map((field) => {
        const value =
          field.kind === 'work'
            ? model.work && <CitedWork model={model} work={model.work} />
            : fieldValue(field, model, 'detail', t);
        if (value === null || value === '' || value === undefined) return null;
        return (
          <Fragment key={field.id}>
            <dt>{t(field.label)}</dt>
            <dd className={field.kind === 'notes' ? 'detail-note' : undefined}>{value}</dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
