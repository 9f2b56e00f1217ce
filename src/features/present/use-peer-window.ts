import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/store';

/** Where the talk stands, as the two windows tell each other. */
interface DeckMessage {
  kind: 'sora-explorer:deck';
  slide: number;
  step: number;
  black: boolean;
}
const isDeckMessage = (data: unknown): data is DeckMessage =>
  !!data &&
  typeof data === 'object' &&
  (data as DeckMessage).kind === 'sora-explorer:deck' &&
  Number.isInteger((data as DeckMessage).slide) &&
  Number.isInteger((data as DeckMessage).step) &&
  typeof (data as DeckMessage).black === 'boolean';

const HELLO = 'sora-explorer:hello';

const stateOf = (): DeckMessage => {
  const { slide, step, black } = useAppStore.getState();
  return { kind: 'sora-explorer:deck', slide, step, black };
};
const same = (a: DeckMessage, b: DeckMessage) =>
  a.slide === b.slide && a.step === b.step && a.black === b.black;

/**
 * Keeps the audience's window and the presenter's at the same place: the slide, its points out,
 * the blackout. Either window drives (keys, buttons); the other follows. They talk by
 * postMessage, which works between a window and the one it opened whether served or opened from
 * file://; a message counts only from that one window. Closing the presenter's window changes
 * nothing here.
 */
export function usePeerWindow() {
  // The presenter's window was opened by the audience's: its peer is its opener.
  const peer = useRef<Window | null>(window.opener as Window | null);
  const said = useRef<DeckMessage>(stateOf());

  useEffect(() => {
    const tell = () => {
      const now = stateOf();
      const target = peer.current;
      // What the other window said is not said back to it.
      if (same(now, said.current) || !target || target.closed) return;
      said.current = now;
      target.postMessage(now, '*');
    };
    const onMessage = (event: MessageEvent) => {
      if (!peer.current || event.source !== peer.current) return;
      // The presenter's window has opened and asks where the talk is.
      if ((event.data as { kind?: unknown } | null)?.kind === HELLO) {
        said.current = stateOf();
        peer.current.postMessage(said.current, '*');
        return;
      }
      if (!isDeckMessage(event.data)) return;
      const { slide, step, black } = event.data;
      said.current = event.data;
      useAppStore.setState({ slide: Math.max(1, slide), step: Math.max(0, step), black });
    };
    window.addEventListener('message', onMessage);
    peer.current?.postMessage({ kind: HELLO }, '*');
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.slide !== prev.slide || s.step !== prev.step || s.black !== prev.black) tell();
    });
    return () => {
      window.removeEventListener('message', onMessage);
      unsubscribe();
    };
  }, []);

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
