/** Table 1's "-" in the Backbone column: the paper states no backbone for the row. */
export const NOT_STATED = '-';

/** Table 1's backbones, in the paper's order, with "not stated" last. */
export const BACKBONES = [
  'Diffusion',
  'Auto-regressive',
  'Masked Vision Models',
  NOT_STATED,
] as const;

export function isNotStated(backbone: string): boolean {
  return backbone === NOT_STATED;
}
