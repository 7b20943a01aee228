// Where a fact came from: the document section it is read from, domain knowledge, an import, a user
// edit — or the illustrative badge for made-up demonstration data.
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';

export function Provenance({ sourceKind, sourceRef }: { sourceKind: string; sourceRef: string }) {
  const { t, sourceName } = useLang();
  if (sourceKind === 'illustrative') {
    return (
      <p className="provenance" data-testid="provenance">
        <IllustrativeBadge /> <span className="muted">{sourceRef}</span>
      </p>
    );
  }
  return (
    <p className="provenance" data-testid="provenance">
      <span className={`source-kind source-${sourceKind || 'unknown'}`}>{sourceName(sourceKind)}</span>
      {sourceRef && (
        <>
          {' · '}
          {sourceKind === 'document' ? (
            <span>
              {t('documentSection')} <strong className="section-ref">{sourceRef}</strong>
            </span>
          ) : (
            <span>{sourceRef}</span>
          )}
        </>
      )}
    </p>
  );
}
