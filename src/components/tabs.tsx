import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import './tabs.css';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  /** Prefix of the element ids, unique on the page. */
  idBase: string;
  label: string;
  items: readonly TabItem<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  className?: string;
  /** The element every tab controls, when the panels are not separate tabpanels. */
  controls?: string;
}

/**
 * A tablist following the ARIA tabs pattern: one tab in the tab order, arrow keys (and Home/End)
 * move between tabs and select them. The matching panel uses `tabPanelProps`.
 */
export function Tabs<Id extends string>({
  idBase,
  label,
  items,
  selected,
  onSelect,
  className,
  controls,
}: Props<Id>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLDivElement>(null);
  const selectedIndex = items.findIndex((item) => item.id === selected);
  useLayoutEffect(() => {
    const tab = refs.current[selectedIndex];
    if (list.current && tab) keepInView(list.current, tab);
  }, [selectedIndex]);
  const move = (e: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = next < 0 ? last : next > last ? 0 : next;
    onSelect(items[target]!.id);
    refs.current[target]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className={className ?? 'tabs'}>
      {items.map((item, index) => {
        const isSelected = item.id === selected;
        return (
          <button
            key={item.id}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${item.id}`}
            aria-selected={isSelected}
            aria-controls={controls ?? (isSelected ? `${idBase}-panel-${item.id}` : undefined)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(item.id)}
            onKeyDown={(e) => move(e, index)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

/**
 * Where the tabs scroll sideways (a phone), the selected one is brought fully into view: a link to
 * the last tab must not open with its own tab out of sight. Only the list scrolls, never the page.
 */
function keepInView(list: HTMLElement, tab: HTMLElement) {
  if (list.scrollWidth <= list.clientWidth) return;
  const room = list.getBoundingClientRect();
  const box = tab.getBoundingClientRect();
  // A little of the neighbour stays in sight, so that the row reads as one that scrolls.
  const peek = 24;
  if (box.left < room.left) list.scrollLeft -= room.left - box.left + peek;
  else if (box.right > room.right) list.scrollLeft += box.right - room.right + peek;
}

export function tabPanelProps(idBase: string, id: string) {
  return {
    role: 'tabpanel' as const,
    id: `${idBase}-panel-${id}`,
    'aria-labelledby': `${idBase}-tab-${id}`,
  };
}
