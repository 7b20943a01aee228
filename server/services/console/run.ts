// Runs one analyst query: screened text, screened plan, then a READ transaction with a timeout and a
// row cap, always rolled back. Returns a table and the graph elements in it.
import type { Node, Plan, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import type { Database } from '../../../graph/db/database';
import type { CyElement } from '../../../graph/model';
import { classifyNeo4jError, consoleErrors } from './consoleErrors';
import { screenPlan, screenText, type PlanNode } from './guard';
import { collectGraphValues, ResultPresenter, type Cell } from './present';
import { RELATIONSHIP_ENDS } from './queries';

export interface ConsoleRequest {
  cypher: string;
  params: Record<string, unknown>;
  /** Rows to return at most; more are cut and the result is flagged truncated. */
  rowCap: number;
  timeoutMs: number;
  username: string;
}

export interface ConsoleResult {
  columns: string[];
  rows: Cell[][];
  elements: CyElement[];
  rowCount: number;
  truncated: boolean;
  elapsedMs: number;
}

function toPlanNode(plan: Plan): PlanNode {
  return { operatorType: plan.operatorType, arguments: plan.arguments, children: plan.children.map(toPlanNode) };
}

export async function runConsoleQuery(db: Database, request: ConsoleRequest): Promise<ConsoleResult> {
  const screened = screenText(request.cypher);
  if ('refusal' in screened) throw consoleErrors.refused(screened.refusal);
  const started = Date.now();
  const session = db.session('READ');
  try {
    const tx = await session.beginTransaction({
      timeout: request.timeoutMs,
      metadata: { app: 'innochain-console', user: request.username },
    });
    try {
      const explained = await tx.run(`EXPLAIN ${screened.statement}`, request.params);
      const { queryType, plan } = explained.summary;
      const refusal = screenPlan(queryType, plan ? toPlanNode(plan) : false);
      if (refusal) throw consoleErrors.refused(refusal);

      const result = tx.run(screened.statement, request.params);
      const records: Neo4jRecord[] = [];
      let truncated = false;
      for await (const record of result) {
        if (records.length === request.rowCap) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
      return { ...(await present(tx, records)), columns, rowCount: records.length, truncated, elapsedMs: Date.now() - started };
    } finally {
      // Read-only in depth: whatever happened, nothing this transaction did is ever committed.
      if (tx.isOpen()) await tx.rollback();
    }
  } catch (error) {
    throw classifyNeo4jError(error, request.timeoutMs) ?? error;
  } finally {
    await session.close();
  }
}

async function present(
  tx: { run(query: string, params: Record<string, unknown>): PromiseLike<{ records: Neo4jRecord[] }> },
  records: Neo4jRecord[],
): Promise<{ rows: Cell[][]; elements: CyElement[] }> {
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  for (const record of records) for (const value of Array.from(record.values())) collectGraphValues(value, nodes, relationships);
  const slugs = new Map<string, string>();
  for (const node of nodes.values()) if (typeof node.properties.id === 'string') slugs.set(node.elementId, node.properties.id);
  // Relationships whose ends are not in the result: look the ends up, so edges keep both ends.
  const missing = [...relationships.values()].filter((r) => !slugs.has(r.startNodeElementId) || !slugs.has(r.endNodeElementId));
  const ends = new Map<string, [string, string]>();
  const extraNodes: Node[] = [];
  if (missing.length > 0) {
    const found = await tx.run(RELATIONSHIP_ENDS, { ids: missing.map((r) => r.elementId) });
    for (const record of found.records) {
      const a = record.get('a') as Node;
      const b = record.get('b') as Node;
      ends.set(record.get('rid') as string, [String(a.properties.id), String(b.properties.id)]);
      extraNodes.push(a, b);
    }
  }
  const presenter = new ResultPresenter(slugs, ends);
  return {
    rows: records.map((record) => Array.from(record.values(), (v) => presenter.cell(v))),
    elements: presenter.elements(nodes, relationships, extraNodes),
  };
}
