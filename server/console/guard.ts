// Read-only, in depth. A console query is screened three times before it runs:
//  1. its tokens (tokens.ts): closed strings and comments, no ambiguous unicode escapes, one statement,
//     nesting no deeper than MAX_NESTING_DEPTH, all before any parser runs (deep input hung Neo4j);
//  2. its parse tree in Neo4j's grammar (statement.ts): a single read query, no commands or options,
//     no writing clause anywhere, allowlisted procedures, Cypher's own functions;
//  3. Neo4j's own plan of it (EXPLAIN, screenPlan below): query type "r" and every operator on the
//     read allowlist (planOperators.ts), nodes reached only from knowledge-graph labels.
// The text that runs is the screened one with comments blanked out, so what was checked is what runs.
// It then runs in a READ transaction that is always rolled back.
import { NODE_LABELS } from '../../graph/model';
import { LABEL_CHECKED_OPERATORS, NAMED_REFUSALS, PROCEDURE_CALL, READ_OPERATORS } from './planOperators';
import { ALLOWED_PROCEDURES, checkStatement, depthRefusal, INTROSPECTION_PROCEDURES, procedureRefusal, type StatementRefusal } from './statement';
import { nestingDepth, tokenise, withoutComments, type Token } from './tokens';

export { ALLOWED_PROCEDURES, INTROSPECTION_PROCEDURES };

/**
 * Why a query was refused, in both languages. `kind` says which answer fits: 'syntax' (not valid
 * Cypher: a 400 like Neo4j's own syntax errors, with `position`), 'depth' or 'length' (over a limit,
 * named in the reason, with `limit`); absent for every other refusal (a read-only or reach rule).
 */
export interface Refusal extends StatementRefusal {
  kind?: 'syntax' | 'depth' | 'length';
  /** The limit that was exceeded, for 'depth' and 'length'. */
  limit?: number;
}

/** Deepest nesting accepted (brackets, CASE … END and runs of NOT each count one level). */
export const MAX_NESTING_DEPTH = 40;
/** Most words and symbols (tokens other than spaces and comments) accepted in one query. */
export const MAX_TOKENS = 3000;

export interface ScreenOptions {
  /** Deepest nesting accepted; MAX_NESTING_DEPTH unless given. */
  maxDepth?: number;
  /** Longest text accepted, in characters; unchecked unless given (the router checks it too). */
  maxLength?: number;
}


const refuse = (reason: string, reasonZh: string): Refusal => ({ reason, reasonZh });

function positionOf(text: string, offset: number): { offset: number; line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|[\n\r\u0085\u2028\u2029]/);
  return { offset, line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Checks the text alone (no database). Returns the statement to run (comments blanked, a single
 * trailing ";" removed) or why it is refused.
 */
export function screenText(cypher: string, options: ScreenOptions = {}): { statement: string } | { refusal: Refusal } {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
  if (options.maxLength !== undefined && cypher.length > options.maxLength) {
    return {
      refusal: {
        ...refuse(`The query is longer than ${options.maxLength} characters`, `查询超过 ${options.maxLength} 个字符`),
        kind: 'length',
        limit: options.maxLength,
      },
    };
  }
  const { tokens, problem } = tokenise(cypher);
  if (problem) {
    const position = positionOf(cypher, problem.offset);
    return {
      refusal: {
        reason: `${problem.reason} (line ${position.line}, column ${position.column})`,
        reasonZh: `${problem.reasonZh}（第 ${position.line} 行第 ${position.column} 列）`,
        kind: 'syntax',
        position,
      },
    };
  }
  // Depth first: nothing below (the parser, Neo4j) sees a statement nested deeper than the cap.
  if (nestingDepth(tokens) > maxDepth) return { refusal: { ...depthRefusal(maxDepth), kind: 'depth', limit: maxDepth } };

  const significant = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
  if (significant.length === 0) return { refusal: refuse('The query is empty', '查询为空') };
  // Neo4j plans long expressions slowly and its planning cannot be stopped (figures in BENCHMARKS.md):
  // the number of words and symbols is capped as well as the characters.
  if (significant.length > MAX_TOKENS) {
    return {
      refusal: {
        ...refuse(`The query has more than ${MAX_TOKENS} words and symbols`, `查询的词和符号超过 ${MAX_TOKENS} 个`),
        kind: 'length',
        limit: MAX_TOKENS,
      },
    };
  }
  // One trailing ";" is harmless; any other separates statements.
  const last = significant.at(-1) as Token;
  const kept = last.kind === 'semicolon' ? tokens.slice(0, tokens.indexOf(last)) : tokens;
  if (kept.some((t) => t.kind === 'semicolon')) {
    return { refusal: refuse('Only one statement at a time: remove ";" and what follows', '一次只能执行一条语句，请删除「;」及其后的内容') };
  }
  const statement = withoutComments(kept).trimEnd();
  if (!statement.trim()) return { refusal: refuse('The query is empty', '查询为空') };

  const refusal = checkStatement(statement, { maxDepth });
  if (refusal) return { refusal: refusal.kind === 'depth' ? { ...refusal, limit: maxDepth } : refusal };
  return { statement };
}

/** The parts of a Neo4j plan the screen reads (summary.plan in the driver). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const ALLOWED_LABELS = new Set<string>([...NODE_LABELS, 'Entity']);
const NAME = '(?:`[^`]+`|[A-Za-z_]\\w*)';
/** "n:Industry", "UNIQUE n:Industry(id)", "n:Industry|Entity", "n:Industry&!User": the label expression after a variable. */
const LABELLED_VARIABLE = new RegExp(`${NAME}:(!?${NAME}(?:[|&]!?${NAME})*)`, 'g');
const COUNTED_PATTERN = /\(\s*(?::([^)\s]*))?\s*\)/g;

function labelsIn(expression: string): string[] {
  return expression.split(/[|&]/).map((l) => l.replace(/^!/, '').replace(/^`|`$/g, ''));
}

function screenLabels(operator: string, details: string): Refusal | null {
  let labels: string[] = [];
  if (operator === 'NodeCountFromCountStore') {
    for (const match of details.matchAll(COUNTED_PATTERN)) {
      if (!match[1]) return everyNodeRefusal();
      labels.push(...labelsIn(match[1]));
    }
  } else {
    for (const match of details.matchAll(LABELLED_VARIABLE)) labels.push(...labelsIn(match[1] ?? ''));
  }
  labels = labels.filter(Boolean);
  // A label-reading operator whose labels cannot be read is refused rather than guessed at.
  if (labels.length === 0) return refuse(`The plan step ${operator} could not be checked`, `无法检查执行计划中的 ${operator} 步骤`);
  const outside = labels.filter((l) => !ALLOWED_LABELS.has(l));
  if (outside.length > 0) {
    return refuse(
      `Only knowledge-graph labels can be queried (${outside.join(', ')} is not one)`,
      `只能查询知识图谱中的标签（${outside.join('、')} 不是）`,
    );
  }
  return null;
}

function everyNodeRefusal(): Refusal {
  return refuse(
    'The query scans every node: start from a label, e.g. MATCH (n:Entity) or MATCH (n:Industry)',
    '该查询会扫描全部节点，请从标签开始，例如 MATCH (n:Entity) 或 MATCH (n:Industry)',
  );
}

/** The operator's name without Neo4j's "@neo4j" (runtime) suffix. */
export const operatorName = (operatorType: string): string => operatorType.replace(/@.*$/, '');

function procedureIn(details: string): string {
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '';
}

/** Checks one operator; null when it may run. */
function screenOperator(node: PlanNode): Refusal | null {
  const operator = operatorName(node.operatorType);
  const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
  for (const named of NAMED_REFUSALS) if (named.test.test(operator)) return refuse(`${named.reason} (${operator})`, `${named.reasonZh}（${operator}）`);
  if (LABEL_CHECKED_OPERATORS.has(operator)) return screenLabels(operator, details);
  if (operator === PROCEDURE_CALL) {
    const name = procedureIn(details);
    return (ALLOWED_PROCEDURES as readonly string[]).includes(name) ? null : procedureRefusal(name || '(unknown)');
  }
  if (READ_OPERATORS.has(operator)) return null;
  // Deny by default: an operator not known to read only is refused, by name.
  return refuse(`The plan uses ${operator}, which the console does not allow`, `执行计划使用了控制台不允许的 ${operator} 步骤`);
}

/** Checks Neo4j's plan of the query; null when it may run. */
export function screenPlan(queryType: string, plan: PlanNode | false | undefined): Refusal | null {
  if (queryType !== 'r') {
    return refuse(`Neo4j plans this query as "${queryType}", not read-only`, `Neo4j 判定该查询类型为「${queryType}」，不是只读查询`);
  }
  if (!plan) return refuse('Neo4j gave no plan to check', 'Neo4j 未返回可检查的执行计划');
  const pending: PlanNode[] = [plan];
  while (pending.length > 0) {
    const node = pending.pop() as PlanNode;
    pending.push(...node.children);
    const refusal = screenOperator(node);
    if (refusal) return refusal;
  }
  return null;
}

/** Whether the plan calls a procedure whose answer names labels, types or keys (its rows then go through hideInternalNames). */
export function callsIntrospection(plan: PlanNode | false | undefined): boolean {
  const pending: PlanNode[] = plan ? [plan] : [];
  while (pending.length > 0) {
    const node = pending.pop() as PlanNode;
    pending.push(...node.children);
    const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
    if (operatorName(node.operatorType) === PROCEDURE_CALL && INTROSPECTION_PROCEDURES.has(procedureIn(details))) return true;
  }
  return false;
}

/** The text with string literals, comments and quoted names blanked out (same length); kept for callers of the old screen. */
export function skeleton(cypher: string): string {
  const { tokens } = tokenise(cypher);
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'comment') out += ' '.repeat(token.text.length);
    else if (token.kind === 'string') out += token.text[0] + ' '.repeat(Math.max(0, token.text.length - 2)) + token.text[0];
    else if (token.kind === 'quotedName') out += 'q'.repeat(token.text.length);
    else out += token.text;
  }
  return out + ' '.repeat(cypher.length - out.length);
}
