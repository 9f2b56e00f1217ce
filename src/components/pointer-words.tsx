import './pointer-words.css';

/**
 * Words for the reader's pointer: "Click" with a mouse, "Tap" on a touch screen (the CSS media
 * feature `pointer` chooses; both are in the page, one is shown).
 */
export function PointerWords({ mouse, touch }: { mouse: string; touch: string }) {
  return (
    <>
      <span className="pointer-words--mouse">{mouse}</span>
      <span className="pointer-words--touch">{touch}</span>
    </>
  );
}
