import type { Translate } from '../i18n';
import type { Model } from '../data/schema';
import type { YearRow } from './chart-series';
import { valueLabel } from './value-label';

/** What a brief needs of a model (a timeline mark has it too). */
interface Named {
  name: string;
  groups: readonly string[];
  tasks: readonly string[];
}

/** Who made a model and what for: `Google · Generation, Editing`. */
export function groupAndTask(model: Omit<Named, 'name'>, t: Translate): string {
  const list = (facet: 'group' | 'task', values: readonly string[]) =>
    values.map((v) => valueLabel(facet, v, t)).join(t('chart.valueSeparator'));
  return t('chart.groupTask', {
    groups: list('group', model.groups),
    tasks: list('task', model.tasks),
  });
}

/** A model in one short line, with its group and task: `VideoPoet — Google · Generation`. */
export function modelBrief(model: Named, t: Translate): string {
  return t('chart.modelBrief', { name: model.name, about: groupAndTask(model, t) });
}

/** A year's segment in a tooltip: its backbone, its count, the models named and how many are not. */
export interface TooltipSegment {
  backbone: string;
  count: number;
  named: readonly Model[];
  more: number;
}

/**
 * The models a year's tooltip names: at most `cap` in all, so it never runs off the screen. Told
 * the segment under the pointer, it names only that segment's models; otherwise every segment
 * gets its turn (one name each, then a second each, …) so a small segment is not crowded out.
 */
export function tooltipSegments(
  row: YearRow,
  backbones: readonly string[],
  segment: string | null,
  cap: number,
): TooltipSegment[] {
  const present = backbones.filter((b) => (row.models[b]?.count ?? 0) > 0);
  const listed = segment !== null && present.includes(segment) ? [segment] : present;
  const taken = new Map(listed.map((b) => [b, 0]));
  let left = cap;
  for (let round = 0; left > 0; round++) {
    const before = left;
    for (const b of listed) {
      if (left > 0 && round < row.models[b]!.named.length) {
        taken.set(b, round + 1);
        left -= 1;
      }
    }
    if (left === before) break;
  }
  return listed.map((backbone) => {
    const { count, named } = row.models[backbone]!;
    const shown = named.slice(0, taken.get(backbone));
    return { backbone, count, named: shown, more: count - shown.length };
  });
}
