// What an audit entry touched, by name in the interface language: a node (linked while it exists,
// marked once deleted), a relationship's two ends and its type, a user by username, an import.
import { Link } from 'react-router';
import { RELATIONSHIP_SPECS, type AuditNodeRef } from '../../../../graph/model';
import type { AuditEntry } from '../../api/wire';
import { useLang } from '../../i18n/lang';

function NodeName({ node }: { node: AuditNodeRef }) {
  const lang = useLang();
  // A name missing in one language falls back to the other, then to the id.
  const name = lang.pick(node.nameZh ?? node.nameEn ?? node.id, node.nameEn ?? node.nameZh ?? node.id);
  return (
    <span className="audit-node" data-node={node.id}>
      {node.exists ? (
        <Link to={lang.href(`/nodes/${encodeURIComponent(node.id)}`)} title={node.id}>
          {name}
        </Link>
      ) : (
        <span title={node.id}>{name}</span>
      )}
      {node.label && <span className="muted small"> {lang.labelName(node.label)}</span>}
      {!node.exists && <span className="badge badge-deleted">{lang.t('auditNodeDeleted')}</span>}
    </span>
  );
}

export function AuditTarget({ entry }: { entry: AuditEntry }) {
  const lang = useLang();
  const [first, second] = entry.nodes;
  if (entry.targetKind === 'node' && first) return <NodeName node={first} />;
  if (entry.targetKind === 'relationship' && first && second) {
    const spec = (RELATIONSHIP_SPECS as Record<string, { zh: string; en: string } | undefined>)[entry.targetType ?? ''];
    return (
      <span className="audit-relationship">
        <NodeName node={first} /> <span className="muted">→ {spec ? lang.pick(spec.zh, spec.en) : entry.targetType} →</span> <NodeName node={second} />
      </span>
    );
  }
  if (entry.targetKind === 'user' || entry.targetKind === 'session') return <span className="audit-user">{entry.targetId}</span>;
  // An import's id (a job id or a time) is the only name it has; its file is in the change table.
  return <code className="small">{entry.targetId}</code>;
}
