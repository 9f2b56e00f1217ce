import { REFERENCES, ITEM_CITATIONS } from '../../../data/paper/citations';
import { deckTexts, paperTexts, partText } from '../../../data/paper/texts';
import type { PartId, PartSection } from '../../../data/sections';
import { useT } from '../../../store/use-t';
import { useAppStore } from '../../../store/store';
import { Phrases } from '../phrases';

/**
 * A claim and its points, the slide a speaker talks over: the headline, then at most four short
 * points, which come out one at a time as the talk builds (`shown`: how many are out).
 */
function PointsSlide({
  kicker,
  headline,
  points,
  shown = points.length,
  footer,
}: {
  kicker: string;
  headline: string;
  points: readonly string[];
  shown?: number;
  footer?: React.ReactNode;
}) {
  return (
    <div className="slide slide--points">
      <p className="slide__kicker">{kicker}</p>
      <h2>
        <Phrases text={headline} />
      </h2>
      <ul className="slide__points">
        {points.map((p, i) => (
          // Points not yet out keep their place, so the slide does not move as they come.
          <li
            key={p}
            className={i < shown ? undefined : 'slide__point--later'}
            aria-hidden={i < shown ? undefined : true}
          >
            <Phrases text={p} />
          </li>
        ))}
      </ul>
      {footer}
    </div>
  );
}

/** A part of the survey: its slide's headline and points, the works it cites at the foot. */
export function ItemSlide({
  section,
  id,
  shown,
}: {
  section: PartSection;
  id: PartId;
  shown?: number;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const item = partText(paperTexts(locale), section, id);
  const refs = ITEM_CITATIONS[id] ?? [];
  return (
    <PointsSlide
      kicker={section === 'intro' ? item.title : `${t(`view.${section}`)} · ${item.title}`}
      headline={item.slide.headline}
      points={item.slide.points}
      shown={shown}
      footer={
        refs.length > 0 && (
          <p className="slide__cites">
            {t('present.citesLine', {
              // A number and its title never part at a line end.
              refs: refs.map((r) => `[${r}]\u00a0${REFERENCES[r]?.label ?? ''}`.trim()).join(' · '),
            })}
          </p>
        )
      }
    />
  );
}

/** The survey's own conclusion (§6), as the talk's last word before the closing slide. */
export function ConclusionSlide({ shown }: { shown?: number }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const { conclusion } = deckTexts(locale);
  return (
    <PointsSlide
      kicker={t('present.part.conclusion')}
      headline={conclusion.headline}
      points={conclusion.points}
      shown={shown}
    />
  );
}
