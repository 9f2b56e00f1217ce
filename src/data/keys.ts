import type { MessageKey } from '../i18n/en';

/** One line of a key list: the keys as printed on a keyboard (the same in every language), and what they do. */
export interface KeyBinding {
  keys: readonly string[];
  what: MessageKey;
}

/** A titled part of a key list: the keys of one place (the table, the detail, the slides). */
export interface KeyGroup {
  title: MessageKey;
  bindings: readonly KeyBinding[];
}

/** The presentation's keys (src/features/present/presentation.tsx handles them). */
export const PRESENTATION_KEYS: readonly KeyBinding[] = [
  { keys: ['→', '↓', 'PageDown', 'Space'], what: 'present.key.next' },
  { keys: ['←', '↑', 'PageUp', 'Shift+Space'], what: 'present.key.previous' },
  { keys: ['Home', 'End'], what: 'present.key.firstLast' },
  { keys: ['1', '2', '…', 'Enter'], what: 'present.key.goTo' },
  { keys: ['O'], what: 'present.key.overview' },
  { keys: ['S'], what: 'present.key.presenter' },
  { keys: ['B', '.'], what: 'present.key.black' },
  { keys: ['F'], what: 'present.key.fullScreen' },
  { keys: ['?'], what: 'present.key.help' },
  { keys: ['Esc'], what: 'present.key.exit' },
];

/** Every key of the explorer, by where it works; `?` lists them (src/features/shell/keys-help.tsx). */
export const EXPLORER_KEYS: readonly KeyGroup[] = [
  {
    title: 'keys.group.page',
    bindings: [
      { keys: ['/'], what: 'keys.search' },
      { keys: ['?'], what: 'keys.help' },
      { keys: ['Esc'], what: 'keys.escape' },
    ],
  },
  {
    title: 'keys.group.table',
    bindings: [
      { keys: ['↑', '↓'], what: 'keys.rows' },
      { keys: ['Home', 'End', 'PageUp', 'PageDown'], what: 'keys.rowsJump' },
      { keys: ['Enter', 'Space'], what: 'keys.openRow' },
      { keys: ['Shift'], what: 'keys.sortMore' },
    ],
  },
  {
    title: 'keys.group.detail',
    bindings: [
      { keys: ['←'], what: 'keys.previousModel' },
      { keys: ['→'], what: 'keys.nextModel' },
    ],
  },
  {
    title: 'keys.group.span',
    bindings: [
      { keys: ['←', '→'], what: 'keys.spanMonth' },
      { keys: ['PageUp', 'PageDown'], what: 'keys.spanYear' },
      { keys: ['Home', 'End'], what: 'keys.spanEnds' },
    ],
  },
  {
    title: 'keys.group.elsewhere',
    bindings: [
      { keys: ['←', '→', 'Home', 'End'], what: 'keys.tabs' },
      { keys: ['Enter', 'Space'], what: 'keys.chart' },
    ],
  },
  { title: 'present.keysTitle', bindings: PRESENTATION_KEYS },
];
