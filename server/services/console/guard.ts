// Read-only, in depth. The console's queries are screened twice before they run: their text (one
// statement, no writing or admin keywords, only allowlisted procedures) and Neo4j's own plan of them
// (EXPLAIN: query type "r", no LOAD CSV, no batched transactions, and every node it starts from is a
// knowledge-graph label, so users, sessions and audit entries are out of reach). The query then runs
// in a READ transaction with a timeout, and that transaction is always rolled back, never committed.
import { NODE_LABELS } from '../../../graph/model';

export interface Refusal {
  reason: string;
  reasonZh: string;
}

/** Procedures the console may call: schema introspection and the entity name index. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.index.fulltext.queryNodes',
  'db.schema.visualization',
] as const;

const ALLOWED_LABELS = new Set<string>([...NODE_LABELS, 'Entity']);

/** The text with string literals, comments and quoted names blanked out (same length), so keywords inside them are ignored. */
export function skeleton(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i] as string;
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      const end = cypher.indexOf('\n', i);
      const stop = end === -1 ? cypher.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      const stop = end === -1 ? cypher.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < cypher.length) {
        if (cypher[j] === '\\' && c !== '`') j += 2;
        else if (cypher[j] === c && c === '`' && cypher[j + 1] === '`') j += 2;
        else if (cypher[j] === c) break;
        else j += 1;
      }
      const stop = Math.min(j + 1, cypher.length);
      // Quoted names become a plain placeholder word; strings become a quoted blank.
      out += c === '`' ? 'q'.repeat(stop - i) : c + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : '');
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

const refuse = (reason: string, reasonZh: string): Refusal => ({ reason, reasonZh });

/** A keyword as a clause word: not a property (n.set), label (:Set), parameter ($set) or map key (set: 1). */
const keyword = (words: string) => new RegExp(`(?<![.:$\\w])(?:${words})(?![\\w])(?!\\s*:(?!:))`, 'i');

const WRITE_WORDS = keyword('CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH|INSERT');
const ADMIN_WORDS = keyword('DROP|ALTER|GRANT|DENY|REVOKE|SHOW|START|STOP|TERMINATE|RENAME|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN');
const USE_WORD = keyword('USE');
const LOAD_CSV = /(?<![.:$\w])LOAD\s+CSV\b/i;
const IN_TRANSACTIONS = /\}\s*IN\s+(?:\d+\s+|\$\w+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;
const LEADING_OPTION = /^\s*(EXPLAIN|PROFILE|CYPHER)\b/i;
const PROCEDURE_CALL = /(?<![.:$\w])CALL\s+(?!\{|\()([A-Za-z_][\w.]*)/gi;

/** Checks the text alone. Returns the statement to run (a single trailing ";" removed) or why it is refused. */
export function screenText(cypher: string): { statement: string } | { refusal: Refusal } {
  const text = cypher.trim().replace(/;\s*$/, '');
  if (!text) return { refusal: refuse('The query is empty', '查询为空') };
  const bare = skeleton(text);
  if (bare.includes(';')) {
    return { refusal: refuse('Only one statement at a time: remove ";" and what follows', '一次只能执行一条语句，请删除「;」及其后的内容') };
  }
  const option = LEADING_OPTION.exec(bare);
  if (option) return { refusal: refuse(`${option[1]?.toUpperCase()} is added by the console itself; remove it`, `请删除 ${option[1]?.toUpperCase()}，控制台会自行处理`) };
  if (IN_TRANSACTIONS.test(bare)) {
    return { refusal: refuse('CALL { … } IN TRANSACTIONS commits in batches and is not allowed', '不允许 CALL { … } IN TRANSACTIONS（分批提交）') };
  }
  if (LOAD_CSV.test(bare)) return { refusal: refuse('LOAD CSV reads files and URLs and is not allowed', '不允许 LOAD CSV（读取文件或网址）') };
  const write = WRITE_WORDS.exec(bare);
  if (write) {
    return { refusal: refuse(`The console is read-only: ${write[0].toUpperCase()} changes data`, `控制台为只读：${write[0].toUpperCase()} 会修改数据`) };
  }
  const admin = ADMIN_WORDS.exec(bare);
  if (admin) {
    return { refusal: refuse(`Administration commands (${admin[0].toUpperCase()}) are not allowed`, `不允许管理命令（${admin[0].toUpperCase()}）`) };
  }
  if (USE_WORD.test(bare)) return { refusal: refuse('USE (switching database) is not allowed', '不允许使用 USE 切换数据库') };
  for (const match of bare.matchAll(PROCEDURE_CALL)) {
    const name = match[1] ?? '';
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) return { refusal: procedureRefusal(name) };
  }
  return { statement: text };
}

function procedureRefusal(name: string): Refusal {
  return refuse(
    `Procedure ${name} is not allowed; allowed: ${ALLOWED_PROCEDURES.join(', ')}`,
    `不允许调用过程 ${name}；允许的过程：${ALLOWED_PROCEDURES.join('、')}`,
  );
}

/** The parts of a Neo4j plan the screen reads (summary.plan in the driver). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const NAME = '(?:`[^`]+`|[A-Za-z_]\\w*)';
/** "n:Industry", "UNIQUE n:Industry(id)", "n:Industry|Entity": the label expression after a variable. */
const LABELLED_VARIABLE = new RegExp(`${NAME}:(${NAME}(?:[|&]${NAME})*)`, 'g');
const COUNTED_PATTERN = /\(\s*(?::([^)\s]*))?\s*\)/g;

function labelsIn(expression: string): string[] {
  return expression.split(/[|&]/).map((l) => l.replace(/^`|`$/g, ''));
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
    const operator = node.operatorType.replace(/@.*$/, '');
    const details = typeof node.arguments.Details === 'string' ? node.arguments.Details : '';
    if (/^(Partitioned)?AllNodesScan$/.test(operator)) return everyNodeRefusal();
    if (/ById|ByElementId/.test(operator)) {
      return refuse('Looking nodes up by internal id is not allowed: use the id property, e.g. {id: "high-end-textiles"}', '不允许按内部编号查找，请使用 id 属性');
    }
    if (operator === 'LoadCSV') return refuse('LOAD CSV is not allowed', '不允许 LOAD CSV');
    if (/^Transaction(Apply|Foreach)$/.test(operator)) return refuse('Batched transactions are not allowed', '不允许分批提交事务');
    if (operator === 'ProcedureCall') {
      const name = /^([\w.]+)\s*\(/.exec(details)?.[1] ?? '';
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) return procedureRefusal(name || '(unknown)');
    }
    if (/^(.*Node.*(Scan|Seek).*|NodeCountFromCountStore)$/.test(operator)) {
      const refusal = screenLabels(operator, details);
      if (refusal) return refusal;
    }
  }
  return null;
}
