/** Where an arXiv id lives (kept apart from the schema so the page need not load zod to link). */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** Table 1's backbones, in the paper's order; `-` means the paper states none. */
export const BACKBONES = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-'] as const;
