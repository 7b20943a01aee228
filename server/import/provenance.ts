// Provenance of imported rows. A row may cite its source in the columns sourceKind, sourceRef,
// sourceUrl and observedAt; what it leaves empty the import fills: sourceKind "import" (never
// "illustrative" unless the row says so) and sourceRef "<file>#<row>". A row that states "public"
// must give the page's address, as every public fact is cited by it.
import type { z } from 'zod';
import { NODE_SCHEMAS, Relationship, withValidityCheck, type NodeLabel } from '../../graph/model';
import type { CellProblem } from './columns';
import type { ImportTarget } from './targets';

const nodeSchemas = new Map<NodeLabel, z.ZodObject>();
const relationshipSchema = withValidityCheck(Relationship.partial({ sourceKind: true, sourceRef: true }).strict());

/**
 * The model's schema with sourceKind and sourceRef optional and the row's validity in order; built once
 * per label (imports check 100,000 rows).
 */
export function importSchema(target: ImportTarget): z.ZodObject {
  if (target.kind === 'relationship') return relationshipSchema;
  let schema = nodeSchemas.get(target.name);
  if (!schema) {
    const model: z.ZodObject = NODE_SCHEMAS[target.name];
    schema = withValidityCheck(model.partial({ sourceKind: true, sourceRef: true }).strict());
    nodeSchemas.set(target.name, schema);
  }
  return schema;
}

/** The row's own source where it gives one, the import's where it does not. */
export function importProvenance(data: Record<string, unknown>, fileName: string, row: number): { sourceKind: string; sourceRef: string } {
  return {
    sourceKind: typeof data.sourceKind === 'string' ? data.sourceKind : 'import',
    sourceRef: typeof data.sourceRef === 'string' && data.sourceRef !== '' ? data.sourceRef : `${fileName}#${row}`,
  };
}

/** A row that says its fact is public but gives no address. */
export function publicWithoutAddress(record: Record<string, unknown>): CellProblem | undefined {
  if (record.sourceKind !== 'public' || (typeof record.sourceUrl === 'string' && record.sourceUrl.trim() !== '')) return undefined;
  return {
    column: 'sourceUrl',
    reason: 'is required when sourceKind is "public": the address of the page the fact was read from',
    reasonZh: '来源类型为“公开资料”时必须填写来源网址（事实所在网页的地址）',
  };
}
