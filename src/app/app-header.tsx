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
        <div className="app-header__titles">
          <h1>{t('app.title')}</h1>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
        <div className="app-header__controls">
          <LanguageSelect />
          <ThemeButton />
          <CiteButton />
          <DeckBuilderButton />
          <PresentButton />
        </div>
      </div>
      <p className="app-header__citation">
        {t('app.citation')}{' '}
        <a href={SURVEY_URL} rel="noopener noreferrer" target="_blank">
          {t('app.arxivLink', { id: SURVEY_ARXIV_ID })}
        </a>
      </p>
      <AboutSurvey />
    </header>
  );
}
