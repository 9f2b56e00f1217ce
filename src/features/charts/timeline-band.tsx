import { ReferenceArea } from 'recharts';
import type { Span } from '../../lib/release-span';
import { spanLabel } from '../../lib/span-label';
import type { TimelineAxis } from '../../lib/timeline-geometry';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';

/** The release span as a band across the timeline, named above it; open ends reach the axis's. */
export function TimelineBand({ band, axis }: { band: Span; axis: TimelineAxis }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <ReferenceArea
      x1={(band.from ?? axis.firstMonth) / 12}
      x2={((band.to ?? axis.lastMonth) + 1) / 12}
      className="timeline-band"
      fill="var(--chart-mark)"
      fillOpacity={1}
      stroke="var(--chart-ghost-edge)"
      ifOverflow="hidden"
      label={{
        value: spanLabel(band, locale, t),
        position: 'insideTop',
        className: 'timeline-band__label',
        offset: -20,
      }}
    />
  );
}
