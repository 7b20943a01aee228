// Cypher for spreadsheet imports. Labels and relationship types come only from the model's whitelists.
// Every write batch is idempotent (MERGE on ids) and records its progress on the job node in the same
// transaction, so a batch is either written and counted, or neither.
import type { NodeLabel, RelationshipType } from '../../../graph/model';
import type { ReferenceRule } from '../edit/references';

/** What the graph already holds for a batch of node rows: the id's labels, the reference's labels, whether linked. */
export const checkNodeRows = (rule: ReferenceRule | undefined) => {
  const linked =
    rule?.relationship === undefined
      ? 'false'
      : `CASE WHEN n IS NULL OR t IS NULL THEN false ELSE EXISTS { ${
          rule.relationship.reverse ? `(t)-[:${rule.relationship.type}]->(n)` : `(n)-[:${rule.relationship.type}]->(t)`
        } } END`;
  return `
UNWIND $rows AS row
OPTIONAL MATCH (n:Entity {id: row.id})
OPTIONAL MATCH (t:Entity {id: row.ref})
RETURN row.id AS id, labels(n) AS labels, labels(t) AS refLabels, ${linked} AS linked`;
};

export const checkRelationshipRows = (type: RelationshipType) => `
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
RETURN row.from AS from, row.to AS to, labels(a) AS fromLabels, labels(b) AS toLabels,
       CASE WHEN a IS NULL OR b IS NULL THEN false ELSE EXISTS { (a)-[:${type}]->(b) } END AS exists`;

export const writeNodeRows = (label: NodeLabel) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${label}, n += row.props, n.version = 1
ON MATCH SET n += row.props, n.version = coalesce(n.version, 1) + 1`;

/** Points each row's derived relationship (e.g. HAS_LINK for industryId) at its reference, moving an old one. */
export const linkNodeRows = (rule: ReferenceRule & { relationship: { type: RelationshipType; reverse: boolean } }) => {
  const { type, reverse } = rule.relationship;
  const old = reverse ? `(previous)-[old:${type}]->(n)` : `(n)-[old:${type}]->(previous)`;
  const link = reverse ? `(t)-[r:${type}]->(n)` : `(n)-[r:${type}]->(t)`;
  return `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
OPTIONAL MATCH ${old}
WHERE previous.id <> row.ref
DELETE old
WITH DISTINCT n, row
MATCH (t:${rule.target} {id: row.ref})
MERGE ${link}
ON CREATE SET r.sourceKind = 'import', r.sourceRef = row.props.sourceRef, r.version = 1`;
};

export const writeRelationshipRows = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r += row.props, r.version = 1
ON MATCH SET r += row.props, r.version = coalesce(r.version, 1) + 1`;

export const CREATE_JOB = `
CREATE (j:ImportJob)
SET j = $job
RETURN j {.*} AS job`;

export const GET_JOB = `
MATCH (j:ImportJob {id: $id})
RETURN j {.*} AS job`;

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
