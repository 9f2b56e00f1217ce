import { useMemo } from 'react';
import { HTML_LANG } from '../../i18n/locales';
import { useT } from '../../store/use-t';
import { downloadBlob } from '../../lib/download';
import { discardSetAside, readSetAside, removeCollection } from '../../store/collections';
import { useAppStore } from '../../store/store';

/**
 * "Your imports": each import with its name, date and row count, whether it is kept, and a
 * Remove button; what failed the check on load, to download or discard; and, when imports cannot
 * be kept in this browser, why.
 */
export function CollectionsPanel() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const collections = useAppStore((s) => s.collections);
  const keeping = useAppStore((s) => s.keeping);
  const storage = useAppStore((s) => s.storage);
  const setAsideCount = useAppStore((s) => s.setAsideCount);
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  const rowCount = collections.reduce((sum, c) => sum + c.rows.length, 0);

  if (storage.status === 'loading' && collections.length === 0)
    return (
      <span className="collections-loading">
        <span className="spinner" aria-hidden="true" /> {t('collections.loading')}
      </span>
    );
  if (collections.length === 0 && setAsideCount === 0) return null;

  return (
    <details className="collections">
      <summary>
        {t('collections.title')} · {t('collections.rows', { count: rowCount })}
      </summary>
      <div className="collections__body">
        <p className="collections__status">
          {storage.status === 'tabOnly'
            ? t('collections.status.tabOnly', { reason: t(`storage.problem.${storage.problem}`) })
            : storage.status === 'readOnly'
              ? t('collections.status.readOnly')
              : t('collections.kept')}
        </p>
        {collections.length > 0 && (
          <ul className="collections__list">
            {collections.map((c) => (
              <li key={c.id} className="collections__item">
                <span className="collections__name">{c.name}</span>
                <span className="collections__meta">
                  {t('collections.rows', { count: c.rows.length })} ·{' '}
                  {t('collections.importedOn', { date: dateFormat.format(c.importedAt) })}
                  {keeping[c.id] && (
                    <>
                      {' · '}
                      <span className={`collections__keep collections__keep--${keeping[c.id]}`}>
                        {t(
                          keeping[c.id] === 'saving' ? 'collections.saving' : 'collections.tabOnly',
                        )}
                      </span>
                    </>
                  )}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('collections.removeNamed', { name: c.name })}
                  onClick={() => void removeCollection(c.id)}
                >
                  {t('collections.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {setAsideCount > 0 && (
          <p className="collections__aside">
            {t('collections.setAside', { count: setAsideCount })}{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                void readSetAside().then((records) =>
                  downloadBlob(
                    new Blob([JSON.stringify(records, null, 2)], { type: 'application/json' }),
                    'sora-explorer-set-aside.json',
                  ),
                )
              }
            >
              {t('collections.downloadSetAside')}
            </button>{' '}
            <button
              type="button"
              className="button button--small"
              onClick={() => void discardSetAside()}
            >
              {t('collections.discardSetAside')}
            </button>
          </p>
        )}
      </div>
    </details>
  );
}
