import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './import.css';

/**
 * Tells the reader what happened to their data; errors are alerts. It deliberately has no
 * role="status": the page's one status is the live result count.
 */
export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  return (
    <div aria-live="polite">
      {notice && (
        <div className={`notice notice--${notice.kind}`}>
          <span role={notice.kind === 'error' ? 'alert' : undefined}>
            {t(
              notice.key,
              notice.reason ? { ...notice.vars, reason: t(notice.reason) } : notice.vars,
            )}
          </span>
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
