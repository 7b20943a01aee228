// Where a fact came from: the document section it is read from, domain knowledge, a public page (as a
// link, with the date it was read or held), an import, a user edit — or the illustrative badge for
// made-up demonstration data.
import { FIELD_NAMES, isWebAddress, sourceRefText } from '../../../../graph/model';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { StaleMark } from './StaleMark';

interface ProvenanceProps {
  sourceKind: string;
  sourceRef: string;
  sourceUrl?: string;
  observedAt?: string;
  /** The node's label: given, the line below says whether the fact may be stale. */
  label?: string;
}

/** The page's host, which says more to a reader than the whole address. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function Provenance({ sourceKind, sourceRef, sourceUrl, observedAt, label }: ProvenanceProps) {
  const mark = label ? <StaleMark label={label} observedAt={observedAt} /> : null;
  const { t, sourceName, lang, pick } = useLang();
  // A ref may hold both languages (graph/model/vocabulary/sourceRefs.ts): each reader sees their own.
  const ref = sourceRefText(sourceKind, sourceRef, lang);
  if (sourceKind === 'illustrative') {
    return (
      <>
        <p className="provenance" data-testid="provenance">
          <IllustrativeBadge /> <span className="muted">{ref}</span>
        </p>
        {mark}
      </>
    );
  }
  // Only http(s) addresses are stored (graph/model/common.ts WebAddress); checked again before linking.
  const link = sourceUrl && isWebAddress(sourceUrl) ? sourceUrl : undefined;
  return (
    <>
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
        {link && (
          <>
            {' · '}
            <a href={link} target="_blank" rel="noopener noreferrer" data-testid="source-url" title={link}>
              {hostOf(link)}
            </a>
          </>
        )}
        {observedAt && (
          <>
            {' · '}
            <span data-testid="observed-at">
              {pick(FIELD_NAMES.observedAt.zh, FIELD_NAMES.observedAt.en)} {observedAt}
            </span>
          </>
        )}
      </p>
      {mark}
    </>
  );
}
