import type { StateCreator } from 'zustand';
import type { View } from '../data/sections';
import { DEFAULT_DECK, type DeckPart } from '../lib/slides';

export interface ViewSlice {
  view: View;
  /** The item shown inside a view with tabs; null for its first. */
  tab: string | null;
  /** The model whose detail dialog is open. */
  modelId: string | null;
  /** The model hovered or focused in the table, whose place the charts mark. */
  markedModelId: string | null;
  markModel: (id: string | null) => void;
  /** Presentation mode, and its 1-based slide (clamped to the deck when shown). */
  present: boolean;
  slide: number;
  /** How many points of the slide are out, while a slide's points come one at a time. */
  step: number;
  /** Points come one at a time (the default; `build=0` in a link turns it off). */
  build: boolean;
  /** The audience's screen is blacked out (B). */
  black: boolean;
  setBlack: (black: boolean) => void;
  /** This window is the presenter's view of the deck (opened by the audience window). */
  presenter: boolean;
  /** The parts of the talk, in order: the default, a link's `deck=`, or the reader's choice. */
  deck: readonly DeckPart[];
  /** The deck the reader chose in the builder, remembered for later visits; null until then. */
  chosenDeck: readonly DeckPart[] | null;
  chooseDeck: (deck: readonly DeckPart[]) => void;
  setView: (view: View, tab?: string | null) => void;
  openModel: (id: string) => void;
  closeModel: () => void;
  startPresentation: () => void;
  stopPresentation: () => void;
  /** To a slide, with `step` of its points out (none by default). */
  goToSlide: (slide: number, step?: number) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: 'models',
  tab: null,
  modelId: null,
  markedModelId: null,
  // Pointer moves within a row ask again and again: the same id changes nothing (no notification).
  markModel: (markedModelId) =>
    set((s) => (s.markedModelId === markedModelId ? s : { markedModelId })),
  present: false,
  slide: 1,
  step: 0,
  build: true,
  black: false,
  setBlack: (black) => set({ black }),
  presenter: false,
  deck: DEFAULT_DECK,
  chosenDeck: null,
  chooseDeck: (deck) => set({ deck, chosenDeck: deck }),
  // Changing view closes any open detail: the dialog belongs to the page it was opened on.
  setView: (view, tab = null) => set({ view, tab, modelId: null }),
  openModel: (modelId) => set({ modelId }),
  closeModel: () => set({ modelId: null }),
  startPresentation: () => set({ present: true, slide: 1, step: 0, black: false, modelId: null }),
  stopPresentation: () => set({ present: false, slide: 1, step: 0, black: false }),
  goToSlide: (slide, step = 0) => set({ slide: Math.max(1, Math.round(slide)), step }),
});
