// Records to typed rows: each record is checked against a zod schema of its keys, so a query whose
// answer changed fails loudly at the read instead of passing a wrong value on as a cast would.
import { isNode, isRelationship, type Node, type QueryResult, type Record as DriverRecord, type Relationship } from 'neo4j-driver';
import { z } from 'zod';

/** A driver node, as the driver itself recognises one. */
export const DriverNode = z.custom<Node>((value) => isNode(value), 'expected a node');
/** A driver relationship, as the driver itself recognises one. */
export const DriverRelationship = z.custom<Relationship>((value) => isRelationship(value), 'expected a relationship');
/** labels(n): a list of label names (empty for a node deleted while a lock was awaited). */
export const Labels = z.array(z.string());

/**
 * A record that does not match its row schema: the query and the code reading it disagree. A server
 * fault, never the client's: the error handler answers 500 and logs this message, which names the
 * record's keys and each mismatched field.
 */
export class RecordShapeError extends Error {
  override name = 'RecordShapeError';
}

/** One record as a row of the schema's shape. */
export function readRow<T extends z.ZodType>(record: DriverRecord, row: T): z.infer<T> {
  const parsed = row.safeParse(Object.fromEntries(record.keys.map((key) => [key, record.get(key)])));
  if (!parsed.success) {
    const keys = record.keys.map(String).join(', ');
    throw new RecordShapeError(`a Neo4j record (${keys}) does not match its row schema:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Every record of a result as rows of the schema's shape. */
export function readRows<T extends z.ZodType>(result: QueryResult, row: T): z.infer<T>[] {
  return result.records.map((record) => readRow(record, row));
}

/** The first record as a row, or undefined when the result has none. */
export function readFirst<T extends z.ZodType>(result: QueryResult, row: T): z.infer<T> | undefined {
  const record = result.records[0];
  return record ? readRow(record, row) : undefined;
}

/** The row a statement always answers (a count, what a write wrote); none is a broken query. */
export function readOne<T extends z.ZodType>(result: QueryResult, row: T): z.infer<T> {
  const found = readFirst(result, row);
  if (found === undefined) throw new Error('the statement answered no row');
  return found;
}

/** A property stored as JSON text, parsed; null when absent or not JSON (the caller's zod check says what it makes). */
export function parseStoredJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
