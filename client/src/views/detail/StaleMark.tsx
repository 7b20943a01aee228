// The detail panel's freshness line: "may be stale" with when the fact was observed, how old it is and
// the threshold of its kind, counted as GET /api/freshness counts (graph/model/freshnessAge.ts) to the
// server's today; an undated fact says its freshness is unknown rather than passing for fresh.
import { thresholdMonths, type FreshnessConfigView } from '../../../../graph/model/freshness';
import { factAge, isStale } from '../../../../graph/model/freshnessAge';
import { getJson } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { useFreshnessText } from '../../i18n/freshnessStrings';
import { loadOnce } from '../../state/loadOnce';
import '../freshness/freshness.css';

/** The thresholds in force, read once per page. */
export const useFreshnessConfig = loadOnce(() => getJson<FreshnessConfigView>('/api/freshness/config'));

export function StaleMark({ label, observedAt }: { label: string; observedAt: string | undefined }) {
  const lang = useLang();
  const s = useFreshnessText();
  const view = useFreshnessConfig();
  if (!view) return null;
  const now = new Date(`${view.at}T00:00:00Z`);
  const age = factAge(observedAt, now);
  if (!age) {
    return (
      <p className="stale-mark stale-undated" data-testid="stale-mark" data-state="undated">
        <span aria-hidden="true">?</span> {s('undatedMark')}
      </p>
    );
  }
  const threshold = thresholdMonths(view.config, 'node', label);
  const stale = isStale(age, threshold, now);
  const values = {
    observed: observedAt ?? '',
    age: s('months', { n: age.months }),
    threshold: s('months', { n: threshold }),
    label: lang.labelName(label),
  };
  return stale ? (
    <p className="stale-mark stale-yes" data-testid="stale-mark" data-state="stale">
      <strong className="stale-badge">
        <span aria-hidden="true">⚠</span> {s('mayBeStale')}
      </strong>{' '}
      {s('staleDetail', values)}
    </p>
  ) : (
    <p className="stale-mark stale-no muted small" data-testid="stale-mark" data-state="fresh">
      {s('freshDetail', values)}
    </p>
  );
}

/** A neighbour's relationship past its type's threshold: the ⚠ word beside it, the dates on hover. */
export function StaleEdgeMark({ type, observedAt }: { type: string; observedAt: unknown }) {
  const s = useFreshnessText();
  const view = useFreshnessConfig();
  if (!view || typeof observedAt !== 'string') return null;
  const now = new Date(`${view.at}T00:00:00Z`);
  const age = factAge(observedAt, now);
  const threshold = thresholdMonths(view.config, 'relationship', type);
  if (!age || !isStale(age, threshold, now)) return null;
  const title = s('freshDetail', { observed: observedAt, age: s('months', { n: age.months }), threshold: s('months', { n: threshold }) });
  return (
    <span className="stale-tag" data-testid="edge-stale" title={title}>
      <span aria-hidden="true">⚠</span> {s('mayBeStale')}
    </span>
  );
}
