// Cypher of the cases. A case is a :GapCase node, bookkeeping beside the domain graph like :User or
// :AuditEntry (no :Entity, no relationships), keyed by `key` = "<scope region id>|<gap id>".

const CASE_FIELDS = 'c {.*} AS c';

/** Cases matching the filters (each null means "any"), most urgent first. */
export const LIST_CASES = `
MATCH (c:GapCase)
WHERE ($scope IS NULL OR c.scopeRegionId = $scope)
  AND ($place IS NULL OR c.scopeRegionId = $place OR $place IN c.gapRegionIds)
  AND ($owner IS NULL OR c.owner = $owner)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($industries IS NULL OR c.industryId IN $industries)
  AND ($gapIds IS NULL OR c.gapId IN $gapIds)
  AND ($overdueBefore IS NULL OR (c.dueDate IS NOT NULL AND c.dueDate < $overdueBefore AND c.status IN ['open', 'in-progress']))
RETURN ${CASE_FIELDS}
ORDER BY coalesce(c.dueDate, '9999-12-31'), c.createdAt, c.id`;

export const GET_CASE = `
MATCH (c:GapCase {id: $id})
RETURN ${CASE_FIELDS}`;

/** Each of these gaps' case under one scope. */
export const CASES_FOR_GAPS = `
UNWIND $gapIds AS gapId
MATCH (c:GapCase {key: $scope + '|' + gapId})
RETURN ${CASE_FIELDS}`;

/** The case's key is unique (migrations): a second case for the same gap and scope fails to commit. */
export const CREATE_CASE = `
CREATE (c:GapCase)
SET c = $props
RETURN ${CASE_FIELDS}`;

/** Changes a case, but only from the status the caller saw (a concurrent change makes it return nothing). */
export const UPDATE_CASE = `
MATCH (c:GapCase {id: $id})
WHERE c.status = $expectedStatus AND c.updatedAt = $expectedUpdatedAt
SET c += $props
RETURN ${CASE_FIELDS}`;

/** Cases the engine follows: still needing work, or resolved by the engine itself (which may reopen them). */
export const FOLLOWED_CASES = `
MATCH (c:GapCase)
WHERE c.status IN ['open', 'in-progress'] OR (c.status = 'resolved' AND c.statusBy = 'engine')
RETURN ${CASE_FIELDS}`;

/** Names of regions (a county owner) and industries, by id. */
export const NAMES_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, coalesce(n.nameZh, n.id) AS nameZh, coalesce(n.nameEn, n.nameZh, n.id) AS nameEn`;

/**
 * The newest change recorded in (since, until]: every revision of the transaction that made it (they
 * share its time), for its summary.
 */
export const LATEST_CHANGE = `
MATCH (v:Revision)
WHERE v.atMs > $sinceMs AND v.atMs <= $untilMs
WITH v ORDER BY v.atMs DESC, v.seq DESC LIMIT 1
MATCH (w:Revision {atMs: v.atMs})
WITH v, w ORDER BY w.seq
RETURN v.atMs AS atMs, v.seq AS seq, v.actor AS actor, v.via AS via,
  collect(w {.op, .entity, .nodeId, .label, .type, .fromId, .toId})[0..20] AS facts, count(w) AS total`;
