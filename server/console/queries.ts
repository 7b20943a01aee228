// The console's own helper queries (not the analyst's): relationship ends, saved queries.

/** Ends of relationships whose nodes were not in the result; both ends are always knowledge-graph nodes. */
export const RELATIONSHIP_ENDS = `
UNWIND $ids AS rid
MATCH (a:Entity)-[r]->(b:Entity)
WHERE elementId(r) = rid
RETURN rid, a, b`;

export const LIST_SAVED = `
MATCH (q:SavedQuery {owner: $owner})
RETURN q {.*} AS query
ORDER BY q.updatedAt DESC, q.id`;

export const GET_SAVED = `
MATCH (q:SavedQuery {id: $id, owner: $owner})
RETURN q {.*} AS query`;

export const CREATE_SAVED = `
CREATE (q:SavedQuery)
SET q = $query
RETURN q {.*} AS query`;

export const UPDATE_SAVED = `
MATCH (q:SavedQuery {id: $id, owner: $owner})
SET q += $changes
RETURN q {.*} AS query`;

export const DELETE_SAVED = `
MATCH (q:SavedQuery {id: $id, owner: $owner})
DELETE q
RETURN count(*) AS deleted`;
