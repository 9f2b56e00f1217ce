import { Fragment } from 'react';
import { paperTexts, partText } from '../data/paper/texts';
import { SECTION_TABS, type SectionView } from '../data/sections';
import { translator } from '../i18n';

/**
 * For a reader without JavaScript (prerendered after the app's HTML): the table is there but the
 * tabs cannot switch, so each section's parts are listed here with their takeaways.
 */
export function PaperOutline() {
  const t = translator('en');
  const texts = paperTexts('en');
  return (
    <noscript>
      <section className="paper-outline" aria-labelledby="paper-outline-title">
        <h2 id="paper-outline-title">{t('noscript.title')}</h2>
        <p>{t('noscript.note')}</p>
        {(Object.keys(SECTION_TABS) as SectionView[]).map((view) => (
          <Fragment key={view}>
            <h3>{t(`view.${view}`)}</h3>
            <dl>
              {SECTION_TABS[view].map((id) => {
                const part = partText(texts, view, id);
                return (
                  <Fragment key={id}>
                    <dt>{part.title}</dt>
                    <dd>{part.takeaway}</dd>
                  </Fragment>
                );
              })}
            </dl>
          </Fragment>
        ))}
      </section>
    </noscript>
  );
}
