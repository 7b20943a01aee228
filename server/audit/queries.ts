// The audit log, newest first, with optional filters (every filter is a parameter; null means "any").
const FILTER = `
MATCH (a:AuditEntry)
WHERE ($username IS NULL OR a.username = $username)
  AND ($action IS NULL OR a.action = $action)
  AND ($targetKind IS NULL OR a.targetKind = $targetKind)
  AND ($targetId IS NULL OR a.targetId = $targetId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)`;

export const COUNT_AUDIT = `${FILTER}
RETURN count(a) AS total`;

export const PAGE_AUDIT = `${FILTER}
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.id
SKIP toInteger($offset) LIMIT toInteger($limit)`;
