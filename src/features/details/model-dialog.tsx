import { modelsById } from '../../lib/derive';
import { useEffect, useRef } from 'react';
import { mentionsOf } from '../../data/mentions';
import { arxivUrl } from '../../data/survey';
import type { Model } from '../../data/schema';
import { useT } from '../../store/use-t';
import { removeImportedRow } from '../../store/collections';
import { useAppStore } from '../../store/store';
import { useDerived } from '../../store/derived';
import { isTypingTarget } from '../../lib/page-shortcut';
import { BackboneBadge } from '../../components/backbone-badge';
import { isNotStated } from '../../data/backbones';
import { ModelBibtex } from './model-bibtex';
import './details.css';
import '../../components/rich-text.css';
import '../../components/dialog.css';

/**
 * The detail of the model named in the store (and the URL's `model=`). Modal to the reader: a
 * backdrop takes clicks on the page (and closes), Tab stays inside, Escape closes, assistive
 * technology is told it is modal (aria-modal), and focus returns to the model's row. Opened with
 * show(), not showModal(): showModal makes the whole page inert, which restyles every element of
 * it, 70 ms with a thousand rows in the table.
 */
export function ModelDialog() {
  const modelId = useAppStore((s) => s.modelId);
  const model = useAppStore((s) =>
    s.modelId === null ? null : (modelsById(s.models).get(s.modelId) ?? null),
  );
  const closeModel = useAppStore((s) => s.closeModel);
  const ref = useRef<HTMLDialogElement>(null);

  // Focus goes back where it was (a row, a model link in a summary), else to the model's row.
  const lastId = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openedId = useRef<string | null>(null);
  const isOpen = model !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      const active = document.activeElement;
      // An HTML control or an SVG mark (the timeline's): anything that took focus.
      opener.current =
        (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body
          ? (active as HTMLElement)
          : null;
      openedId.current = useAppStore.getState().modelId;
      dialog.show();
      // As showModal would: focus moves into the dialog (show() leaves it where it was).
      dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
    if (!isOpen && dialog.open) dialog.close();
    // Only on closing (lastId is set while open): never steal focus when the page loads.
    if (!isOpen && lastId.current !== null) {
      const back = opener.current;
      const id = lastId.current;
      opener.current = null;
      lastId.current = null;
      // The row of the model, if it is on the view shown (not in the parked Models page).
      const row = id
        ? document.querySelector<HTMLElement>(
            `main > :not(.view-parked) tr[data-model-id="${CSS.escape(id)}"]`,
          )
        : null;
      // After stepping to other models, the row of the last one shown; else where focus was,
      // else the model's row, else the main region (after Remove, or a change of view).
      const stepped = id !== openedId.current && row;
      (stepped
        ? row
        : back?.isConnected
          ? back
          : (row ?? document.getElementById('main'))
      )?.focus();
    }
  }, [isOpen]);

  // Modal to the keyboard wherever focus is: Escape closes, Tab wraps inside, and focus that
  // lands outside (a click on the dialog's text, then Shift+Tab) is brought back in.
  useEffect(() => {
    const dialog = ref.current;
    if (!isOpen || !dialog) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeModel();
      } else if (e.key === 'Tab') keepFocusInside(dialog, e);
      else if (
        (e.key === 'ArrowLeft' || e.key === 'ArrowRight') &&
        // Alt+Left is the browser's Back; in a text field (a BibTeX fallback) arrows move the caret.
        !e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.shiftKey &&
        !isTypingTarget(e.target)
      ) {
        // Walks the rows as the table orders them; the button pressed is the one that moves.
        const step = dialog.querySelector<HTMLElement>(
          e.key === 'ArrowLeft' ? '[data-step="previous"]' : '[data-step="next"]',
        );
        if (step && step.getAttribute('aria-disabled') !== 'true') {
          e.preventDefault();
          step.click();
        }
      }
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !dialog.contains(e.target))
        dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [isOpen, closeModel]);
  useEffect(() => {
    if (modelId) lastId.current = modelId;
  }, [modelId]);

  return (
    <>
      {isOpen && <div className="dialog-backdrop" aria-hidden="true" onClick={closeModel} />}
      <dialog
        ref={ref}
        className="model-dialog model-dialog--detail"
        aria-labelledby="model-dialog-title"
        aria-modal="true"
        onClose={() => {
          if (useAppStore.getState().modelId) closeModel();
        }}
      >
        {model && <ModelDetail model={model} onClose={closeModel} />}
      </dialog>
    </>
  );
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** A modal dialog lets Tab escape to the browser's own controls; wrap it around instead. */
function keepFocusInside(
  dialog: HTMLElement,
  e: { shiftKey: boolean; preventDefault: () => void },
) {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  // On the dialog itself (its text was clicked) or outside it, as on its edges.
  const inside = active !== dialog && dialog.contains(active);
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}

function ModelDetail({ model, onClose }: { model: Model; onClose: () => void }) {
  const t = useT();
  const work = model.work;
  const mentions = mentionsOf(model);
  return (
    <div className="model-dialog__body">
      {/* Not a <header>: inside a dialog that is not showModal's it would be a second banner. */}
      <div className="model-dialog__head">
        <h2 id="model-dialog-title" tabIndex={-1}>
          {model.name}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      <StepThrough model={model} />
      <dl className="detail-list">
        <dt>{t('detail.year')}</dt>
        <dd>{model.year}</dd>
        <dt>{t('detail.backbone')}</dt>
        <dd>
          <BackboneBadge backbone={model.backbone} />
        </dd>
        <dt>{t('detail.tasks')}</dt>
        <dd>{model.tasks.join(', ')}</dd>
        <dt>{t('detail.groups')}</dt>
        <dd>{model.groups.join(', ')}</dd>
        <dt>{t('detail.reference')}</dt>
        <dd>{model.ref === null ? t('ref.none') : `[${model.ref}]`}</dd>
        {work && (
          <>
            <dt>{t('detail.cited')}</dt>
            <dd>
              {work.title && <cite>{work.title}</cite>}
              {work.venue && (
                <span>
                  {work.title ? ', ' : ''}
                  {work.venue}
                </span>
              )}
              {work.webPage &&
                (work.url ? (
                  <a href={work.url} target="_blank" rel="noopener noreferrer">
                    {t('detail.webPage', { page: work.webPage })}
                  </a>
                ) : (
                  <span>{t('detail.webPage', { page: work.webPage })}</span>
                ))}
              {work.arxiv && (
                <>
                  {(work.title || work.venue) && ' · '}
                  <a href={arxivUrl(work.arxiv)} target="_blank" rel="noopener noreferrer">
                    {t('detail.arxiv', { id: work.arxiv })}
                  </a>
                </>
              )}
              <ModelBibtex model={model} />
            </dd>
          </>
        )}
      </dl>
      {model.source === 'imported' && (
        <section className="detail-imported">
          <dl className="detail-list">
            <dt>{t('detail.source')}</dt>
            <dd>{t('value.imported')}</dd>
            {model.link && (
              <>
                <dt>{t('detail.link')}</dt>
                <dd>
                  {/* Only http(s) links pass the schema; the text shown is the address itself. */}
                  <a href={model.link} target="_blank" rel="noopener noreferrer nofollow">
                    {model.link}
                  </a>
                </dd>
              </>
            )}
            {model.note && (
              <>
                <dt>{t('detail.note')}</dt>
                <dd className="detail-note">{model.note}</dd>
              </>
            )}
          </dl>
          <button type="button" className="button" onClick={() => void removeImportedRow(model.id)}>
            {t('detail.remove')}
          </button>
        </section>
      )}
      <RelatedModels model={model} />
      {model.notes.length > 0 && (
        <section aria-labelledby="model-dialog-notes">
          <h3 id="model-dialog-notes">{t('detail.notes')}</h3>
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
    </div>
  );
}

/**
 * Previous and Next through the rows as the table shows them (its sort and filters), with the
 * place in that order. A model opened from elsewhere (a summary's link) that the filters hide
 * has no place: the buttons then say so and do nothing.
 */
function StepThrough({ model }: { model: Model }) {
  const t = useT();
  const { rows } = useDerived();
  const openModel = useAppStore((s) => s.openModel);
  const index = rows.indexOf(model);
  const previous = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : undefined;
  const step = (to: Model | undefined) => to && openModel(to.id);
  return (
    <nav className="model-steps" aria-label={t('detail.steps')}>
      {/* aria-disabled, not disabled: the focused button keeps focus at either end. */}
      <button
        type="button"
        className="button button--small"
        data-step="previous"
        aria-disabled={!previous}
        aria-keyshortcuts="ArrowLeft"
        onClick={() => step(previous)}
      >
        <span aria-hidden="true">← </span>
        {t('detail.previous')}
      </button>
      <span className="model-steps__place" aria-live="polite">
        {index >= 0
          ? t('detail.place', { index: index + 1, count: rows.length })
          : t('detail.notInView')}
      </span>
      <button
        type="button"
        className="button button--small"
        data-step="next"
        aria-disabled={!next}
        aria-keyshortcuts="ArrowRight"
        onClick={() => step(next)}
      >
        {t('detail.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}

/** The other models of the same backbone and year, whatever the filters, each a link to its detail. */
const MAX_RELATED = 24;

function RelatedModels({ model }: { model: Model }) {
  const t = useT();
  const models = useAppStore((s) => s.models);
  const openModel = useAppStore((s) => s.openModel);
  // A backbone the paper does not state is not shared: such rows are not alike.
  if (isNotStated(model.backbone)) return null;
  const related = models.filter(
    (m) => m !== model && m.year === model.year && m.backbone === model.backbone,
  );
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="model-dialog-related">
      <h3 id="model-dialog-related">{t('detail.related', { count: related.length })}</h3>
      <ul className="detail-related">
        {/* Table 1 has a handful; a large import could have thousands, too many links to draw. */}
        {related.slice(0, MAX_RELATED).map((m) => (
          <li key={m.id}>
            <a
              href={linkToModel(m.id)}
              className="model-link"
              onClick={(e) => {
                // A plain click stays on the page; a middle or Ctrl click opens a tab, as links do.
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                openModel(m.id);
                // The link goes with the list it was in: focus moves to the new model's name.
                document.getElementById('model-dialog-title')?.focus();
              }}
            >
              {m.name}
            </a>
          </li>
        ))}
        {related.length > MAX_RELATED && (
          <li>{t('detail.relatedMore', { count: related.length - MAX_RELATED })}</li>
        )}
      </ul>
    </section>
  );
}

/** The address of this view with another model's detail open. */
function linkToModel(id: string): string {
  const params = new URLSearchParams(location.search);
  params.set('model', id);
  return `?${params.toString()}`;
}
