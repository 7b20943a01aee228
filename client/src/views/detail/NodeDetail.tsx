// Details of one node: name, type, properties, provenance (document section or the illustrative
// badge), its gaps with suggestions, and its neighbours one click away. Editors and administrators
// also get its editing controls (edit, add or remove relationships, delete); the server checks again.
import { useEffect, useState } from 'react';
import { useApi } from '../../api/useApi';
import type { EntityDetail, Gap, NodeRef, RelatedEdge } from '../../api/types';
import { Loaded } from '../../components/Status';
import { IllustrativeBadge } from '../../components/Illustrative';
import { useLang, type LangApi } from '../../i18n/lang';
import { GapCard } from '../gaps/GapDetail';
import { Provenance } from './Provenance';
import { StaleEdgeMark } from './StaleMark';
import { TargetTrend } from './TargetTrend';
import { useValidityText, Validity } from './Validity';
import { aliasesOf, propertyValue, text } from './detailText';
import { RELATIONSHIP_SPECS, unitLabel } from '../../../../graph/model';
import { FIELD_NAMES } from '../../i18n/recordNames';
import { usePermissions } from '../../state/session';
import { AS_OF_PARAM, withParam } from '../../state/timeScope';
import { useAsOf } from '../history/AsOfControl';
import { AddRelationshipDialog } from '../edit/AddRelationshipDialog';
import { DeleteNodeDialog } from '../edit/DeleteNodeDialog';
import { useDerivedTypes } from '../edit/editSchema';
import { EditNodeForm } from '../edit/EditNodeForm';
import { EditRelationshipDialog } from '../edit/EditRelationshipDialog';
import { RemoveRelationshipDialog } from '../edit/RemoveRelationshipDialog';

/** Properties shown elsewhere in the panel, or internal. */
const HIDDEN_KEYS = new Set(['id', 'nameZh', 'nameEn', 'aliasesZh', 'aliasesEn', 'sourceKind', 'sourceRef', 'sourceUrl', 'observedAt', 'descriptionZh', 'descriptionEn', 'textZh', 'textEn', 'version', 'validFrom', 'validTo']);

/** Property names in words (the model's fields; anything else by its own name). */
const PROPERTY_NAMES: Record<string, { zh: string; en: string }> = FIELD_NAMES;

function relationName(edge: RelatedEdge, lang: LangApi): string {
  const spec: { zh: string; en: string } | undefined = RELATIONSHIP_SPECS[edge.type];
  const name = spec ? lang.pick(spec.zh, spec.en) : edge.type;
  return edge.direction === 'out' ? `${name} →` : `← ${name}`;
}

interface Props {
  id: string;
  gaps: readonly Gap[];
  /** Opens a neighbour: selects it in the current graph or navigates to where it lives. */
  onOpen: (ref: NodeRef) => void;
  onSelectGap?: (gapId: string) => void;
  onLoaded?: (detail: EntityDetail) => void;
  /** Extra content for this kind of node (e.g. a chain link's counts and expand button). */
  extra?: React.ReactNode;
  /** The node was deleted (by an editor, here): the message to show where it was. */
  onDeleted?: (message: string) => void;
}

type PanelDialog = null | { kind: 'delete' } | { kind: 'relationship' } | { kind: 'remove'; edge: RelatedEdge } | { kind: 'editEdge'; edge: RelatedEdge };

export function NodeDetail({ id, gaps, onOpen, onSelectGap, onLoaded, extra, onDeleted }: Props) {
  const [asOf] = useAsOf();
  const { state, reload } = useApi<EntityDetail>(withParam(`/api/entities/${encodeURIComponent(id)}`, AS_OF_PARAM, asOf));
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<PanelDialog>(null);
  const [note, setNote] = useState<string | null>(null);
  const { t } = useLang();
  useEffect(() => {
    if (state.kind === 'ready') onLoaded?.(state.data);
    // Report each loaded entity once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  if (editing) {
    return (
      <EditNodeForm
        id={id}
        onCancel={() => setEditing(false)}
        onDone={() => {
          setEditing(false);
          setNote(t('savedNote'));
        }}
      />
    );
  }
  const entity = state.kind === 'ready' ? state.data.entity : state.kind === 'loading' && state.refreshing ? state.previous?.entity : undefined;
  return (
    <>
      {note && (
        <p className="flash" role="status" data-testid="edit-note">
          {note}
        </p>
      )}
      <Loaded state={state} reload={reload}>
        {(detail) => (
          <NodeDetailBody
            detail={detail}
            gaps={gaps}
            onOpen={onOpen}
            onSelectGap={onSelectGap}
            extra={extra}
            onEdit={() => {
              setNote(null);
              setEditing(true);
            }}
            onDialog={(next) => {
              setNote(null);
              setDialog(next);
            }}
          />
        )}
      </Loaded>
      {entity && dialog?.kind === 'delete' && (
        <DeleteNodeDialog
          id={entity.id}
          name={entity.nameEn === entity.nameZh ? entity.nameZh : `${entity.nameZh} / ${entity.nameEn}`}
          onClose={() => setDialog(null)}
          onDeleted={(message) => {
            setDialog(null);
            onDeleted?.(message);
          }}
        />
      )}
      {entity && dialog?.kind === 'relationship' && (
        <AddRelationshipDialog
          node={entity}
          onClose={() => setDialog(null)}
          onCreated={() => {
            setDialog(null);
            setNote(t('relCreated'));
          }}
        />
      )}
      {entity && dialog?.kind === 'remove' && (
        <RemoveRelationshipDialog node={entity} edge={dialog.edge} onClose={() => setDialog(null)} onRemoved={() => setDialog(null)} />
      )}
      {entity && dialog?.kind === 'editEdge' && (
        <EditRelationshipDialog node={entity} edge={dialog.edge} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
    </>
  );
}

/** Edit, add a relationship, delete: for editors and administrators only. */
function EditControls({ onEdit, onDialog }: { onEdit: () => void; onDialog: (dialog: PanelDialog) => void }) {
  const { t } = useLang();
  return (
    <div className="edit-controls" role="group" aria-label={t('editing')} data-testid="edit-controls">
      <button type="button" onClick={onEdit} data-testid="edit-node">
        {t('editNode')}
      </button>
      <button type="button" onClick={() => onDialog({ kind: 'relationship' })} data-testid="add-relationship">
        {t('addRelationship')}
      </button>
      <button type="button" className="danger-quiet" onClick={() => onDialog({ kind: 'delete' })} data-testid="delete-node">
        {t('deleteNode')}
      </button>
    </div>
  );
}

function NodeDetailBody({
  detail,
  gaps,
  onOpen,
  onSelectGap,
  extra,
  onEdit,
  onDialog,
}: {
  detail: EntityDetail;
  gaps: readonly Gap[];
  onOpen: (ref: NodeRef) => void;
  onSelectGap?: (gapId: string) => void;
  extra?: React.ReactNode;
  onEdit: () => void;
  onDialog: (dialog: PanelDialog) => void;
}) {
  const lang = useLang();
  const { t } = lang;
  // A past record (?asOf=) is read, not edited: edits always change the current graph.
  const [pastAsOf] = useAsOf();
  const canEdit = usePermissions().edit && pastAsOf === null;
  const derived = useDerivedTypes();
  const v = useValidityText();
  const entity = detail.entity;
  const description = lang.pick(text(entity.properties.descriptionZh), text(entity.properties.descriptionEn));
  const aliases = aliasesOf(entity.properties, lang);
  const properties = Object.entries(entity.properties).filter(([key, value]) => !HIDDEN_KEYS.has(key) && value !== null);
  const ownGaps = gaps.filter((g) => g.subject.id === entity.id || g.evidence.includes(entity.id));
  const groups = new Map<string, RelatedEdge[]>();
  for (const edge of detail.relationships) {
    const key = `${edge.direction}:${edge.type}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail">
      <p className="detail-kind">{lang.labelName(entity.label)}</p>
      <h2 id="detail-title">
        {lang.name(entity)} {entity.illustrative && <IllustrativeBadge />}
      </h2>
      {entity.nameEn !== entity.nameZh && (
        <p className="detail-alt" lang={lang.lang === 'zh' ? 'en' : 'zh-CN'}>
          {lang.lang === 'zh' ? entity.nameEn : entity.nameZh}
        </p>
      )}
      {aliases.length > 0 && (
        <p className="detail-aliases" data-testid="detail-aliases">
          {lang.pick('又称：', 'Also known as: ')}
          {aliases.join(lang.pick('、', '; '))}
        </p>
      )}
      <Validity properties={entity.properties} />
      {canEdit && <EditControls onEdit={onEdit} onDialog={onDialog} />}
      {description && <p className="detail-description">{description}</p>}
      {extra}
      {(entity.label === 'Target' || entity.label === 'Indicator') && <TargetTrend id={entity.id} label={entity.label} />}
      <h3>{t('provenance')}</h3>
      <Provenance
        sourceKind={text(entity.properties.sourceKind)}
        sourceRef={text(entity.properties.sourceRef)}
        sourceUrl={text(entity.properties.sourceUrl) || undefined}
        observedAt={text(entity.properties.observedAt) || undefined}
        label={entity.label}
      />
      {properties.length > 0 && (
        <>
          <h3>{t('properties')}</h3>
          <dl className="properties">
            {properties.map(([key, value]) => (
              <div key={key}>
                <dt>{PROPERTY_NAMES[key] ? lang.pick(PROPERTY_NAMES[key].zh, PROPERTY_NAMES[key].en) : key}</dt>
                <dd>{key === 'unit' && typeof value === 'string' ? unitLabel(value, lang.lang) : propertyValue(value, lang)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {ownGaps.length > 0 && (
        <>
          <h3>{t('gapsOfNode')}</h3>
          <ul className="gap-list">
            {ownGaps.map((gap) => (
              <li key={gap.id}>
                <GapCard gap={gap} onOpen={onOpen} onSelect={onSelectGap} compact />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>
        {t('neighbours')} <span className="muted">({detail.relationshipCount})</span>
      </h3>
      {detail.relationships.length === 0 && <p className="muted">{t('noNeighbours')}</p>}
      {[...groups.entries()].map(([key, edges]) => (
        <div key={key} className="neighbour-group">
          <p className="neighbour-relation">{relationName(edges[0] as RelatedEdge, lang)}</p>
          <ul className="neighbour-list">
            {edges.map((edge) => (
              <li key={edge.id}>
                <button type="button" className="link-button" onClick={() => onOpen(edge.other)}>
                  {lang.name(edge.other)}
                </button>{' '}
                <span className="muted">{lang.labelName(edge.other.label)}</span>
                {edge.other.illustrative ? (
                  <IllustrativeBadge />
                ) : (
                  edge.illustrative && <span className="badge badge-illustrative">{t('illustrativeRelation')}</span>
                )}
                <Validity properties={edge.properties} inline />
                <StaleEdgeMark type={edge.type} observedAt={edge.properties.observedAt} />
                {canEdit && (
                  <button type="button" className="icon-button" onClick={() => onDialog({ kind: 'editEdge', edge })} aria-label={`${v('editRelationship')}: ${lang.name(edge.other)}`} title={v('editRelationship')} data-testid="edit-edge">
                    ✎
                  </button>
                )}
                {canEdit && !derived.has(edge.type) && (
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => onDialog({ kind: 'remove', edge })}
                    aria-label={`${t('removeRelationship')}: ${lang.name(edge.other)}`}
                    title={t('removeRelationship')}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </article>
  );
}
