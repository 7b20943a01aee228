// / — the city at a glance: the 六个一 matrix, city totals and target progress. The server aggregates
// all three; the overview never loads the graph itself.
import { Link, useSearchParams } from 'react-router';
import { SEVERITIES } from '../../../../graph/model';
import { useApi } from '../../api/useApi';
import type { GapMatrix, GapSummary, TargetProgressList } from '../../api/types';
import { DataGapNote, IllustrativeBadge, IllustrativeBanner } from '../../components/Illustrative';
import { Empty, Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { useRuleTitles } from '../../state/rules';
import { SeverityChip } from '../chains/Legend';
import { SixOnesMatrix, StatusLegend } from './SixOnesMatrix';
import { BriefingButton } from '../briefings/BriefingButton';
import { parseExpand } from '../../state/urlState';
import { scopedUrl, useRegionScope } from '../../state/regionScope';
import { Targets } from './TargetsSection';
import { AsOfControl, useAsOf } from '../history/AsOfControl';
import { ChangesPanel } from '../changes/ChangesPanel';
import { readyData, scoreDeltas, useChanges } from '../changes/useChanges';
import { AS_OF_PARAM, withParam } from '../../state/timeScope';

export function OverviewPage() {
  const lang = useLang();
  const { t } = lang;
  // The region analysed (?region=, the header's switcher); its name heads the totals and the briefing.
  const scope = useRegionScope();
  const scopeName = scope.current ? lang.name(scope.current) : scope.regionId;
  // ?asOf= reads the matrix, totals and targets as recorded then; ?since= adds the changes panel and score deltas.
  const [asOf] = useAsOf();
  const matrix = useApi<GapMatrix>(withParam(scopedUrl('/api/gaps/matrix', scope.regionId), AS_OF_PARAM, asOf));
  const summary = useApi<GapSummary>(withParam(scopedUrl('/api/gaps/summary', scope.regionId), AS_OF_PARAM, asOf));
  const changes = useChanges();
  const deltas = scoreDeltas(readyData(changes.state));
  // The targets follow ?asOf= too: measurements recorded after it are not counted.
  const targets = useApi<TargetProgressList>(withParam(scopedUrl('/api/targets/progress', scope.regionId), AS_OF_PARAM, asOf));
  const illustrative = summary.state.kind === 'ready' && summary.state.data.illustrativeShare > 0;
  // Industries ticked for a briefing live in the URL (?select=a,b), like every other view state.
  const [params, setParams] = useSearchParams();
  const selectedIds = parseExpand(params.get('select'));
  const selected = new Set(selectedIds);
  const select = (ids: string[]) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (ids.length === 0) next.delete('select');
        else next.set('select', ids.join(','));
        return next;
      },
      { replace: true },
    );
  return (
    <div className="page overview-page">
      <header className="page-head">
        <h1>{t('overviewTitle')}</h1>
        <p className="lead">{t('overviewIntro')}</p>
        {illustrative && <IllustrativeBanner />}
        <DataGapNote />
      </header>
      <div className="overview-layout">
        <section className="matrix-section" aria-label={t('matrixCaption')}>
          <div className="matrix-toolbar">
            <StatusLegend />
            <div className="toolbar selection-bar" data-testid="selection-bar">
              <span className="muted small">
                {selectedIds.length > 0
                  ? t('selectionCount', { count: selectedIds.length })
                  : scopeName
                    ? t('scopeSelectionHint', { name: scopeName })
                    : t('selectionHint')}
              </span>
              {selectedIds.length > 0 && (
                <button type="button" className="link-button small" onClick={() => select([])}>
                  {t('clearSelection')}
                </button>
              )}
              <BriefingButton
                scope={selectedIds.length > 0 ? { kind: 'industries', ids: selectedIds } : { kind: 'city' }}
                scopeLabel={
                  selectedIds.length > 0
                    ? t('briefingSelected', { count: selectedIds.length })
                    : scopeName
                      ? t('scopeBriefing', { name: scopeName })
                      : t('briefingCity')
                }
              />
            </div>
          </div>
          <AsOfControl />
          <Loaded state={matrix.state} reload={matrix.reload}>
            {(data) => (data.rows.length === 0 ? <Empty /> : <SixOnesMatrix matrix={data} selected={selected} onSelect={select} deltas={deltas} />)}
          </Loaded>
        </section>
        <aside className="overview-side">
          <Loaded state={summary.state} reload={summary.reload}>
            {(data) => <CityTotals summary={data} title={scopeName ? t('scopeTotals', { name: scopeName }) : t('cityTotals')} />}
          </Loaded>
          <ChangesPanel changes={changes} />
        </aside>
      </div>
      {/* Full width: each target's reason and the chart of its series need more room than the side column. */}
      <Loaded state={targets.state} reload={targets.reload}>
        {(data) => <Targets list={data} />}
      </Loaded>
    </div>
  );
}

function CityTotals({ summary, title }: { summary: GapSummary; title: string }) {
  const lang = useLang();
  const { t } = lang;
  const titles = useRuleTitles();
  return (
    <section className="card" aria-labelledby="totals-title" data-testid="city-totals">
      <h2 id="totals-title">{title}</h2>
      <dl className="figures">
        <div>
          <dt>{t('industriesCount')}</dt>
          <dd>{summary.industries}</dd>
        </div>
        <div>
          <dt>{t('averageScore')}</dt>
          <dd>{Math.round(summary.averageScore)}</dd>
        </div>
      </dl>
      <h3>{t('gapsBySeverity')}</h3>
      <ul className="plain-list severity-counts">
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <SeverityChip severity={severity} /> <strong>{summary.gapsBySeverity[severity] ?? 0}</strong>
          </li>
        ))}
      </ul>
      {summary.illustrativeShare > 0 && (
        <p className="small">
          <IllustrativeBadge /> {t('illustrativeShare')}: {Math.round(summary.illustrativeShare * 100)}%
        </p>
      )}
      {summary.topGaps.length > 0 && (
        <>
          <h3>{t('topGaps')}</h3>
          <ol className="plain-list top-gaps">
            {summary.topGaps.map((gap) => {
              const target = gap.industryId
                ? `/industries/${encodeURIComponent(gap.industryId)}?gap=${encodeURIComponent(gap.id)}`
                : `/nodes/${encodeURIComponent(gap.subject.id)}`;
              return (
                <li key={gap.id}>
                  <SeverityChip severity={gap.severity} />{' '}
                  <Link to={lang.href(target)}>
                    {lang.name(gap.subject)} · {titles(gap.ruleId)}
                  </Link>
                  {gap.illustrative && <IllustrativeBadge />}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
