import { useEffect, useRef } from 'react';

interface SlideMessage {
  kind: 'sora-explorer:slide';
  slide: number;
}
const isSlideMessage = (data: unknown): data is SlideMessage =>
  !!data &&
  typeof data === 'object' &&
  (data as SlideMessage).kind === 'sora-explorer:slide' &&
  Number.isInteger((data as SlideMessage).slide);

/**
 * Keeps the audience's window and the presenter's on the same slide. They talk by postMessage,
 * which works between a window and the one it opened whether served or opened from file://; a
 * message counts only from that one window. Closing the presenter's window changes nothing here.
 */
export function usePeerWindow(slide: number, goToSlide: (n: number) => void) {
  // The presenter's window was opened by the audience's: its peer is its opener.
  const peer = useRef<Window | null>(window.opener as Window | null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!peer.current || event.source !== peer.current || !isSlideMessage(event.data)) return;
      goToSlide(event.data.slide);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [goToSlide]);

  useEffect(() => {
    const target = peer.current;
    if (target && !target.closed)
      target.postMessage({ kind: 'sora-explorer:slide', slide } satisfies SlideMessage, '*');
  }, [slide]);

  return {
    /** Opens (or brings forward) the presenter's window; false when the browser blocked it. */
    open(): boolean {
      const url = new URL(location.href);
      url.searchParams.set('presenter', '1');
      const opened = window.open(
        url.href,
        'sora-explorer-presenter',
        'popup,width=1280,height=800',
      );
      if (!opened) return false;
      peer.current = opened;
      opened.focus();
      return true;
    },
  };
}
