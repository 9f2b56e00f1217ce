import { useT } from '../store/use-t';
import { AboutSurvey } from '../features/shell/about-survey';
import { LanguageSelect } from '../features/shell/language-select';
import { ThemeButton } from '../features/shell/theme-button';
import { DeckBuilderButton } from '../features/present/deck-builder';
import { PresentButton } from '../features/present/present-button';
import { CiteButton } from '../features/cite/cite-button';
import { SURVEY_ARXIV_ID, SURVEY_URL } from '../data/survey';
import './app-header.css';

export function AppHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__top">
        <h1>{t('app.title')}</h1>
        <div className="app-header__controls">
          <LanguageSelect />
          <ThemeButton />
          <CiteButton />
          <DeckBuilderButton />
          <PresentButton />
        </div>
      </div>
      <div className="app-header__source">
        <p className="app-header__citation">
          {/* On a phone, only the link: the Cite button and About hold the rest (app-header.css). */}
          <span className="app-header__cite-long">{t('app.citation')} </span>
          <a href={SURVEY_URL} rel="noopener noreferrer" target="_blank">
            {t('app.arxivLink', { id: SURVEY_ARXIV_ID })}
          </a>
        </p>
        <AboutSurvey />
      </div>
    </header>
  );
}
