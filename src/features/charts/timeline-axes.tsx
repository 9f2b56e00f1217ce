import { XAxis, YAxis } from 'recharts';
import { usePhoneWidth } from '../../components/use-phone-width';
import type { TimelineAxis } from '../../lib/timeline-geometry';
import { valueLabel } from '../../lib/value-label';
import { useT } from '../../store/use-t';

/** Years across, one lane per backbone down (named in the page's language). */
export function TimelineAxes({
  axis,
  backbones,
}: {
  axis: TimelineAxis;
  backbones: readonly string[];
}) {
  const t = useT();
  // On a phone the backbone names take less of the width: the months are what is dragged across.
  const phone = usePhoneWidth();
  return (
    <>
      <XAxis
        type="number"
        dataKey="x"
        domain={[axis.first, axis.last]}
        ticks={axis.ticks}
        tickFormatter={(v: number) => String(v)}
        stroke="var(--chart-axis)"
        tick={{ fill: 'var(--chart-axis)', fontSize: 14 }}
        allowDecimals={false}
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={[-0.6, backbones.length - 0.4]}
        ticks={backbones.map((_, i) => i)}
        tickFormatter={(i: number) => valueLabel('backbone', backbones[i] ?? '', t)}
        width={phone ? 92 : 150}
        reversed
        stroke="var(--chart-axis)"
        tick={{ fill: 'var(--chart-axis)', fontSize: phone ? 12 : 13 }}
      />
    </>
  );
}
