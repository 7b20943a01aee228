// One list of GET /api/freshness (stale facts, or undated ones): each fact linked to its node (a
// relationship to both ends), the day its age counts from (observed, or its last recorded change), how old, its threshold and how far past it, and its source.
import { RELATIONSHIP_SPECS, type RelationshipType } from '../../../../graph/model';
import type { FreshnessFact, FreshnessList } from '../../../../graph/model/freshness';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { useFreshnessText } from '../../i18n/freshnessStrings';
import { RefLink } from '../regions/RefLinks';

/** A node label or relationship type in words. */
export function useKindName(): (kind: FreshnessFact['kind'], label: string) => string {
  const lang = useLang();
  return (kind, label) => {
    if (kind === 'node') return lang.labelName(label);
    const spec: { zh: string; en: string } | undefined = RELATIONSHIP_SPECS[label as RelationshipType];
    return spec ? lang.pick(spec.zh, spec.en) : label;
  };
}

function FactName({ fact }: { fact: FreshnessFact }) {
  const kindName = useKindName();
  return fact.to ? (
    <>
      <RefLink node={fact.node} /> → {kindName('relationship', fact.label)} → <RefLink node={fact.to} />
    </>
  ) : (
    <>
      <RefLink node={fact.node} /> {fact.node.illustrative && <IllustrativeBadge />}
    </>
  );
}

export function FactTable({ list, testId, stale }: { list: FreshnessList; testId: string; stale: boolean }) {
  const lang = useLang();
  const s = useFreshnessText();
  const kindName = useKindName();
  if (list.items.length === 0) return <p className="muted">{s('none')}</p>;
  return (
    <>
      <div className="freshness-table-wrap">
        <table data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{s('fact')}</th>
              <th scope="col">{s('kind')}</th>
              {stale && <th scope="col">{s('observed')}</th>}
              {stale && <th scope="col" className="num">{s('age')}</th>}
              <th scope="col" className="num">{s('threshold')}</th>
              {stale && <th scope="col" className="num">{s('overdue')}</th>}
              <th scope="col">{s('source')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((fact) => (
              <tr key={`${fact.kind} ${fact.label} ${fact.node.id} ${fact.to?.id ?? ''}`} data-testid="freshness-fact" data-id={fact.node.id}>
                <td>
                  <FactName fact={fact} />
                </td>
                <td>
                  {kindName(fact.kind, fact.label)}
                  {stale && (
                    <span className="stale-tag">
                      <span aria-hidden="true">⚠</span> {s('stale')}
                    </span>
                  )}
                </td>
                {stale && (
                  <td data-testid="fact-basis" data-basis={fact.basis ?? ''}>
                    {fact.observedAt ?? fact.changedAt} <span className="muted small">{s(fact.basis === 'changed' ? 'basisChanged' : 'basisObserved')}</span>
                  </td>
                )}
                {stale && <td className="num">{s('months', { n: fact.ageMonths ?? 0 })}</td>}
                <td className="num">{s('months', { n: fact.thresholdMonths })}</td>
                {stale && <td className="num">{s('days', { n: fact.overdueDays ?? 0 })}</td>}
                <td>
                  {fact.sourceKind ? lang.sourceName(fact.sourceKind) : ''}
                  {fact.origin ? ` · ${fact.origin}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.truncated && (
        <p className="muted small" data-testid={`${testId}-truncated`}>
          {s('truncated', { shown: list.items.length, total: list.total })}
        </p>
      )}
    </>
  );
}
