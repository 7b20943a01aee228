// The console's statement check, on the parse tree of Neo4j's own Cypher grammar (the ANTLR parser of
// @neo4j-cypher/language-support, the one Neo4j's tools use). It admits one read query: no syntax
// errors, no administration or SHOW/TERMINATE commands, no USE, no EXPLAIN/PROFILE/CYPHER options, no
// writing clause anywhere (subqueries and UNION branches included), no LOAD CSV, no batched
// transactions, only allowlisted procedures and only Cypher's own functions.
//
// The package's public lintCypherQuery also runs Neo4j's semantic analysis compiled to JavaScript,
// which is far too slow on long expressions (figures in BENCHMARKS.md), so the guard uses the package's
// parsing step directly: the same parser and syntax messages, without the analysis. That step is not
// re-exported by the package's index, hence the path import (the version is pinned exactly).
import type { ParserRuleContext, ParseTree, ParseTreeVisitor, TerminalNode, Token } from 'antlr4ng';
import {
  createParsingResult,
  type ParsedStatement,
} from '../../node_modules/@neo4j-cypher/language-support/dist/esm/project/language-support/src/cypherLanguageService.js';

export interface StatementRefusal {
  reason: string;
  reasonZh: string;
  /** 'syntax' when the text is not valid Cypher; 'depth' or 'length' when over a limit. */
  kind?: 'syntax' | 'depth' | 'length';
  /** Where the parser stopped, for syntax errors (offset from 0, line and column from 1). */
  position?: { offset: number; line: number; column: number };
}

/** Procedures the console may call: schema introspection and the entity name index. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.schema.visualization',
] as const;

/** Procedures whose answers name labels, types and keys: called only on their own, so present.ts can hide the internal ones. */
export const INTROSPECTION_PROCEDURES = new Set<string>(['db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.visualization']);

/**
 * Cypher's built-in functions in Neo4j 5.26 (SHOW FUNCTIONS on the test server), compared without
 * case as Neo4j does. Left out: file() and linenumber() (LOAD CSV only) and graph.byName /
 * graph.byElementId (composite databases, reached only through USE).
 */
const BUILT_IN_FUNCTIONS = new Set(
  [
    'abs', 'acos', 'all', 'any', 'asin', 'atan', 'atan2', 'avg', 'btrim', 'ceil', 'char_length', 'character_length',
    'coalesce', 'collect', 'cos', 'cot', 'count', 'date', 'date.realtime', 'date.statement', 'date.transaction',
    'date.truncate', 'datetime', 'datetime.fromepoch', 'datetime.fromepochmillis', 'datetime.realtime',
    'datetime.statement', 'datetime.transaction', 'datetime.truncate', 'degrees', 'duration', 'duration.between',
    'duration.inDays', 'duration.inMonths', 'duration.inSeconds', 'e', 'elementId', 'endNode', 'exists', 'exp',
    'floor', 'haversin', 'head', 'id', 'isEmpty', 'isNaN', 'keys', 'labels', 'last', 'left', 'length',
    'localdatetime', 'localdatetime.realtime', 'localdatetime.statement', 'localdatetime.transaction',
    'localdatetime.truncate', 'localtime', 'localtime.realtime', 'localtime.statement', 'localtime.transaction',
    'localtime.truncate', 'log', 'log10', 'lower', 'ltrim', 'max', 'min', 'nodes', 'none', 'normalize', 'nullIf',
    'percentileCont', 'percentileDisc', 'pi', 'point', 'point.distance', 'point.withinBBox', 'properties',
    'radians', 'rand', 'randomUUID', 'range', 'reduce', 'relationships', 'replace', 'reverse', 'right', 'round',
    'rtrim', 'sign', 'sin', 'single', 'size', 'split', 'sqrt', 'startNode', 'stdev', 'stdevp', 'substring', 'sum',
    'tail', 'tan', 'time', 'time.realtime', 'time.statement', 'time.transaction', 'time.truncate', 'timestamp',
    'toBoolean', 'toBooleanList', 'toBooleanOrNull', 'toFloat', 'toFloatList', 'toFloatOrNull', 'toInteger',
    'toIntegerList', 'toIntegerOrNull', 'toLower', 'toString', 'toStringList', 'toStringOrNull', 'toUpper', 'trim',
    'type', 'upper', 'valueType', 'vector.similarity.cosine', 'vector.similarity.euclidean',
  ].map((name) => name.toLowerCase()),
);

const refuse = (reason: string, reasonZh: string): StatementRefusal => ({ reason, reasonZh });

const WRITE = (keyword: string): StatementRefusal =>
  refuse(`The console is read-only: ${keyword} changes data`, `控制台为只读：${keyword} 会修改数据`);

/** Grammar rules that are refused wherever they appear, with the words that name them. */
const REFUSED_RULES: Record<string, (words: string) => StatementRefusal> = {
  consoleCommand: (w) => refuse(`Console commands (${w}) are not Cypher and not accepted`, `不接受控制台命令（${w}），它们不是 Cypher`),
  preparserOption: (w) => refuse(`Query options (${w}) are set by the console itself; remove them`, `请删除查询选项（${w}），控制台会自行设置`),
  command: (w) => refuse(`Administration commands (${w}) are not allowed`, `不允许管理命令（${w}）`),
  composableCommandClauses: (w) => refuse(`${w} is an administration command and not allowed`, `不允许管理命令 ${w}`),
  useClause: () => refuse('USE (switching database or graph) is not allowed', '不允许使用 USE 切换数据库或图'),
  createClause: () => WRITE('CREATE'),
  insertClause: () => WRITE('INSERT'),
  mergeClause: () => WRITE('MERGE'),
  setClause: () => WRITE('SET'),
  removeClause: () => WRITE('REMOVE'),
  deleteClause: (w) => WRITE(w.endsWith('DELETE') ? w : 'DELETE'),
  foreachClause: () => WRITE('FOREACH'),
  loadCSVClause: () => refuse('LOAD CSV reads files and URLs and is not allowed', '不允许 LOAD CSV（读取文件或网址）'),
  subqueryInTransactionsParameters: () =>
    refuse('CALL { … } IN TRANSACTIONS commits in batches and is not allowed', '不允许 CALL { … } IN TRANSACTIONS（分批提交）'),
  localDefinition: () => refuse('DEFINE (local procedures and functions) is not allowed', '不允许 DEFINE（定义本地过程或函数）'),
};

/** The words a refused rule starts with ("CREATE USER", "SHOW TRANSACTIONS"), for the reason. */
function leadingWords(ctx: ParserRuleContext, count: number): string {
  const words: string[] = [];
  const pending: ParseTree[] = [ctx];
  while (pending.length > 0 && words.length < count) {
    const node = pending.shift() as ParseTree;
    if (isRule(node)) pending.unshift(...node.children);
    else words.push(node.getText().toUpperCase());
  }
  return words.join(' ');
}

function isTerminal(node: ParseTree): node is TerminalNode {
  return 'symbol' in node;
}

function isRule(node: ParseTree): node is ParserRuleContext {
  return 'ruleIndex' in node && 'children' in node;
}

/** A name as Neo4j reads it: each `quoted` part unquoted, doubled backticks made single. */
function unquotedName(ctx: ParserRuleContext): string {
  return ctx.getText().replace(/`((?:[^`]|``)*)`/g, (_m, inner: string) => inner.replace(/``/g, '`'));
}

function syntaxRefusal(statement: ParsedStatement): StatementRefusal | null {
  const first = statement.syntaxErrors[0] ?? statement.cypherVersionError;
  if (first) {
    const position = { offset: first.offsets.start, line: first.range.start.line + 1, column: first.range.start.character + 1 };
    const message = typeof first.message === 'string' ? first.message : first.message.value;
    return {
      reason: `${message} (line ${position.line}, column ${position.column})`,
      reasonZh: `语法错误（第 ${position.line} 行第 ${position.column} 列）：${message}`,
      kind: 'syntax',
      position,
    };
  }
  // The package reports only the errors it can word; the parser counts them all.
  if (statement.parser.numberOfSyntaxErrors === 0) return null;
  const token = firstErrorToken(statement.ctx) ?? [...statement.errorTracker.caughtExceptions.values()][0]?.offendingToken ?? undefined;
  const position = token ? { offset: Math.max(0, token.start), line: token.line, column: token.column + 1 } : undefined;
  const where = position ? ` at '${token?.text ?? ''}' (line ${position.line}, column ${position.column})` : '';
  const whereZh = position ? `（第 ${position.line} 行第 ${position.column} 列，'${token?.text ?? ''}'）` : '';
  return { reason: `Invalid Cypher${where}`, reasonZh: `Cypher 语法错误${whereZh}`, kind: 'syntax', ...(position ? { position } : {}) };
}

/** Answers whether a terminal is an error node (the parser's recovery made it), without importing antlr4ng. */
const ERROR_NODE_PROBE: ParseTreeVisitor<boolean> = {
  visit: () => false,
  visitChildren: () => false,
  visitTerminal: () => false,
  visitErrorNode: () => true,
};

/** The first token the parser skipped or made up while recovering, in text order. */
function firstErrorToken(root: ParseTree): Token | undefined {
  const pending: ParseTree[] = [root];
  while (pending.length > 0) {
    const node = pending.shift() as ParseTree;
    if (isRule(node)) pending.unshift(...node.children);
    else if (isTerminal(node) && node.accept(ERROR_NODE_PROBE)) return node.symbol;
  }
  return undefined;
}

export interface StatementCheckOptions {
  /** Deepest CASE … END nesting accepted (the token count of brackets comes first, in the guard). */
  maxDepth: number;
}

/** Checks one statement (comments already removed). Null when it is a single read query. */
export function checkStatement(text: string, options: StatementCheckOptions): StatementRefusal | null {
  let statements: ParsedStatement[];
  try {
    statements = createParsingResult(text, { consoleCommandsEnabled: false }).statementsParsing.filter(
      (s) => s.tokens.some((t) => t.type !== -1 && t.text?.trim()),
    );
  } catch (error) {
    // Deep input the token count let through can still exhaust the parser's stack.
    if (error instanceof RangeError) return depthRefusal(options.maxDepth);
    throw error;
  }
  if (statements.length === 0) return refuse('The query is empty', '查询为空');
  if (statements.length > 1) {
    return refuse('Only one statement at a time: remove ";" and what follows', '一次只能执行一条语句，请删除「;」及其后的内容');
  }
  const statement = statements[0] as ParsedStatement;
  const syntax = syntaxRefusal(statement);
  if (syntax) return syntax;
  return walk(statement, options);
}

function depthRefusal(maxDepth: number): StatementRefusal {
  return {
    reason: `The query is nested more than ${maxDepth} levels deep (brackets, CASE and NOT count); flatten it`,
    reasonZh: `查询嵌套超过 ${maxDepth} 层（括号、CASE 与 NOT 均计入），请简化`,
    kind: 'depth',
  };
}

/** Walks the tree without recursion: refused rules, procedures, functions, CASE depth. */
function walk(statement: ParsedStatement, options: StatementCheckOptions): StatementRefusal | null {
  const names = statement.parser.ruleNames;
  const pending: { node: ParseTree; cases: number }[] = [{ node: statement.ctx, cases: 0 }];
  let introspection: string | undefined;
  const counts = { clause: 0, singleQuery: 0, whereClause: 0 };
  while (pending.length > 0) {
    const { node, cases: outer } = pending.pop() as { node: ParseTree; cases: number };
    if (!isRule(node)) continue;
    const rule = names[node.ruleIndex] ?? '';
    const refused = REFUSED_RULES[rule];
    if (refused) return refused(leadingWords(node, 2));
    if (rule === 'clause' || rule === 'singleQuery' || rule === 'whereClause') counts[rule] += 1;
    if (rule === 'procedureName') {
      const name = unquotedName(node);
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) return procedureRefusal(name);
      if (INTROSPECTION_PROCEDURES.has(name)) introspection = name;
    }
    if (rule === 'functionName') {
      const name = unquotedName(node);
      if (!BUILT_IN_FUNCTIONS.has(name.toLowerCase())) {
        return refuse(`${name}() is not a Cypher function; only Cypher's own functions can be used`, `${name}() 不是 Cypher 函数，只能使用 Cypher 自带的函数`);
      }
    }
    const cases = outer + (rule === 'caseExpression' || rule === 'extendedCaseExpression' ? 1 : 0);
    if (cases > options.maxDepth) return depthRefusal(options.maxDepth);
    for (const child of node.children) pending.push({ node: child, cases });
  }
  // Its rows are shown as they come (internal names hidden): nothing may compute on them.
  if (introspection && (counts.clause !== 1 || counts.singleQuery !== 1 || counts.whereClause !== 0)) {
    return refuse(
      `${introspection} can only be called on its own, e.g. CALL ${introspection}()`,
      `${introspection} 只能单独调用，例如 CALL ${introspection}()`,
    );
  }
  return null;
}

export function procedureRefusal(name: string): StatementRefusal {
  return refuse(
    `Procedure ${name} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}`,
    `不允许调用过程 ${name}；允许的过程：${ALLOWED_PROCEDURES.join('、')}`,
  );
}

export { depthRefusal };
