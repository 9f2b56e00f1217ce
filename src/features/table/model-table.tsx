import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../store/use-t';
import type { Model } from '../../data/schema';
import { toSorting } from '../../lib/sort';
import { useAppStore } from '../../store/store';
import { columnClass, columns, features, TABLE_FIELDS } from './columns';
import { ModelRow } from './model-row';
import { SortHeader } from './sort-header';
import { useRowsOnScreenFirst } from './use-rows-on-screen-first';
import { useSearchMarks } from './use-search-marks';
import { shouldDefer } from '../../lib/deferral';
import { usePhoneWidth } from '../../components/use-phone-width';
import { useParked } from '../../components/parked';
import { provideModelRows } from '../../components/model-rows';
import './table.css';
import './table-cards.css';

/** Up to this many rows every row is in the DOM (find, print, screen readers); above, only what is seen. */
export const VIRTUALIZE_ABOVE = 1000;
const ROW_HEIGHT = 45;
/** A row shown as a card (phones): name, then five labelled lines. */
const CARD_HEIGHT = 222;
const NO_ROWS: Model[] = [];

/** The model table: rows arrive filtered and sorted; one row is in the tab order, arrows move between rows. */
export function ModelTable({ rows }: { rows: readonly Model[] }) {
  const sorting = useAppStore((s) => s.sorting);
  const setSorting = useAppStore((s) => s.setSorting);
  const openModel = useAppStore((s) => s.openModel);
  const markModel = useAppStore((s) => s.markModel);
  const [activeId, setActiveId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const t = useT();
  const labels = useMemo(
    () => ({
      notesMark: t('table.notesMark'),
      imported: t('table.importedBadge'),
      columns: Object.fromEntries(TABLE_FIELDS.map((f) => [f.id, t(f.label)])),
      t,
    }),
    [t],
  );

  // The detail finds a model's row here to give it focus back; not while the page is parked.
  const parked = useParked();
  useEffect(() => {
    if (parked) return;
    return provideModelRows(
      (id) =>
        body.current?.querySelector<HTMLElement>(`tr[data-model-id="${CSS.escape(id)}"]`) ?? null,
    );
  }, [parked]);

  useLayoutEffect(() => {
    if (virtual && body.current)
      setScrollMargin(body.current.getBoundingClientRect().top + window.scrollY);
  }, [virtual]);

  // Rows are cards on a phone, several lines tall each: the virtual table expects that height.
  const cards = usePhoneWidth();
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => (cards ? CARD_HEIGHT : ROW_HEIGHT),
    overscan: 12,
    scrollMargin,
  });
  // The sizes it has worked out are kept until asked again: ask when rows turn into cards or back.
  useLayoutEffect(() => {
    if (virtual) virtualizer.measure();
  }, [cards, virtual, virtualizer]);
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const onScreenFirst = useRowsOnScreenFirst(rows, body, !virtual);
  const q = useAppStore((s) => s.filters.q);
  const visible = virtual ? items.map((item) => item.index) : onScreenFirst;
  // Marked again when the rows drawn change (a filter, the deferred rest, a scroll), not per render.
  useSearchMarks(
    body,
    q,
    rows,
    `${visible.length}:${rows[visible[0] ?? -1]?.id}:${rows[visible.at(-1) ?? -1]?.id}`,
    shouldDefer(rows.length),
  );
  const padTop = virtual && items.length ? items[0]!.start - scrollMargin : 0;
  const padBottom =
    virtual && items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;

  const table = useTable({
    features,
    columns,
    // The headers and their sorting state only: rows arrive sorted and draw their own cells, so
    // no row objects are made (100,000 of them per change would cost more than the change).
    data: NO_ROWS,
    state: { sorting: sorting as SortingState },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(
        toSorting(typeof updater === 'function' ? updater(sorting as SortingState) : updater),
      ),
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: true,
    isMultiSortEvent: (e) => (e as { shiftKey?: boolean }).shiftKey === true,
  });
  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.id === activeId),
  );
  // Some row must stay in the tab order, even when the active one is scrolled out of the DOM.
  const tabbable = visible.includes(activeIndex) ? activeIndex : visible[0];

  const focusRow = (index: number) => {
    const target = Math.min(Math.max(index, 0), rows.length - 1);
    const find = () =>
      virtual
        ? body.current?.querySelector<HTMLElement>(`tr[aria-rowindex="${target + 2}"]`)
        : body.current?.rows[target];
    if (find()) return find()!.focus();
    // Not rendered yet (virtual): scroll it in, then focus it once drawn.
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setActiveId(rows[target]!.id);
    requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
  };

  const rowOf = (target: EventTarget) =>
    (target as HTMLElement).closest<HTMLElement>('tr[data-model-id]');

  const onRowKey = (e: KeyboardEvent<HTMLElement>) => {
    const tr = rowOf(e.target);
    if (!tr || e.target !== tr) return;
    // Rows carry no index of their own (so a sort only moves them): their place gives it.
    const index = virtual
      ? Number(tr.getAttribute('aria-rowindex')) - 2
      : (tr as HTMLTableRowElement).sectionRowIndex;
    const id = tr.dataset.modelId!;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openModel(id);
    }
  };

  return (
    <div className="table-scroll">
      {/*
        Explicit table roles throughout: on a phone the rows are cards (display: grid), and WebKit
        drops the implicit roles of table parts whose display changes (VoiceOver reads bare text).
      */}
      <table
        role="table"
        className="model-table"
        aria-labelledby="model-table-title"
        aria-rowcount={virtual ? rows.length + 1 : undefined}
      >
        <colgroup>
          {TABLE_FIELDS.map((f) => (
            <col key={f.id} className={columnClass(f)} />
          ))}
        </colgroup>
        <thead role="rowgroup">
          {table.getHeaderGroups().map((group) => (
            <tr
              role="row"
              key={group.id}
              aria-rowindex={virtual ? 1 : undefined}
              data-label={t('layout.sortBy')}
            >
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} multi={sorting.length > 1} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          role="rowgroup"
          ref={body}
          onKeyDown={onRowKey}
          onClick={(e) => {
            const tr = rowOf(e.target);
            if (tr) openModel(tr.dataset.modelId!);
          }}
          onFocus={(e) => {
            const tr = rowOf(e.target);
            if (tr) setActiveId(tr.dataset.modelId!);
            markModel(tr?.dataset.modelId ?? null);
          }}
          // The row under the pointer or the focus is marked in the charts (its year, its dot).
          onPointerOver={(e) => {
            if (e.pointerType === 'mouse') markModel(rowOf(e.target)?.dataset.modelId ?? null);
          }}
          onPointerLeave={() => markModel(null)}
          onBlur={() => markModel(null)}
        >
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer-row" style={{ height: padTop }} />
          )}
          {visible.map((index) => {
            const model = rows[index];
            if (!model) return null;
            return (
              <ModelRow
                // Stable ids keep rows mounted as filters change; a sort only moves them.
                key={model.id}
                model={model}
                active={index === tabbable}
                ariaRowIndex={virtual ? index + 2 : undefined}
                labels={labels}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="spacer-row" style={{ height: padBottom }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
