// /freshness — for a data owner: how old the facts are by kind and by source, which stale facts to renew
// first and which facts have no date (GET /api/freshness), with the lists as downloads. The region in the
// URL narrows it to that region's facts; without one it covers the whole graph.
import type { FreshnessGroup, FreshnessView } from '../../../../graph/model/freshness';
import { useApi } from '../../api/useApi';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { useFreshnessText } from '../../i18n/freshnessStrings';
import { scopedUrl, useRegionId } from '../../state/regionScope';
import { FactTable, useKindName } from './FactTable';
import './freshness.css';

function GroupCells({ group }: { group: FreshnessGroup }) {
  const s = useFreshnessText();
  return (
    <>
      <td className="num">{group.facts}</td>
      <td className="num">{group.stale > 0 ? <strong>⚠ {group.stale}</strong> : 0}</td>
      <td className="num">{group.undated}</td>
      <td className="num">{group.byChange}</td>
      <td>
        {group.oldest === null
          ? '—'
          : `${group.oldest} ${s(group.oldestBasis === 'changed' ? 'basisChanged' : 'basisObserved')} (${s('months', { n: group.oldestAgeMonths ?? 0 })})`}
      </td>
      <td className="num">{group.medianAgeMonths === null ? '—' : s('months', { n: group.medianAgeMonths })}</td>
    </>
  );
}

function GroupHeads() {
  const s = useFreshnessText();
  return (
    <>
      <th scope="col" className="num">{s('facts')}</th>
      <th scope="col" className="num">{s('stale')}</th>
      <th scope="col" className="num">{s('undated')}</th>
      <th scope="col" className="num">{s('byChange')}</th>
      <th scope="col">{s('oldest')}</th>
      <th scope="col" className="num">{s('median')}</th>
    </>
  );
}

function Downloads({ list, regionId }: { list: 'stale' | 'undated'; regionId: string | null }) {
  const { lang } = useLang();
  const s = useFreshnessText();
  return (
    <p className="freshness-downloads small">
      {s('download')}
      {(['csv', 'xlsx'] as const).map((format) => (
        <a key={format} href={scopedUrl(`/api/freshness?format=${format}&list=${list}&lang=${lang}`, regionId)} download data-testid={`download-${list}-${format}`}>
          {format.toUpperCase()}
        </a>
      ))}
    </p>
  );
}

function FreshnessBody({ view, regionId }: { view: FreshnessView; regionId: string | null }) {
  const lang = useLang();
  const s = useFreshnessText();
  const kindName = useKindName();
  return (
    <>
      <p data-testid="freshness-scope">
        {view.region ? s('scopeRegion', { name: lang.name(view.region) }) : s('scopeAll')} · {s('countedTo', { at: view.at })}
      </p>
      <p data-testid="freshness-totals">
        <strong>{s('totals', { facts: view.total.facts, stale: view.total.stale, undated: view.total.undated })}</strong>
      </p>
      {view.total.byChange > 0 && (
        <p className="muted small" data-testid="freshness-by-change">
          {s('byChangeNote', { n: view.total.byChange })}
        </p>
      )}

      <h2>{s('renew')}</h2>
      <p className="muted small">{s('renewIntro')}</p>
      <FactTable list={view.stalest} testId="freshness-stale" stale />
      <Downloads list="stale" regionId={regionId} />

      <h2>{s('byLabel')}</h2>
      <div className="freshness-table-wrap">
        <table data-testid="freshness-by-label">
          <thead>
            <tr>
              <th scope="col">{s('kind')}</th>
              <th scope="col" className="num">{s('threshold')}</th>
              <GroupHeads />
            </tr>
          </thead>
          <tbody>
            {view.byLabel.map((row) => (
              <tr key={`${row.kind} ${row.label}`} data-label={row.label}>
                <th scope="row">
                  {kindName(row.kind, row.label)} <span className="muted small">({s(row.kind)})</span>
                </th>
                <td className="num">{s('months', { n: row.thresholdMonths })}</td>
                <GroupCells group={row} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{s('bySource')}</h2>
      <div className="freshness-table-wrap">
        <table data-testid="freshness-by-source">
          <thead>
            <tr>
              <th scope="col">{s('sourceKind')}</th>
              <th scope="col">{s('origin')}</th>
              <GroupHeads />
            </tr>
          </thead>
          <tbody>
            {view.bySource.map((row) => (
              <tr key={`${row.sourceKind ?? ''} ${row.origin ?? ''}`}>
                <th scope="row">{row.sourceKind ? lang.sourceName(row.sourceKind) : s('noOrigin')}</th>
                <td>{row.origin ?? s('noOrigin')}</td>
                <GroupCells group={row} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{s('undatedList')}</h2>
      <p className="muted small">{s('undatedIntro')}</p>
      <FactTable list={view.undated} testId="freshness-undated" stale={false} />
      <Downloads list="undated" regionId={regionId} />
    </>
  );
}

export function FreshnessPage() {
  const s = useFreshnessText();
  const regionId = useRegionId();
  const { state, reload } = useApi<FreshnessView>(scopedUrl('/api/freshness', regionId));
  return (
    <div className="page freshness-page" data-testid="freshness-page">
      <h1>{s('title')}</h1>
      <p className="muted">{s('intro')}</p>
      <Loaded state={state} reload={reload}>
        {(view) => <FreshnessBody view={view} regionId={regionId} />}
      </Loaded>
    </div>
  );
}
