import { useT } from '../../i18n/use-t';
import { AboutSurvey } from './about-survey';
import { LanguageSelect } from './language-select';
import { ThemeButton } from './theme-button';
import { PresentButton } from '../present/present-button';

const ARXIV = 'https://arxiv.org/abs/2402.17177';

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
          <PresentButton />
        </div>
      </div>
      <p className="app-header__citation">
        {t('app.citation')}{' '}
        <a href={ARXIV} rel="noopener noreferrer" target="_blank">
          {t('app.arxivLink')}
        </a>
      </p>
      <AboutSurvey />
    </header>
  );
}
