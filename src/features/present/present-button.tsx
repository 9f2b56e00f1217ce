import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';

/** Starts the slides; asks for full screen first, as that needs the click itself. */
export function PresentButton() {
  const t = useT();
  const start = useAppStore((s) => s.startPresentation);
  return (
    <button
      type="button"
      className="button button--primary"
      data-present-button
      onClick={() => {
        // Full screen where the browser allows it; a full-window layout otherwise.
        document.documentElement.requestFullscreen?.().catch(() => {});
        start();
      }}
    >
      {t('present.start')}
    </button>
  );
}
