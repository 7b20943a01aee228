// The side panel for whatever is selected in a chain: a node (fetched with its neighbours), a missing
// 六个一 slot (a ghost), or a gap.
import type { ChainNodeData, ChainView, EntityDetail, Gap, NodeRef } from '../../api/types';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang } from '../../i18n/lang';
import { SLOT_RULES } from '../../../../graph/model/chainView';
import { countsLine } from '../chains/labels';
import { GapCard, GapStatus } from '../gaps/GapDetail';
import { NodeDetail } from './NodeDetail';

interface Props {
  view: ChainView;
  nodeId: string | null;
  gap: Gap | undefined;
  onClose: () => void;
  onOpen: (ref: NodeRef) => void;
  onSelectGap: (gapId: string) => void;
  onExpand: (linkId: string) => void;
  onCollapse: (linkId: string) => void;
  onLoaded: (detail: EntityDetail) => void;
  onDeleted: (message: string) => void;
}

export function DetailPanel(props: Props) {
  const { t } = useLang();
  const node = props.nodeId
    ? props.view.elements.find((e) => e.group === 'nodes' && e.data.id === props.nodeId)?.data as ChainNodeData | undefined
    : undefined;
  return (
    <div className="detail-panel">
      <button type="button" className="close-button" onClick={props.onClose} aria-label={t('close')}>
        ×
      </button>
      {props.gap ? (
        <GapCard gap={props.gap} onOpen={props.onOpen} />
      ) : node?.role === 'ghost' ? (
        <GhostDetail node={node} view={props.view} onOpen={props.onOpen} />
      ) : props.nodeId ? (
        <NodeDetail
          key={props.nodeId}
          id={props.nodeId}
          gaps={props.view.gaps}
          onOpen={props.onOpen}
          onSelectGap={props.onSelectGap}
          onLoaded={props.onLoaded}
          onDeleted={props.onDeleted}
          extra={node?.role === 'link' ? <LinkCoverage node={node} view={props.view} onOpen={props.onOpen} onExpand={props.onExpand} onCollapse={props.onCollapse} /> : null}
        />
      ) : null}
    </div>
  );
}

function GhostDetail({ node, view, onOpen }: { node: ChainNodeData; view: ChainView; onOpen: (ref: NodeRef) => void }) {
  const lang = useLang();
  const slot = node.slot;
  const gap = slot ? view.gaps.find((g) => g.ruleId === SLOT_RULES[slot]) : undefined;
  return (
    <article className="detail" data-testid="detail" aria-labelledby="detail-title">
      <p className="detail-kind">{lang.t('slot')}</p>
      <h2 id="detail-title">
        {lang.t('missingSlot')}
        {lang.pick('：', ': ')}
        {slot ? lang.slotName(slot) : ''}
      </h2>
      <p>
        {lang.t('status')}: <GapStatus status={node.status ?? 'not-recorded'} />
      </p>
      <p className="muted">{lang.t('ghostExplain')}</p>
      <p className="muted">{lang.t('dataGapNote')}</p>
      {gap && <GapCard gap={gap} onOpen={onOpen} />}
    </article>
  );
}

function LinkCoverage({
  node,
  view,
  onOpen,
  onExpand,
  onCollapse,
}: {
  node: ChainNodeData;
  view: ChainView;
  onOpen: (ref: NodeRef) => void;
  onExpand: (linkId: string) => void;
  onCollapse: (linkId: string) => void;
}) {
  const lang = useLang();
  const total = node.memberTotal ?? 0;
  const shown = node.membersShown ?? 0;
  // The members drawn under this link, each said to be local or from outside (as the canvas marks them).
  const members = view.elements.flatMap((e) => (e.group === 'nodes' && e.data.role === 'member' && e.data.linkId === node.id ? [e.data] : []));
  const local = members.filter((m) => m.local === true).length;
  return (
    <section className="link-coverage">
      <h3>{lang.t('linkCounts')}</h3>
      <p>{countsLine(node, lang)}</p>
      <p className="muted">{lang.t('membersShownOf', { shown, total })}</p>
      {members.length > 0 && (
        <>
          <p data-testid="link-members-local">{lang.t('membersLocalNote', { local, outside: members.length - local })}</p>
          <ul className="link-members">
            {members.map((m) => (
              <li key={m.id} data-local={m.local === true}>
                <button type="button" className="link-button" onClick={() => onOpen(m)}>
                  {lang.name(m)}
                </button>{' '}
                {m.illustrative && <IllustrativeBadge />}
                <span className={m.local === true ? 'local-mark' : 'outside-mark muted'}>
                  {((mark) => lang.pick(`（${mark}）`, `(${mark})`))(lang.t(m.local === true ? 'localMark' : 'outsideMark'))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {node.expanded ? (
        <button type="button" onClick={() => onCollapse(node.id)}>
          {lang.t('collapseLink')}
        </button>
      ) : (
        total > shown && (
          <button type="button" onClick={() => onExpand(node.id)}>
            {lang.t('expandLink')}
          </button>
        )
      )}
    </section>
  );
}
