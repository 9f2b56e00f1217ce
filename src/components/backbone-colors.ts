import type { CSSProperties } from 'react';
import { NOT_STATED } from '../data/backbones';

/**
 * One colour per backbone everywhere (table, charts, legends, slides, exports): Okabe–Ito hues,
 * which readers with the common colour-vision deficiencies can tell apart; both themes define
 * them. Backbones that imported rows bring get the remaining hues in turn, by their place in the
 * backbones' list (the Backbone facet's order), so every view of the same rows agrees.
 */
const KNOWN: Record<string, string> = {
  Diffusion: '--bb-diffusion',
  'Auto-regressive': '--bb-autoregressive',
  'Masked Vision Models': '--bb-masked',
  [NOT_STATED]: '--bb-none',
};
const EXTRA = ['--bb-extra-1', '--bb-extra-2', '--bb-extra-3', '--bb-extra-4'];

export type BackboneColors = ReadonlyMap<string, { variable: string; color: string }>;

// Derived once per list of backbones (the lists are kept as long as the rows are).
const maps = new WeakMap<readonly string[], BackboneColors>();

/** Each backbone of the list with its colour: the CSS variable and `var(…)` of it. */
export function backboneColors(backbones: readonly string[]): BackboneColors {
  let map = maps.get(backbones);
  if (!map) {
    map = new Map(
      backbones.map((b, i) => {
        const variable = KNOWN[b] ?? EXTRA[i % EXTRA.length]!;
        return [b, { variable, color: `var(${variable})` }];
      }),
    );
    maps.set(backbones, map);
  }
  return map;
}

const FALLBACK = { variable: '--bb-none', color: 'var(--bb-none)' };

/** A backbone's colour among `backbones` (`var(--bb-…)`). */
export const backboneColor = (backbone: string, backbones: readonly string[]) =>
  (backboneColors(backbones).get(backbone) ?? FALLBACK).color;

/** Its CSS variable, for styles that set a custom property. */
export const backboneColorVar = (backbone: string, backbones: readonly string[]) =>
  (backboneColors(backbones).get(backbone) ?? FALLBACK).variable;

export function swatchStyle(backbone: string, backbones: readonly string[]): CSSProperties {
  return { backgroundColor: backboneColor(backbone, backbones) };
}
