// Removing one relationship: read its current version, say what goes, delete on confirmation.
import { useState } from 'react';
import { RELATIONSHIP_SPECS } from '../../../../graph/model';
import { getJson, type ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import type { NodeRef, RelatedEdge } from '../../api/types';
import { toApiError } from '../../api/useApi';
import type { RelationshipView } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormErrors';
import { useLang } from '../../i18n/lang';
import { bumpDataVersion } from '../../state/dataVersion';

interface Props {
  node: NodeRef;
  edge: RelatedEdge;
  onClose: () => void;
  onRemoved: () => void;
}

export function RemoveRelationshipDialog({ node, edge, onClose, onRemoved }: Props) {
  const lang = useLang();
  const { t } = lang;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [fromNode, toNode] = edge.direction === 'out' ? [node, edge.other] : [edge.other, node];
  const spec = RELATIONSHIP_SPECS[edge.type] as { zh: string; en: string } | undefined;
  const path = `/api/edit/relationships/${encodeURIComponent(edge.type)}/${encodeURIComponent(fromNode.id)}/${encodeURIComponent(toNode.id)}`;

  const confirm = () => {
    setBusy(true);
    setError(null);
    getJson<RelationshipView>(path)
      .then((view) => sendJson(`${path}?version=${view.version}`, { method: 'DELETE' }))
      .then(() => {
        bumpDataVersion();
        onRemoved();
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  return (
    <Dialog title={t('removeRelationship')} onClose={onClose} testId="remove-relationship-dialog">
      <p>
        {t('removeRelationshipConfirm', {
          type: spec ? lang.pick(spec.zh, spec.en) : edge.type,
          from: lang.name(fromNode),
          to: lang.name(toNode),
        })}
      </p>
      <p className="muted small">{t('deleteIrreversible')}</p>
      <FormError error={error} />
      <div className="button-row">
        <button type="button" className="danger" onClick={confirm} disabled={busy} data-testid="remove-relationship-confirm">
          {t('deleteWord')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
