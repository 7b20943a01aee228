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
