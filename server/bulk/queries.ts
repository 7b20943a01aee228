// Cypher the bulk load runs around the offline importer: is the database empty before, and does it
// hold what the files held after.

/**
 * Everything, users and jobs included: the importer replaces the whole database. The history store's
 * start mark is not content (every start of a new database makes it).
 */
export const COUNT_ALL = 'MATCH (n) WHERE NOT n:HistoryStart RETURN count(n) AS nodes';

/** The graph the files describe: entities and the relationships between them. */
export const COUNT_GRAPH = 'RETURN COUNT { (:Entity) } AS nodes, COUNT { (:Entity)-[]->(:Entity) } AS relationships';
