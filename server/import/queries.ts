// Cypher for spreadsheet imports. Labels and relationship types come only from the model's whitelists.
// Every write batch is idempotent (MERGE on ids) and records its progress on the job node in the same
// transaction, so a batch is either written and counted, or neither.
import type { NodeLabel, RelationshipType } from '../../graph/model';
import type { ReferenceRule } from '../edit/references';

// Rows travel as lists, not maps: [id, value, …] in the order of the statement's keys, so no row carries
// its keys: lists cross Bolt and CREATE markedly faster than the same maps (figures in BENCHMARKS.md).

/** Property names are the model's field names; checked again here because they are spliced into Cypher. */
function property(key: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`not a model property name: ${key}`);
  return key;
}

/** Provenance is replaced as a whole: a row citing no page or date must not keep the previous source's. */
const REPLACED = new Set(['sourceUrl', 'observedAt']);

/** `{k: coalesce(row[i], x.k), …}`: a cell left empty (null) keeps what the graph holds (but for REPLACED keys). */
function assignments(variable: string, keys: readonly string[], offset: number): string {
  return keys
    .map((key, i) => `${property(key)}: ${REPLACED.has(key) ? `row[${i + offset}]` : `coalesce(row[${i + offset}], ${variable}.${property(key)})`}`)
    .join(', ');
}

/**
 * Only the rows validation must look at: ids already in the graph (an update, or another label's id)
 * and references that are missing or of the wrong label. Every other row is a new node with a good
 * reference, so a fresh file costs one small answer per batch. Rows: [index, id, ref].
 */
export const checkNodeRows = (rule: ReferenceRule | undefined) => {
  if (rule === undefined) {
    return `
UNWIND $rows AS row
MATCH (n:Entity {id: row[1]})
RETURN row[0] AS index, labels(n) AS labels, null AS refLabels, false AS linked`;
  }
  const linked =
    rule.relationship === undefined
      ? 'false'
      : `CASE WHEN n IS NULL OR t IS NULL THEN false ELSE EXISTS { ${
          rule.relationship.reverse ? `(t)-[:${rule.relationship.type}]->(n)` : `(n)-[:${rule.relationship.type}]->(t)`
        } } END`;
  return `
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row[1]})
OPTIONAL MATCH (t:Entity {id: row[2]})
WITH row, n, t
WHERE n IS NOT NULL OR (row[2] IS NOT NULL AND (t IS NULL OR NOT t:${rule.target}))
RETURN row[0] AS index, labels(n) AS labels, labels(t) AS refLabels, ${linked} AS linked`;
};

/**
 * Relationship rows grouped by the labels of their ends and whether the relationship exists: a few
 * records per batch, each with the row indexes it stands for. Rows: [index, from, to].
 */
export const checkRelationshipRows = (type: RelationshipType) => `
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row[1]})
OPTIONAL MATCH (b:Entity {id: row[2]})
WITH row, labels(a) AS fromLabels, labels(b) AS toLabels,
     CASE WHEN a IS NULL OR b IS NULL THEN false ELSE EXISTS { (a)-[:${type}]->(b) } END AS exists
RETURN fromLabels, toLabels, exists, collect(row[0]) AS indexes`;

/** Rows: [id, …values of keys]. */
export const writeNodeRows = (label: NodeLabel, keys: readonly string[]) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row[0]})
ON CREATE SET n:${label}, n.version = 1
ON MATCH SET n.version = coalesce(n.version, 1) + 1
SET n += {${assignments('n', keys, 1)}}`;

/** Points each row's derived relationship (e.g. HAS_LINK for industryId) at its reference, moving an old one. Rows: [id, ref, sourceRef, sourceKind]. */
export const linkNodeRows = (rule: ReferenceRule & { relationship: { type: RelationshipType; reverse: boolean } }) => {
  const { type, reverse } = rule.relationship;
  const old = reverse ? `(previous)-[old:${type}]->(n)` : `(n)-[old:${type}]->(previous)`;
  const link = reverse ? `(t)-[r:${type}]->(n)` : `(n)-[r:${type}]->(t)`;
  return `
UNWIND $rows AS row
MATCH (n:Entity {id: row[0]})
OPTIONAL MATCH ${old}
WHERE previous.id <> row[1]
DELETE old
WITH DISTINCT n, row
MATCH (t:${rule.target} {id: row[1]})
MERGE ${link}
ON CREATE SET r.sourceKind = row[3], r.sourceRef = row[2], r.version = 1`;
};

/** Rows: [from, to, …values of keys]. */
export const writeRelationshipRows = (type: RelationshipType, keys: readonly string[]) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.version = 1
ON MATCH SET r.version = coalesce(r.version, 1) + 1
SET r += {${assignments('r', keys, 2)}}`;

export const CREATE_JOB = `
CREATE (j:ImportJob)
SET j = $job
RETURN j {.*} AS job`;

export const GET_JOB = `
MATCH (j:ImportJob {id: $id})
RETURN j {.*} AS job`;

/** Of these jobs, those that may still be running somewhere: validating or writing, and updated lately. */
export const ACTIVE_JOBS = `
MATCH (j:ImportJob)
WHERE j.id IN $ids AND j.status IN ['validating', 'writing'] AND j.updatedAt >= $since
RETURN j.id AS id`;

/** The newest unfinished job for the same file, target and name: re-sending the file resumes it. */
export const RESUMABLE_JOB = `
MATCH (j:ImportJob {key: $key})
WHERE NOT j.status IN ['done', 'rejected']
RETURN j {.*} AS job
ORDER BY j.startedAt DESC
LIMIT 1`;

export const LIST_JOBS = `
MATCH (j:ImportJob)
RETURN j {.*} AS job
ORDER BY j.startedAt DESC
SKIP toInteger($offset) LIMIT toInteger($limit)`;

export const COUNT_JOBS = `
MATCH (j:ImportJob)
RETURN count(j) AS total`;

export const UPDATE_JOB = `
MATCH (j:ImportJob {id: $id})
SET j += $changes
RETURN j {.*} AS job`;

/** Claims batch $batch for this job: matches only if it is the next one, so no batch is written twice. */
export const CLAIM_BATCH = `
MATCH (j:ImportJob {id: $id})
WHERE j.batchesDone = toInteger($batch)
SET j.batchesDone = toInteger($batch) + 1, j.rowsWritten = j.rowsWritten + toInteger($rows), j.updatedAt = $now
RETURN j.batchesDone AS batchesDone`;

export const COUNT_WRITTEN = `
MATCH (j:ImportJob {id: $id})
SET j.writtenCreated = j.writtenCreated + toInteger($created),
    j.writtenUpdated = j.writtenUpdated + toInteger($updated),
    j.writtenLinked = j.writtenLinked + toInteger($linked)`;
