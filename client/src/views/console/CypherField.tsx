// The Cypher editor, loaded on first use as a chunk of its own (CodeMirror and Neo4j's Cypher
// support are large); until it arrives the field says it is loading.
import { lazy, Suspense } from 'react';
import { useLang } from '../../i18n/lang';
import type { CypherInputProps } from './CypherInput';

const CypherInput = lazy(() => import('./CypherInput'));

export type { CypherHandle } from './CypherInput';

export function CypherField(props: CypherInputProps) {
  const { t } = useLang();
  return (
    <Suspense
      fallback={
        <p className="muted cypher-editor-loading" role="status">
          {t('editorLoading')}
        </p>
      }
    >
      <CypherInput {...props} />
    </Suspense>
  );
}
