// Deleting a node: first the server's preview of every relationship that will go (and any node that
// still names this one, which blocks the delete), then an explicit confirmation.
import { useEffect, useState } from 'react';
import { getJson, type ApiError } from '../../api/client';
import { sendJson } from '../../api/csrf';
import { toApiError } from '../../api/useApi';
import type { DeletePreview } from '../../api/wire';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormErrors';
import { IllustrativeBadge } from '../../components/Illustrative';
import { Loading } from '../../components/Status';
import { useLang } from '../../i18n/lang';
import { RELATIONSHIP_SPECS, type RelationshipType } from '../../../../graph/model';
import { bumpDataVersion } from '../../state/dataVersion';

interface Props {
  id: string;
  name: string;
  onClose: () => void;
  onDeleted: (message: string) => void;
}

export function DeleteNodeDialog({ id, name, onClose, onDeleted }: Props) {
  const lang = useLang();
  const { t } = lang;
  const [preview, setPreview] = useState<DeletePreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    getJson<DeletePreview>(`/api/edit/nodes/${encodeURIComponent(id)}/delete-preview`, controller.signal)
      .then(setPreview)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(toApiError(e));
      });
    return () => controller.abort();
  }, [id]);

  const confirm = () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    sendJson<{ relationshipsRemoved: number }>(`/api/edit/nodes/${encodeURIComponent(id)}?version=${preview.version}`, { method: 'DELETE' })
      .then((result) => {
        bumpDataVersion();
        onDeleted(t('deletedNote', { name, count: result.relationshipsRemoved }));
      })
      .catch((e: unknown) => {
        setError(toApiError(e));
        setBusy(false);
      });
  };

  const relationName = (type: string) => {
    const spec = RELATIONSHIP_SPECS[type as RelationshipType] as { zh: string; en: string } | undefined;
    return spec ? lang.pick(spec.zh, spec.en) : type;
  };
  const blocked = (preview?.blockedBy.length ?? 0) > 0;
  return (
    <Dialog title={t('deleteTitle', { name })} onClose={onClose} testId="delete-dialog">
      <FormError error={error} />
      {!preview && !error && <Loading />}
      {preview && (
        <>
          {preview.total === 0 ? (
            <p>{t('deleteNoRelationships')}</p>
          ) : (
            <>
              <p>
                {t('deleteWillRemove', { total: preview.total })}
                {preview.relationships.length < preview.total && <span className="muted"> {t('deleteListedOf', { shown: preview.relationships.length })}</span>}
              </p>
              <ul className="delete-list" data-testid="delete-relationships">
                {preview.relationships.map((r, i) => (
                  <li key={i}>
                    {r.direction === 'out' ? `${relationName(r.type)} →` : `← ${relationName(r.type)}`} <strong>{lang.name(r.other)}</strong>{' '}
                    <span className="muted">{lang.labelName(r.other.label)}</span>
                    {r.other.illustrative && <IllustrativeBadge />}
                  </li>
                ))}
              </ul>
            </>
          )}
          {blocked && (
            <div className="status status-error" role="alert">
              <p>{t('deleteBlocked')}</p>
              <ul>
                {preview.blockedBy.map((b) => (
                  <li key={`${b.id}.${b.property}`}>
                    <code>{b.id}</code> · {lang.labelName(b.label)} · <code>{b.property}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="muted small">{t('deleteIrreversible')}</p>
        </>
      )}
      <div className="button-row">
        <button type="button" className="danger" onClick={confirm} disabled={!preview || blocked || busy} data-testid="delete-confirm">
          {t('deleteConfirm')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
