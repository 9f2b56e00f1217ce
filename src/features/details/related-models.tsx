import { isNotStated } from '../../data/backbones';
import type { Model } from '../../data/schema';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';

/** The other models of the same backbone and year, whatever the filters, each a link to its detail. */
const MAX_RELATED = 24;

export function RelatedModels({ model }: { model: Model }) {
  const t = useT();
  const models = useAppStore((s) => s.models);
  const openModel = useAppStore((s) => s.openModel);
  // A backbone the paper does not state is not shared: such rows are not alike.
  if (isNotStated(model.backbone)) return null;
  const related = models.filter(
    (m) => m !== model && m.year === model.year && m.backbone === model.backbone,
  );
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="model-dialog-related">
      <h3 id="model-dialog-related">{t('detail.related', { count: related.length })}</h3>
      <ul className="detail-related">
        {/* Table 1 has a handful; a large import could have thousands, too many links to draw. */}
        {related.slice(0, MAX_RELATED).map((m) => (
          <li key={m.id}>
            <a
              href={linkToModel(m.id)}
              className="model-link"
              onClick={(e) => {
                // A plain click stays on the page; a middle or Ctrl click opens a tab, as links do.
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                openModel(m.id);
                // The link goes with the list it was in: focus moves to the new model's name.
                document.getElementById('model-dialog-title')?.focus();
              }}
            >
              {m.name}
            </a>
          </li>
        ))}
        {related.length > MAX_RELATED && (
          <li>{t('detail.relatedMore', { count: related.length - MAX_RELATED })}</li>
        )}
      </ul>
    </section>
  );
}

/** The address of this view with another model's detail open. */
function linkToModel(id: string): string {
  const params = new URLSearchParams(location.search);
  params.set('model', id);
  return `?${params.toString()}`;
}
