// One analyst query, as it runs inside a console worker thread: screened text, screened plan, then a
// READ transaction with a server-side timeout, read record by record with caps on rows, bytes and
// the size of any one value, always rolled back. Its driver is the worker's own, never the server's.
import { isNode, type Driver, type Node, type Plan, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { ConsoleResult, CyElement } from '../../graph/model';

export type { ConsoleResult };
import { consoleErrors } from '../errors';
import { callsIntrospection, screenPlan, screenText, type PlanNode } from './guard';
import { collectGraphValues, hideInternalNames, ResultPresenter, virtualNodeSlug, type Cell } from './present';
import { RELATIONSHIP_ENDS } from './queries';
import { CutValue, estimateBytes } from './size';

export interface ConsoleJob {
  /** Also the transaction's metadata, so the server can find and terminate it at the deadline. */
  requestId: string;
  cypher: string;
  params: Record<string, unknown>;
  /** Longest text and deepest nesting accepted, checked before any parser or Neo4j sees the text. */
  maxLength: number;
  maxDepth: number;
  /** Rows to return at most; more are not read and the result says it was cut. */
  rowCap: number;
  /** Estimated bytes of the rows to read at most (the graph elements built from them take the rest). */
  maxBytes: number;
  /** Estimated bytes of one value at most; a larger one becomes a "cut" cell. */
  maxValueBytes: number;
  timeoutMs: number;
  username: string;
  database: string | undefined;
}



/** Records are pulled in small batches, so a cap stops the reading before much more is decoded. */
const FETCH_SIZE = 20;

function toPlanNode(plan: Plan): PlanNode {
  return { operatorType: plan.operatorType, arguments: plan.arguments, children: plan.children.map(toPlanNode) };
}

export async function executeConsoleJob(driver: Driver, job: ConsoleJob): Promise<ConsoleResult> {
  const screened = screenText(job.cypher, { maxLength: job.maxLength, maxDepth: job.maxDepth });
  if ('refusal' in screened) throw consoleErrors.refused(screened.refusal);
  const started = Date.now();
  const session = driver.session({ database: job.database, defaultAccessMode: 'READ', fetchSize: FETCH_SIZE });
  try {
    const tx = await session.beginTransaction({
      timeout: job.timeoutMs,
      metadata: { app: 'innochain-console', user: job.username, requestId: job.requestId },
    });
    try {
      const explained = await tx.run(`EXPLAIN ${screened.statement}`, job.params);
      const { queryType, plan } = explained.summary;
      const planned = plan ? toPlanNode(plan) : false;
      const refusal = screenPlan(queryType, planned);
      if (refusal) throw consoleErrors.refused(refusal);

      const read = await readCapped(tx.run(screened.statement, job.params), job, callsIntrospection(planned));
      const presented = await present(tx, read.values);
      return {
        ...presented,
        columns: read.columns,
        rowCount: read.values.length,
        truncated: read.cutBy !== null,
        cutBy: read.cutBy,
        cutValues: read.cutValues,
        elapsedMs: Date.now() - started,
      };
    } finally {
      // Read-only in depth: whatever happened, nothing this transaction did is ever committed.
      if (tx.isOpen()) await tx.rollback();
    }
  } finally {
    await session.close();
  }
}

interface CappedRead {
  columns: string[];
  values: unknown[][];
  cutBy: 'rows' | 'bytes' | null;
  cutValues: number;
}

async function readCapped(
  result: AsyncIterable<Neo4jRecord> & { keys(): Promise<PropertyKey[]> },
  job: ConsoleJob,
  introspection: boolean,
): Promise<CappedRead> {
  const values: unknown[][] = [];
  let bytes = 0;
  let cutValues = 0;
  let cutBy: CappedRead['cutBy'] = null;
  let columns: string[] | undefined;
  for await (const record of result) {
    columns ??= record.keys.map(String);
    if (values.length === job.rowCap) {
      cutBy = 'rows';
      break;
    }
    // Introspection rows lose every internal label, type and key (a row naming one is dropped).
    const shown = introspection ? hideInternalNames(Array.from(record.values())) : Array.from(record.values());
    if (!shown) continue;
    const row = shown.map((value) => {
      const size = estimateBytes(value, job.maxValueBytes);
      bytes += Math.min(size, job.maxValueBytes);
      if (size <= job.maxValueBytes) return value;
      cutValues += 1;
      return new CutValue(size);
    });
    if (bytes > job.maxBytes && values.length > 0) {
      cutBy = 'bytes';
      break;
    }
    values.push(row);
  }
  // Breaking out of the loop leaves the rest of the result unread; the rollback discards it.
  return { columns: columns ?? (await result.keys()).map(String), values, cutBy, cutValues };
}

async function present(
  tx: { run(query: string, params: Record<string, unknown>): PromiseLike<{ records: Neo4jRecord[] }> },
  values: unknown[][],
): Promise<{ rows: Cell[][]; elements: CyElement[] }> {
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  for (const row of values) for (const value of row) collectGraphValues(value, nodes, relationships);
  const slugs = new Map<string, string>();
  for (const node of nodes.values()) {
    const slug = typeof node.properties.id === 'string' ? node.properties.id : virtualNodeSlug(node);
    if (slug) slugs.set(node.elementId, slug);
  }
  // Relationships whose ends are not in the result: look the ends up, so edges keep both ends.
  const missing = [...relationships.values()].filter((r) => !slugs.has(r.startNodeElementId) || !slugs.has(r.endNodeElementId));
  const ends = new Map<string, [string, string]>();
  const extraNodes: Node[] = [];
  if (missing.length > 0) {
    const found = await tx.run(RELATIONSHIP_ENDS, { ids: missing.map((r) => r.elementId) });
    for (const record of found.records) {
      const rid: unknown = record.get('rid');
      const a: unknown = record.get('a');
      const b: unknown = record.get('b');
      if (typeof rid !== 'string' || !isNode(a) || !isNode(b)) continue;
      ends.set(rid, [String(a.properties.id), String(b.properties.id)]);
      extraNodes.push(a, b);
    }
  }
  const presenter = new ResultPresenter(slugs, ends);
  return {
    rows: values.map((row) => row.map((v): Cell => (v instanceof CutValue ? { $type: 'cut', bytes: v.bytes } : presenter.cell(v)))),
    elements: presenter.elements(nodes, relationships, extraNodes),
  };
}
