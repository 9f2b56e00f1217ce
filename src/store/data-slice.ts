import type { StateCreator } from 'zustand';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import type { MessageKey } from '../i18n/en';
import { pruneFilters, type Filters } from '../lib/filter';

export interface Notice {
  kind: 'error' | 'info';
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export interface DataSlice {
  /** Every loaded row: the paper's 45 first, then the reader's imported rows. */
  models: readonly Model[];
  imported: readonly Model[];
  /** A message about the reader's data (saved state set aside, storage full, an import done). */
  notice: Notice | null;
  addImported: (rows: readonly Model[]) => void;
  removeImported: (id: string) => void;
  resetToPaperData: () => void;
  setNotice: (notice: Notice | null) => void;
}

const withPaper = (imported: readonly Model[]) =>
  imported.length ? [...PAPER_MODELS, ...imported] : PAPER_MODELS;

// The data slice also clears the open detail and stale filters, which live in other slices.
type Touched = DataSlice & { filters: Filters; modelId: string | null };

export const createDataSlice: StateCreator<Touched, [], [], DataSlice> = (set) => ({
  models: PAPER_MODELS,
  imported: [],
  notice: null,
  addImported: (rows) =>
    set((s) => {
      const imported = [...s.imported, ...rows.filter((r) => r.source === 'imported')];
      return { imported, models: withPaper(imported) };
    }),
  // Only imported rows can go: the paper's 45 are never edited or removed.
  // Filters on values that left with the rows are dropped, so the view never empties for no reason.
  removeImported: (id) =>
    set((s) => {
      const imported = s.imported.filter((m) => m.id !== id);
      const models = withPaper(imported);
      return { imported, models, modelId: null, filters: pruneFilters(s.filters, models) };
    }),
  resetToPaperData: () =>
    set((s) => ({
      imported: [],
      models: PAPER_MODELS,
      filters: pruneFilters(s.filters, PAPER_MODELS),
    })),
  setNotice: (notice) => set({ notice }),
});
