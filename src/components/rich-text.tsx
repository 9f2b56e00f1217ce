import { parseRichText } from '../lib/rich-text';
import { useAppStore } from '../store/store';
import './rich-text.css';

/** A paragraph of summary: plain text, with each Table 1 model as a button that opens its detail. */
export function RichText({ source }: { source: string }) {
  const openModel = useAppStore((s) => s.openModel);
  const known = useAppStore((s) => s.models);
  return (
    <>
      {parseRichText(source).map((segment, i) =>
        segment.kind === 'model' && known.some((m) => m.id === segment.id) ? (
          <button
            key={i}
            type="button"
            className="model-link"
            onClick={() => openModel(segment.id)}
          >
            {segment.text}
          </button>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
