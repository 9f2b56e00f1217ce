import type { KeyBinding } from '../data/keys';
import { useT } from '../store/use-t';
import './key-table.css';

/** A key list: the keys as keycaps in the row header, what they do beside them. */
export function KeyTable({
  bindings,
  caption,
}: {
  bindings: readonly KeyBinding[];
  caption?: string;
}) {
  const t = useT();
  return (
    <table className="key-table">
      {caption && <caption>{caption}</caption>}
      <tbody>
        {bindings.map(({ keys, what }) => (
          <tr key={what}>
            <th scope="row">
              {keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </th>
            <td>{t(what)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
