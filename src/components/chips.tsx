/** A multi-valued cell: chips to the eye, a comma list to a screen reader and to copy-paste. */
import './chips.css';
export function ChipList({ values }: { values: readonly string[] }) {
  return (
    <span className="chips">
      {values.map((value, i) => (
        <span key={value} className="chip">
          {value}
          {i < values.length - 1 && <span className="sr-only">, </span>}
        </span>
      ))}
    </span>
  );
}
