import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/store';
import type { useDeckMoves } from './use-deck-moves';

const FORWARD = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

interface Options {
  moves: ReturnType<typeof useDeckMoves>;
  count: number;
  /** Something over the deck takes the keys (the overview). */
  paused: boolean;
  openOverview: () => void;
  openKeys: () => void;
  openPresenter: () => void;
  /** Closes what pointing opened on the slide (a chart's values); false when nothing was. */
  closeOnSlide: () => boolean;
}

/**
 * The deck's keys, as PowerPoint and reveal.js have them: arrows, Page keys and Space step
 * (a clicker sends Page keys), a number then Enter goes to a slide, B blacks out, F toggles full
 * screen, O the overview, S the presenter's window, ? the keys. Escape closes what is open first
 * (the go-to number, the blackout, a chart's values), and only then leaves the deck.
 */
export function useDeckKeys(options: Options): { typed: string } {
  const [typed, setTyped] = useState('');
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // Leaving full screen by F stays in the deck; the browser's own Escape leaves both.
  const byKey = useRef(false);
  const toggleFullScreen = () => {
    if (document.fullscreenElement) {
      byKey.current = true;
      void document.exitFullscreen().catch(() => (byKey.current = false));
    } else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const o = latest.current;
      const store = useAppStore.getState();
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (document.querySelector('dialog[open]') || o.paused) return;
      // Space and Enter on a button or link are that control's own (Previous, Exit, a model link).
      if ((e.key === ' ' || e.key === 'Enter') && (e.target as Element).closest?.('button, a'))
        return;
      // Up and Down scroll a focused pane that scrolls (the presenter's notes); the rest still step.
      if (
        (e.key === 'ArrowUp' || e.key === 'ArrowDown') &&
        (e.target as Element).closest?.('[data-scrolls]')
      )
        return;
      if (/^[0-9]$/.test(e.key)) return setTyped((t) => (t + e.key).slice(-3));
      if (e.key === 'Enter' && typed) {
        e.preventDefault();
        setTyped('');
        return o.moves.goTo(Number(typed));
      }
      if (e.key === 'Backspace' && typed) return setTyped((t) => t.slice(0, -1));
      const act = (run: () => void) => {
        e.preventDefault();
        setTyped('');
        run();
      };
      if (FORWARD.has(e.key) && !(e.key === ' ' && e.shiftKey)) return act(o.moves.forward);
      if (BACK.has(e.key) || (e.key === ' ' && e.shiftKey)) return act(o.moves.back);
      if (e.key === 'Home') return act(() => o.moves.goTo(1));
      if (e.key === 'End') return act(() => o.moves.goTo(o.count));
      const key = e.key.toLowerCase();
      if (key === 'b' || e.key === '.') return act(() => store.setBlack(!store.black));
      if (key === 'f') return act(toggleFullScreen);
      if (key === 'o' && !store.presenter) return act(o.openOverview);
      if (e.key === '?') return act(o.openKeys);
      if (key === 's' && !store.presenter) return act(o.openPresenter);
      if (e.key === 'Escape') {
        e.preventDefault();
        if (typed) setTyped('');
        else if (store.black) store.setBlack(false);
        else if (!o.closeOnSlide() && !store.presenter) store.stopPresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [typed]);

  // Leaving full screen by the browser's Escape leaves the presentation too (not by F).
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) return;
      if (byKey.current) byKey.current = false;
      else if (!useAppStore.getState().presenter) useAppStore.getState().stopPresentation();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  return { typed };
}
