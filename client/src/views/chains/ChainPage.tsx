// /industries/:id — one industry's chain, upstream to downstream, with its 六个一 row, missing slots,
// partners and gaps; the selected node or gap (?node=, ?gap=) opens in the side panel. The graph, the
// detail panel, the create dialog and the exporters load as chunks of their own (lazyModule.tsx).
import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi, type ApiState } from '../../api/useApi';
import type { ChainNodeData, ChainView, EntityDetail, NodeRef } from '../../api/types';
import { IllustrativeBadge, IllustrativeBanner } from '../../components/Illustrative';
import { Loaded } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { TIER_NAMES } from '../../i18n/strings';
import { landingPath } from '../../state/landing';
import { useChainUrlState } from '../../state/urlState';
import { scopedUrl, useRegionId, useRegionScope } from '../../state/regionScope';
import { IndustrySidebar } from './IndustrySidebar';
import { CHUNK_ERROR, lazyModule, useLazyModule, WithModule } from './lazyModule';
import { fitReadable } from '../chains/viewport';
import { ZoomControls } from './ZoomControls';
import { BriefingButton } from '../briefings/BriefingButton';
import { usePermissions } from '../../state/session';
import { changedNodeIds, readyData, useChanges } from '../changes/useChanges';
import { ChangedNodesNote } from '../changes/ChangedNodesNote';
import { AsOfBanner, AsOfInput, useAsOf } from '../history/AsOfControl';
import { AS_OF_PARAM, withParam } from '../../state/timeScope';

const graphModule = lazyModule(() => import('./ChainGraph'));
const detailModule = lazyModule(() => import('../detail/DetailPanel'));
const createModule = lazyModule(() => import('../edit/CreateNodeDialog'));
const exportModule = lazyModule(() => import('../chains/exportGraph'));

export function ChainPage() {
  const { id = '' } = useParams();
  const [url] = useChainUrlState();
  const query = url.expand.length > 0 ? `?expand=${encodeURIComponent(url.expand.join(','))}` : '';
  // The region analysed (?region=): its gaps mark the chain and its firms count as local.
  const regionId = useRegionId();
  // ?asOf=: the chain as recorded then (the banner says so, AsOfControl).
  const [asOf] = useAsOf();
  const { state, reload } = useApi<ChainView>(withParam(scopedUrl(`/api/industries/${encodeURIComponent(id)}/chain${query}`, regionId), AS_OF_PARAM, asOf));
  // Cytoscape's chunk downloads and compiles while the chain's data is on its way. Asked for after
  // useApi's effect has sent the request, so the request never waits for the chunk.
  useEffect(() => {
    void graphModule.load().catch(() => undefined);
  }, []);
  // Keep showing the previous drawing while an expansion loads, so the page does not jump.
  const previous = state.kind === 'loading' && state.previous?.industry.id === id ? state.previous : null;
  const shown = state.kind === 'ready' ? state.data : previous;
  if (shown) return <ChainScreen view={shown} busy={state.kind === 'loading'} />;
  return <ChainPlaceholder state={state} reload={reload} />;
}

function ChainPlaceholder({ state, reload }: { state: ApiState<ChainView>; reload: () => void }) {
  const lang = useLang();
  return (
    <div className="page">
      <Loaded state={state} reload={reload}>
        {() => null}
      </Loaded>
      {state.kind === 'error' && (
        <p>
          <Link to={lang.href('/')}>{lang.t('backToOverview')}</Link>
        </p>
      )}
    </div>
  );
}

function ChainScreen({ view, busy }: { view: ChainView; busy: boolean }) {
  const lang = useLang();
  const { t } = lang;
  const navigate = useNavigate();
  const [url, setUrl] = useChainUrlState();
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [exporting, setExporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [pastAsOf] = useAsOf();
  const canEdit = usePermissions().edit && pastAsOf === null;
  // A region other than the home city is named: its gaps mark the chain and its firms are the local ones.
  const scope = useRegionScope();
  const graph = useLazyModule(graphModule);
  const selecting = Boolean(url.node || url.gap);
  const detail = useLazyModule(selecting ? detailModule : null);
  const create = useLazyModule(creating ? createModule : null);
  // Once the graph is drawn, fetch the detail panel and the exporters in the background, so a click
  // opens or saves at once.
  useEffect(() => {
    if (!cy) return;
    void detailModule.load().catch(() => undefined);
    void exportModule.load().catch(() => undefined);
  }, [cy]);

  const byId = useMemo(() => {
    const map = new Map<string, ChainNodeData>();
    for (const element of view.elements) if (element.group === 'nodes') map.set(element.data.id, element.data);
    return map;
  }, [view]);
  const links = useMemo(() => [...byId.values()].filter((n) => n.role === 'link'), [byId]);
  const selectedGap = url.gap ? view.gaps.find((g) => g.id === url.gap) : undefined;
  const evidenceIds = useMemo(() => (selectedGap ? [selectedGap.subject.id, ...selectedGap.evidence] : []), [selectedGap]);
  // ?since=: the nodes changed in the period (facts' nodes and relationship ends) are ringed in the drawing.
  const changes = useChanges();
  const changedIds = useMemo(() => [...changedNodeIds(readyData(changes.state))], [changes.state]);
  const expandedAll = links.length > 0 && links.every((l) => l.expanded || (l.memberTotal ?? 0) <= (l.membersShown ?? 0));

  const select = useCallback((nodeId: string | null) => setUrl({ node: nodeId, gap: null }), [setUrl]);
  const expand = useCallback(
    (linkId: string) => {
      if (url.expand.includes('all') || url.expand.includes(linkId)) return;
      setUrl({ expand: [...url.expand, linkId], node: linkId, gap: null });
    },
    [setUrl, url.expand],
  );
  const collapse = useCallback(
    (linkId: string) => {
      const rest = url.expand.includes('all') ? links.map((l) => l.id).filter((l) => l !== linkId) : url.expand.filter((l) => l !== linkId);
      setUrl({ expand: rest });
    },
    [setUrl, url.expand, links],
  );

  /** A neighbour, evidence or suggestion: select it if drawn here, else go where it lives. */
  const open = useCallback(
    (ref: NodeRef) => {
      if (byId.has(ref.id)) {
        select(ref.id);
        return;
      }
      landingPath(ref)
        .then((path) => void navigate(lang.href(path)))
        .catch(() => void navigate(lang.href(`/nodes/${encodeURIComponent(ref.id)}`)));
    },
    [byId, select, navigate, lang],
  );

  /** A selected member hidden in an aggregated link: expand the links it covers so it appears. */
  const locate = useCallback(
    (detail: EntityDetail) => {
      if (byId.has(detail.entity.id) || url.expand.includes('all')) return;
      const covering = detail.relationships
        .filter((r) => r.type === 'COVERS' && r.direction === 'out' && byId.has(r.other.id) && !url.expand.includes(r.other.id))
        .map((r) => r.other.id);
      if (covering.length > 0) setUrl({ expand: [...url.expand, ...covering] });
    },
    [byId, setUrl, url.expand],
  );

  const basename = `${view.industry.id}-chain`;
  const runExport = (kind: 'png' | 'svg') => {
    if (!cy) return;
    setExporting(true);
    const done = () => setExporting(false);
    exportModule
      .load()
      .then(
        ({ exportPng, exportSvg }) => (kind === 'png' ? exportPng(cy, basename) : exportSvg(cy, basename)),
        () => setFlash(lang.pick(CHUNK_ERROR.messageZh, CHUNK_ERROR.message)),
      )
      .then(done, done);
  };

  return (
    <div className="page chain-page">
      <header className="page-head">
        <div className="breadcrumb-row">
          <nav className="breadcrumb" aria-label={t('mainNav')}>
            <Link to={lang.href('/')}>{t('navOverview')}</Link> <span aria-hidden="true">›</span> {lang.name(view.industry)}
            {scope.regionId && (
              <span className="muted" data-testid="chain-scope">
                {' · '}
                {t('scopeIn', { name: scope.current ? lang.name(scope.current) : scope.regionId })}
              </span>
            )}
          </nav>
          <AsOfInput compact />
        </div>
        <div className="title-row">
          <h1>
            {lang.name(view.industry)} <span className="tier-chip">{lang.pick(TIER_NAMES[view.industry.tier].zh, TIER_NAMES[view.industry.tier].en)}</span>
            {view.illustrative && <IllustrativeBadge />}
            {view.score && (
              <span className="score-chip" title={t('score')}>
                {t('score')} {Math.round(view.score.total)}
              </span>
            )}
          </h1>
          <div className="toolbar" role="toolbar" aria-label={t('chainTitle')}>
            {links.length === 0 ? null : expandedAll ? (
              <button type="button" onClick={() => setUrl({ expand: [] })} disabled={url.expand.length === 0}>
                {t('collapseAll')}
              </button>
            ) : (
              <button type="button" onClick={() => setUrl({ expand: ['all'] })}>
                {t('expandAll')}
              </button>
            )}
            <button type="button" onClick={() => cy && fitReadable(cy)} disabled={!cy}>
              {t('fitView')}
            </button>
            <button type="button" onClick={() => runExport('png')} disabled={!cy || exporting} data-testid="export-png">
              {t('exportPng')}
            </button>
            <button type="button" onClick={() => runExport('svg')} disabled={!cy || exporting} data-testid="export-svg">
              {t('exportSvg')}
            </button>
            {canEdit && (
              <button type="button" onClick={() => setCreating(true)} data-testid="create-node">
                {t('createNode')}
              </button>
            )}
            <BriefingButton
              scope={{ kind: 'industries', ids: view.analysedAs ? [view.analysedAs.id] : [view.industry.id] }}
              scopeLabel={
                view.analysedAs && view.analysedAs.id !== view.industry.id
                  ? t('briefingAsPart', { name: lang.name(view.analysedAs) })
                  : lang.name(view.industry)
              }
              unavailable={view.analysedAs === null ? t('briefingNotRated') : null}
            />
          </div>
        </div>
        {view.illustrative && <IllustrativeBanner />}
        {view.analysedAs === null && <p className="banner banner-note">{t('notAnalysed')}</p>}
        {view.analysedAs !== null && view.analysedAs.id !== view.industry.id && (
          <p className="banner banner-note">
            {t('analysedAsPart')}{' '}
            <Link to={lang.href(`/industries/${encodeURIComponent(view.analysedAs.id)}`)}>{lang.name(view.analysedAs)}</Link>
          </p>
        )}
        <AsOfBanner />
        {view.truncated && <p className="banner banner-note">{t('truncatedNote')}</p>}
        <ChangedNodesNote changes={changes} drawn={changedIds.filter((nodeId) => byId.has(nodeId)).length} />
        {flash && (
          <p className="flash" role="status" data-testid="chain-flash">
            {flash}{' '}
            <button type="button" className="link-button" onClick={() => setFlash(null)}>
              {t('close')}
            </button>
          </p>
        )}
      </header>
      {creating && (
        <WithModule state={create}>
          {({ CreateNodeDialog }) => (
            <CreateNodeDialog
              presets={{ ChainLink: { industryId: view.industry.id } }}
              onClose={() => setCreating(false)}
              onCreated={(created) => {
                setCreating(false);
                setUrl({ node: created.node.id, gap: null });
              }}
            />
          )}
        </WithModule>
      )}
      <div className="chain-layout">
        <div className="graph-wrap" aria-busy={busy}>
          {busy && <div className="graph-busy" role="status">{t('loading')}</div>}
          <ZoomControls cy={cy} />
          <WithModule state={graph}>
            {({ ChainGraph }) => (
              <ChainGraph view={view} selectedId={url.node} evidenceIds={evidenceIds} changedIds={changedIds} onSelect={select} onExpand={expand} onReady={setCy} />
            )}
          </WithModule>
        </div>
        <aside className="side-panel" aria-label={t('details')}>
          {url.node || selectedGap ? (
            <WithModule state={detail}>
              {({ DetailPanel }) => (
                <DetailPanel
                  view={view}
                  nodeId={url.node}
                  gap={selectedGap}
                  onClose={() => setUrl({ node: null, gap: null })}
                  onOpen={open}
                  onSelectGap={(gapId) => setUrl({ gap: gapId, node: null })}
                  onExpand={expand}
                  onCollapse={collapse}
                  onLoaded={locate}
                  onDeleted={(message) => {
                    setFlash(message);
                    setUrl({ node: null, gap: null });
                  }}
                />
              )}
            </WithModule>
          ) : (
            <IndustrySidebar view={view} links={links} onSelect={select} onSelectGap={(gapId) => setUrl({ gap: gapId, node: null })} />
          )}
        </aside>
      </div>
    </div>
  );
}
