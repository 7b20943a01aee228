// Counts of the knowledge graph only (users, sessions and audit entries are not :Entity), from the
// count store: constant time whatever the graph size.
export const HEALTH_COUNTS = `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (:Entity)-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
