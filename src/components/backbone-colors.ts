import type { CSSProperties } from 'react';
import { NOT_STATED } from '../data/backbones';

/**
 * One colour per backbone everywhere (table, charts, legends, exports): Okabe–Ito hues, which
 * readers with the common colour-vision deficiencies can tell apart; both themes define them.
 * Backbones that imported rows bring get the remaining hues in turn.
 */
const KNOWN: Record<string, string> = {
  Diffusion: '--bb-diffusion',
  'Auto-regressive': '--bb-autoregressive',
  'Masked Vision Models': '--bb-masked',
  [NOT_STATED]: '--bb-none',
};
const EXTRA = ['--bb-extra-1', '--bb-extra-2', '--bb-extra-3', '--bb-extra-4'];

export function backboneColorVar(backbone: string, index: number): string {
  return KNOWN[backbone] ?? EXTRA[index % EXTRA.length]!;
}

export function backboneColor(backbone: string, index: number): string {
  return `var(${backboneColorVar(backbone, index)})`;
}

export function swatchStyle(backbone: string, index: number): CSSProperties {
  return { backgroundColor: backboneColor(backbone, index) };
}
