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
  // Each change may carry the notice that reports it, set in the same update: persist.ts saves
  // after the update and, if saving fails, its alert replaces that notice, never the reverse.
  addImported: (rows: readonly Model[], notice?: Notice) => void;
  removeImported: (id: string, notice?: Notice) => void;
  resetToPaperData: (notice?: Notice) => void;
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
  addImported: (rows, notice) =>
    set((s) => {
      const imported = [...s.imported, ...rows.filter((r) => r.source === 'imported')];
      return { imported, models: withPaper(imported), ...(notice && { notice }) };
    }),
  // Only imported rows can go: the paper's 45 are never edited or removed.
  // Filters on values that left with the rows are dropped, so the view never empties for no reason.
  removeImported: (id, notice) =>
    set((s) => {
      const imported = s.imported.filter((m) => m.id !== id);
      const models = withPaper(imported);
      return {
        imported,
        models,
        modelId: null,
        filters: pruneFilters(s.filters, models),
        ...(notice && { notice }),
      };
    }),
  resetToPaperData: (notice) =>
    set((s) => ({
      imported: [],
      models: PAPER_MODELS,
      filters: pruneFilters(s.filters, PAPER_MODELS),
      ...(notice && { notice }),
    })),
  setNotice: (notice) => set({ notice }),
});
