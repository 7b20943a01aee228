// Reasons for row problems that the importer (checked against the graph) and the bulk load (checked
// against its files) both report, in English and Chinese.
import { NODE_LABEL_NAMES, type NodeLabel, type RelationshipType } from '../../graph/model';
import { withArticle } from '../errors';

export interface Reason {
  reason: string;
  reasonZh: string;
}

/** Where ids are looked up: the graph (importer) or the files being loaded (bulk load). */
export type Scope = 'graph' | 'files';

const inScope = (scope: Scope) => (scope === 'files' ? ' in the files' : '');
const inScopeZh = (scope: Scope) => (scope === 'files' ? '文件中' : '');

/** A reference property naming no node, or a node of another label. */
export function badReference(ref: string, found: NodeLabel | undefined, target: NodeLabel, scope: Scope): Reason {
  return found
    ? { reason: `"${ref}" is ${withArticle(found)}, not ${withArticle(target)}`, reasonZh: `「${ref}」不是${NODE_LABEL_NAMES[target].zh}` }
    : { reason: `no ${target} with id "${ref}"${inScope(scope)}`, reasonZh: `${inScopeZh(scope)}不存在编号为「${ref}」的${NODE_LABEL_NAMES[target].zh}` };
}

/** A relationship end naming no node. */
export function missingEnd(id: string | undefined, scope: Scope): Reason {
  return { reason: `no node with id "${id ?? ''}"${inScope(scope)}`, reasonZh: `${inScopeZh(scope)}不存在编号为「${id ?? ''}」的节点` };
}

/** Ends the model does not allow for this relationship type. */
export function endsNotAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): Reason {
  return {
    reason: `${type} cannot join ${withArticle(from)} to ${withArticle(to)}`,
    reasonZh: `${type} 关系不能从${NODE_LABEL_NAMES[from].zh}指向${NODE_LABEL_NAMES[to].zh}`,
  };
}

/** A row that other rows name, by file. */
export interface Dependent {
  file: string;
  row: number;
}

/** "2–9, 12": sorted rows with runs joined. */
function rowRuns(rows: readonly number[], separator: string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const shown = runs.slice(0, 10).join(separator);
  return runs.length > 10 ? `${shown}${separator}…` : shown;
}

/**
 * Added to the reason of a rejected row that other rows reference: they are not reported one by one
 * (their only fault is this row), so the root error says who depends on it.
 */
export function dependentsNote(dependents: readonly Dependent[]): Reason {
  const byFile = new Map<string, Set<number>>();
  for (const d of dependents) byFile.set(d.file, (byFile.get(d.file) ?? new Set()).add(d.row));
  const files = [...byFile].map(([file, rows]) => [file, [...rows]] as const);
  const n = files.reduce((sum, [, rows]) => sum + rows.length, 0);
  return {
    reason: `; referenced by ${n} row${n === 1 ? '' : 's'}: ${files.map(([file, rows]) => `${file} ${rows.length === 1 ? 'row' : 'rows'} ${rowRuns(rows, ', ')}`).join('; ')}`,
    reasonZh: `；被 ${n} 行引用：${files.map(([file, rows]) => `${file} 第 ${rowRuns(rows, '、')} 行`).join('；')}`,
  };
}
