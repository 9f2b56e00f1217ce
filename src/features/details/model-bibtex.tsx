import { CopyButton } from '../../components/copy-button';
import type { Model } from '../../data/schema';
import { useT } from '../../store/use-t';
import { modelBibtex } from '../../lib/bibtex';
import './model-bibtex.css';

/** Copy BibTeX of the model's cited work; nothing for a model that cites none. */
export function ModelBibtex({ model }: { model: Model }) {
  const t = useT();
  const bibtex = modelBibtex(model);
  if (!bibtex) return null;
  return (
    <div className="model-bibtex">
      {/* Keyed by model: what was said of one model's copy is not said of the next one's. */}
      <CopyButton
        key={model.id}
        text={bibtex}
        fallbackLabel={t('cite.modelBibtex', { name: model.name })}
        className="button button--small"
      >
        {t('cite.copyBibtex')}
      </CopyButton>
    </div>
  );
}
