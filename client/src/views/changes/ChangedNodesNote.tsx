// The chain view's legend entry for ?since=: a dashed-ring swatch (the drawing's mark) and how many of
// the drawn nodes changed since that date; loading and the server's error in place.
import { ErrorMessage, Loading } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { momentText } from '../history/AsOfControl';
import type { Changes } from './useChanges';
import './changes.css';

export function ChangedNodesNote({ changes, drawn }: { changes: Changes; drawn: number }) {
  const { t } = useLang();
  const { since, state, reload } = changes;
  if (!since || !state) return null;
  if (state.kind === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.kind === 'loading' && !state.refreshing) return <Loading />;
  return (
    <p className="banner banner-note changed-note" data-testid="changed-legend">
      <span className="changed-swatch" aria-hidden="true" /> {t('changedLegend', { date: momentText(since), count: drawn })}
    </p>
  );
}
