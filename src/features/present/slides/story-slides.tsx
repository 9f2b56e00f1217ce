import { SURVEY_ARXIV_ID, SURVEY_TITLE, SURVEY_URL } from '../../../data/survey';
import { ACTS, type Act, type DeckPart } from '../../../lib/slides';
import { useT } from '../../../store/use-t';
import { useAppStore } from '../../../store/store';
import { ACT_LABEL, partLabel } from '../part-label';
import { Phrases } from '../phrases';
import { QrCode } from '../qr-code';
import { reachableByAudience } from '../reachable';
import { viewLink } from '../view-link';

export function TitleSlide() {
  const t = useT();
  return (
    <div className="slide slide--title">
      <p className="slide__kicker">{t('app.title')}</p>
      <h2>{SURVEY_TITLE}</h2>
      <p className="slide__cite">{t('present.authors', { id: SURVEY_ARXIV_ID })}</p>
    </div>
  );
}

/** What the talk will cover: its acts, in order (those the deck has). */
export function AgendaSlide({ acts }: { acts: readonly Act[] }) {
  const t = useT();
  return (
    <div className="slide slide--agenda">
      <h2>{t('present.part.agenda')}</h2>
      <ol className="slide__acts">
        {(acts.length ? acts : ACTS).map((act) => (
          <li key={act}>
            <Phrases text={t(ACT_LABEL[act])} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Opens an act: its number, its name, and what it holds. */
export function DividerSlide({
  act,
  number,
  of,
  parts,
}: {
  act: Act;
  number: number;
  of: number;
  parts: readonly DeckPart[];
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <div className="slide slide--divider">
      <p className="slide__kicker">{t('present.actNumber', { n: number, total: of })}</p>
      <h2>
        <Phrases text={t(ACT_LABEL[act])} />
      </h2>
      {parts.length > 0 && (
        <p className="slide__holds">{parts.map((p) => partLabel(p, locale, t)).join(' · ')}</p>
      )}
    </div>
  );
}

/**
 * Thanks, how to cite, and this view's link: as a QR code where the audience can open it, else
 * as text with a sentence on how to serve it where they can.
 */
export function ClosingSlide() {
  const t = useT();
  const served = location.protocol === 'http:' || location.protocol === 'https:';
  const link = viewLink();
  const reachable = reachableByAudience(new URL(location.href));
  return (
    <div className="slide slide--closing">
      <h2>{t('present.thanks')}</h2>
      <div className="slide__closing">
        <div>
          <p className="slide__kicker">{t('present.howToCite')}</p>
          <p className="slide__cite">{t('present.citeLine', { id: SURVEY_ARXIV_ID })}</p>
          <p className="slide__meta">{SURVEY_URL}</p>
          {served && (
            <>
              <p className="slide__kicker">{t('present.thisView')}</p>
              <p className="slide__link">{link.replace(/^https?:\/\//, '')}</p>
              {!reachable && <p className="slide__meta">{t('present.notReachable')}</p>}
            </>
          )}
        </div>
        {served && reachable && <QrCode text={link} label={t('present.qr', { link })} size={240} />}
      </div>
    </div>
  );
}
