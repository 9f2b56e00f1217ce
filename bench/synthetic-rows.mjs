// The benchmark's synthetic rows, in Table 1's columns, spread over years, backbones, tasks and
// groups: the explorer imports them as CSV (lib.mjs), the reference page draws them as rows. No
// Node imports here, so the reference page's build can take this file too.
const BACKBONES = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', 'Transformer'];

/** The `i`-th synthetic row's cells. */
export function syntheticRow(i) {
  return {
    name: `Synthetic ${i}`,
    year: 2018 + (i % 7),
    backbone: BACKBONES[i % 4],
    tasks: i % 4 === 0 ? ['Generation', 'Editing'] : ['Generation'],
    group: `Lab ${i % 60}`,
  };
}
