// Where a fact came from: the document section it is read from, domain knowledge, an import, a user
// edit — or the illustrative badge for made-up demonstration data.
import { sourceRefText } from '../../../../graph/model';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';

export function Provenance({ sourceKind, sourceRef }: { sourceKind: string; sourceRef: string }) {
  const { t, sourceName, lang } = useLang();
  // A ref may hold both languages (graph/model/vocabulary/sourceRefs.ts): each reader sees their own.
  const ref = sourceRefText(sourceKind, sourceRef, lang);
  if (sourceKind === 'illustrative') {
    return (
      <p className="provenance" data-testid="provenance">
        <IllustrativeBadge /> <span className="muted">{ref}</span>
      </p>
    );
  }
  return (
    <p className="provenance" data-testid="provenance">
      <span className={`source-kind source-${sourceKind || 'unknown'}`}>{sourceName(sourceKind)}</span>
      {ref && (
        <>
          {' · '}
          {sourceKind === 'document' ? (
            <span>
              {t('documentSection')} <strong className="section-ref">{ref}</strong>
            </span>
          ) : (
            <span>{ref}</span>
          )}
        </>
      )}
    </p>
  );
}
