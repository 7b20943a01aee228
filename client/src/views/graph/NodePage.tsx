// /nodes/:id — a node that lives outside any one chain (a region, a target, a partner): its details
// and its small neighbourhood, drawn with a force layout (cheap at this size).
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { NodeRef } from '../../api/types';
import { useLang } from '../../i18n/lang';
import { landingPath, nodePath } from '../../state/landing';
import { NodeDetail } from '../detail/NodeDetail';
import { AsOfControl, useAsOf } from '../history/AsOfControl';
import { NeighbourhoodGraph } from './NeighbourhoodGraph';

export function NodePage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState<{ id: string; message: string } | null>(null);
  const open = useCallback(
    (ref: NodeRef) => {
      landingPath(ref)
        .then((path) => void navigate(lang.href(path)))
        .catch(() => void navigate(lang.href(nodePath(ref.id))));
    },
    [navigate, lang],
  );
  const [asOf] = useAsOf();
  return (
    <div className="page node-page">
      <header className="page-head">
        <nav className="breadcrumb" aria-label={lang.t('mainNav')}>
          <Link to={lang.href('/')}>{lang.t('navOverview')}</Link> <span aria-hidden="true">›</span> {lang.t('nodeTitle')}
        </nav>
        {/* Reached with ?asOf= (a bookmark): the detail reads the past record, so the banner says so. */}
        {asOf && <AsOfControl />}
      </header>
      <div className="chain-layout">
        <div className="graph-wrap">
          <NeighbourhoodGraph id={id} onOpen={(nodeId) => void navigate(lang.href(nodePath(nodeId)))} />
        </div>
        <aside className="side-panel" aria-label={lang.t('details')}>
          {deleted?.id === id ? (
            <p className="flash" role="status">
              {deleted.message} <Link to={lang.href('/')}>{lang.t('backToOverview')}</Link>
            </p>
          ) : (
            <NodeDetail key={id} id={id} gaps={[]} onOpen={open} onDeleted={(message) => setDeleted({ id, message })} />
          )}
        </aside>
      </div>
    </div>
  );
}
