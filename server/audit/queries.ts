// The audit log, newest first, with optional filters (every filter is a parameter; null means "any").
const FILTER = `
MATCH (a:AuditEntry)
WHERE ($username IS NULL OR a.username = $username)
  AND ($action IS NULL OR a.action = $action)
  AND ($targetKind IS NULL OR a.targetKind = $targetKind)
  AND ($targetId IS NULL OR a.targetId = $targetId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
  AND ($logins OR a.action <> 'auth.login')`;

export const COUNT_AUDIT = `${FILTER}
RETURN count(a) AS total`;

export const PAGE_AUDIT = `${FILTER}
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.id
SKIP toInteger($offset) LIMIT toInteger($limit)`;

/**
 * Names of every node a page of entries touched, in one query. A node that is gone is named from the
 * newest entry about it that holds a snapshot (its delete entry's "before", else the last "after").
 */
export const NODE_NAMES = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
CALL (id, n) {
  OPTIONAL MATCH (d:AuditEntry {targetKind: 'node', targetId: id})
  WHERE n IS NULL AND (d.before IS NOT NULL OR d.after IS NOT NULL)
  RETURN d ORDER BY d.at DESC LIMIT 1
}
RETURN id, n IS NOT NULL AS exists, labels(n) AS labels, n.nameZh AS nameZh, n.nameEn AS nameEn,
  d.targetType AS lastType, d.before AS before, d.after AS after`;
