import type { Share } from '../../lib/chart-series';
import { swatchStyle } from '../../components/backbone-colors';
import { valueLabel } from '../../lib/value-label';
import { useT } from '../../store/use-t';

interface Props {
  /** What the shares are of: "All years", or the years of a filtered selection. */
  title: string;
  shares: readonly Share[];
  backbones: readonly string[];
}

/** Beside the share chart: each backbone's share over the years it draws, as a bar and in words. */
export function OverallShare({ title, shares, backbones }: Props) {
  const t = useT();
  return (
    <div className="overall-share">
      <p className="overall-share__title">{title}</p>
      <ul>
        {shares.map((s) => (
          <li key={s.backbone}>
            <span className="overall-share__bar" aria-hidden="true">
              <span style={{ ...swatchStyle(s.backbone, backbones), width: `${s.percent}%` }} />
            </span>
            {t('chart.overallShare', {
              label: valueLabel('backbone', s.backbone, t),
              percent: s.percent,
              count: s.count,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
