// Checks every file of a bulk load the way the importer checks one file (model, types, references,
// relationship ends) and writes the bulk importer's files as it goes. The graph is empty, so the files
// alone say what exists: an id must be unique across all files, and every reference and relationship
// end must be a node of the right label in them.
import path from 'node:path';
import { allowsEndpoints, NODE_LABELS, type NodeLabel, type RelationshipType } from '../../graph/model';
import { referencesOf, type ReferenceRule } from '../edit/references';
import { badReference, dependentsNote, endsNotAllowed, missingEnd, type Dependent } from '../import/reasons';
import { UnreadableFileError } from '../import/rows';
import { propertyColumns } from '../import/targets';
import { ErrorList, importRows, type RejectedRow, type RowError } from '../import/validate';
import { AdminCsvWriter, nodeHeader, relationshipHeader } from './adminCsv';
import type { BulkFile, BulkProblem } from './files';

export interface ConversionReport {
  valid: boolean;
  errors: BulkProblem[];
  errorCount: number;
  nodes: number;
  relationships: number;
  /** Rows written per label and relationship type (derived relationships included). */
  counts: Record<string, number>;
  nodeFiles: string[];
  relationshipFiles: string[];
  multiline: boolean;
  /** Time spent on node files and on relationship files (references checked with the node files). */
  nodeMs: number;
  relationshipMs: number;
}

interface Seen {
  label: NodeLabel;
  file: string;
  row: number;
  /** A row rejected for its own cells: its first problem, and the rows that name it (not reported one by one). */
  rejected?: { root: BulkProblem; dependents: Dependent[] };
}

/** A row's reference to check once every node file is read; written only for a valid row. */
interface PendingReference {
  row: Pick<RejectedRow, 'row' | 'id' | 'ref'> & { props?: Record<string, unknown> };
  file: string;
  rule: ReferenceRule;
}

/** Problems up to a cap (all counted), each with its file. */
class Problems extends ErrorList<BulkProblem> {
  addIn(file: string | null, error: RowError): BulkProblem {
    const problem = { file, ...error };
    this.add(problem);
    return problem;
  }
}

/** Whether a node a row names was itself rejected; if so the row is counted as depending on it. */
function dependsOnRejected(seen: Seen | undefined, file: string, row: number): boolean {
  if (!seen?.rejected) return false;
  seen.rejected.dependents.push({ file, row });
  return true;
}

const labelOrder = (file: BulkFile) => (file.target.kind === 'node' ? NODE_LABELS.indexOf(file.target.name) : 0);

/** What the files have shown so far, and where the converted files go. */
class Conversion {
  readonly nodes = new Map<string, Seen>();
  readonly references: PendingReference[] = [];
  readonly writers: AdminCsvWriter[] = [];
  readonly counts: Record<string, number> = {};
  readonly nodeFiles: string[] = [];
  readonly relationshipFiles: string[] = [];

  constructor(
    readonly outDir: string,
    readonly problems: Problems,
  ) {}

  open(kind: 'node' | 'relationship', name: string, header: string[]): AdminCsvWriter {
    const writer = new AdminCsvWriter(path.join(this.outDir, `${kind}-${name}.csv`), header);
    this.writers.push(writer);
    (kind === 'node' ? this.nodeFiles : this.relationshipFiles).push(writer.file);
    return writer;
  }
}

export async function convertForBulk(files: readonly BulkFile[], outDir: string, maxErrors: number): Promise<ConversionReport> {
  const started = performance.now();
  const c = new Conversion(outDir, new Problems(maxErrors));
  let nodeMs: number;
  try {
    // Node files first: relationship ends and references are checked against every node.
    for (const file of files.filter((f) => f.target.kind === 'node').sort((a, b) => labelOrder(a) - labelOrder(b))) await convertFile(c, file);
    await writeReferences(c);
    nodeMs = performance.now() - started;
    for (const file of files.filter((f) => f.target.kind === 'relationship')) await convertFile(c, file);
  } finally {
    await Promise.all(c.writers.map((w) => w.close()));
  }
  for (const seen of c.nodes.values()) {
    if (!seen.rejected || seen.rejected.dependents.length === 0) continue;
    const note = dependentsNote(seen.rejected.dependents);
    seen.rejected.root.reason += note.reason;
    seen.rejected.root.reasonZh += note.reasonZh;
  }
  const nodeCount = NODE_LABELS.reduce((sum, label) => sum + (c.counts[label] ?? 0), 0);
  const total = Object.values(c.counts).reduce((sum, n) => sum + n, 0);
  return {
    valid: c.problems.count === 0,
    errors: c.problems.items,
    errorCount: c.problems.count,
    nodes: nodeCount,
    relationships: total - nodeCount,
    counts: c.counts,
    nodeFiles: c.nodeFiles,
    relationshipFiles: c.relationshipFiles,
    multiline: c.writers.some((w) => w.multiline),
    nodeMs,
    relationshipMs: performance.now() - started - nodeMs,
  };
}

async function convertFile(c: Conversion, file: BulkFile): Promise<void> {
  const columns = propertyColumns(file.target);
  const target = file.target;
  const writer = target.kind === 'node' ? c.open('node', target.name, nodeHeader(columns)) : c.open('relationship', target.name, relationshipHeader(columns));
  const pairs = new Set<string>();
  try {
    for await (const item of importRows(file)) {
      if ('errors' in item) {
        const root = item.errors.map((error) => c.problems.addIn(file.fileName, error))[0];
        if (item.rejected && root) checkRejected(c, file, item.rejected, root);
        continue;
      }
      const { row } = item;
      const values = [...columns.map((column) => row.props[column.name]), row.props.sourceKind, row.props.sourceRef, 1];
      if (target.kind === 'node') {
        const id = row.id as string;
        if (repeatsId(c, file.fileName, id, row.row)) continue;
        c.nodes.set(id, { label: target.name, file: file.fileName, row: row.row });
        const rule = referencesOf(target.name)[0];
        if (rule && row.ref !== undefined) c.references.push({ row, file: file.fileName, rule });
        await writer.write([id, ...values, `Entity;${target.name}`]);
      } else {
        const from = row.from as string;
        const to = row.to as string;
        if (!checkEnds(c.problems, file.fileName, target.name, row, c.nodes)) continue;
        const pair = `${from}\u0000${to}`;
        if (pairs.has(pair)) {
          c.problems.addIn(file.fileName, { row: row.row, column: 'to', reason: `repeats ${from} → ${to}`, reasonZh: `与前面的 ${from} → ${to} 重复` });
          continue;
        }
        pairs.add(pair);
        await writer.write([from, to, target.name, ...values]);
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    c.problems.addIn(file.fileName, { row: error.row, column: null, reason: error.reason, reasonZh: error.reasonZh });
  }
  c.counts[target.name] = writer.rows;
}

function checkEnds(problems: Problems, fileName: string, type: RelationshipType, row: Pick<RejectedRow, 'row' | 'from' | 'to'>, nodes: ReadonlyMap<string, Seen>): boolean {
  const from = row.from === undefined ? undefined : nodes.get(row.from);
  const to = row.to === undefined ? undefined : nodes.get(row.to);
  if (!from || !to) {
    if (!from && row.from !== undefined) problems.addIn(fileName, { row: row.row, column: 'from', ...missingEnd(row.from, 'files') });
    if (!to && row.to !== undefined) problems.addIn(fileName, { row: row.row, column: 'to', ...missingEnd(row.to, 'files') });
    return false;
  }
  if (!allowsEndpoints(type, from.label, to.label)) {
    problems.addIn(fileName, { row: row.row, column: 'from', ...endsNotAllowed(type, from.label, to.label) });
    return false;
  }
  // Both, when both ends were rejected: each root names this row.
  const fromRejected = dependsOnRejected(from, fileName, row.row);
  return !dependsOnRejected(to, fileName, row.row) && !fromRejected;
}

/** An id a file already used is reported at the repeat, naming the first use. */
function repeatsId(c: Conversion, fileName: string, id: string, row: number): boolean {
  const earlier = c.nodes.get(id);
  if (!earlier) return false;
  c.problems.addIn(fileName, { row, column: 'id', reason: `"${id}" is already used by ${earlier.file} row ${earlier.row}`, reasonZh: `编号「${id}」已在 ${earlier.file} 第 ${earlier.row} 行使用` });
  return true;
}

/** A rejected row still claims its id and has its reference and ends checked, so one run shows every problem. */
function checkRejected(c: Conversion, file: BulkFile, row: RejectedRow, root: BulkProblem): void {
  const { target } = file;
  if (target.kind === 'relationship') {
    checkEnds(c.problems, file.fileName, target.name, row, c.nodes);
    return;
  }
  if (row.id !== undefined && !repeatsId(c, file.fileName, row.id, row.row)) {
    c.nodes.set(row.id, { label: target.name, file: file.fileName, row: row.row, rejected: { root, dependents: [] } });
  }
  const rule = referencesOf(target.name)[0];
  if (rule && row.ref !== undefined) c.references.push({ row, file: file.fileName, rule });
}

/** References (e.g. ChainLink.industryId) must name a node of the right label; some also make a relationship. */
async function writeReferences(c: Conversion): Promise<void> {
  const derived = new Map<RelationshipType, AdminCsvWriter>();
  for (const { row, file, rule } of c.references) {
    const ref = row.ref as string;
    const target = c.nodes.get(ref);
    if (target?.label !== rule.target) {
      c.problems.addIn(file, { row: row.row, column: rule.property, ...badReference(ref, target?.label, rule.target, 'files') });
      continue;
    }
    if (dependsOnRejected(target, file, row.row) || !row.props || !rule.relationship) continue;
    const { type, reverse } = rule.relationship;
    let writer = derived.get(type);
    if (!writer) {
      writer = c.open('relationship', `${type}-derived`, relationshipHeader([]));
      derived.set(type, writer);
    }
    const [start, end] = reverse ? [ref, row.id] : [row.id, ref];
    await writer.write([start, end, type, row.props.sourceKind, row.props.sourceRef, 1]);
    c.counts[type] = (c.counts[type] ?? 0) + 1;
  }
}
