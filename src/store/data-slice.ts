import type { StateCreator } from 'zustand';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';

export interface DataSlice {
  /** Every loaded row; the paper's 45 first. */
  models: readonly Model[];
}

export const createDataSlice: StateCreator<DataSlice, [], [], DataSlice> = () => ({
  models: PAPER_MODELS,
});
