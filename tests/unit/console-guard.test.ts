// The console's guard without a database: the tokeniser, the nesting cap, the statement check on the
// parse tree and the plan allowlist on hand-made plans.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, MAX_TOKENS, screenPlan, screenText, type PlanNode } from '../../server/console/guard';
import { LINE_TERMINATORS, nestingDepth, tokenise, withoutComments } from '../../server/console/tokens';

const refusalOf = (cypher: string) => {
  const screened = screenText(cypher);
  return 'refusal' in screened ? screened.refusal : null;
};
const statementOf = (cypher: string) => {
  const screened = screenText(cypher);
  if ('refusal' in screened) throw new Error(`refused: ${screened.refusal.reason}`);
  return screened.statement;
};

describe('tokeniser', () => {
  it.each([...LINE_TERMINATORS, '\r\n'].map((t) => [JSON.stringify(t), t]))('ends a // comment at %s', (_name, terminator) => {
    const { tokens } = tokenise(`//x${terminator}SHOW TRANSACTIONS`);
    expect(tokens[0]).toMatchObject({ kind: 'comment', text: '//x' });
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['SHOW', 'TRANSACTIONS']);
  });

  it('reads block comments, strings with escapes and backtick names with doubled backticks', () => {
    const { tokens, problem } = tokenise("/* a ' b */ RETURN 'it\\'s \\u00e9 // not a comment' AS `odd``name`, \"x\\\"y\"");
    expect(problem).toBeUndefined();
    expect(tokens.map((t) => t.kind).filter((k) => k !== 'space')).toEqual(['comment', 'word', 'string', 'word', 'quotedName', 'symbol', 'string']);
    expect(tokens.find((t) => t.kind === 'quotedName')?.text).toBe('`odd``name`');
  });

  it('refuses unclosed strings, names and comments', () => {
    for (const text of ["RETURN 'abc", 'RETURN `abc', 'RETURN 1 /* open']) expect(tokenise(text).problem, text).toBeDefined();
  });

  it('refuses unicode escapes outside strings and escapes that would end a string in Neo4j', () => {
    expect(tokenise('\\u0043REATE (n)').problem).toBeDefined();
    expect(tokenise("RETURN '\\u0027 CREATE (n) //'").problem).toBeDefined();
    expect(tokenise("RETURN '\\uu005C'").problem).toBeDefined();
    expect(tokenise('RETURN 1 AS `a\\u0060b`').problem).toBeDefined();
    expect(tokenise("RETURN '\\u0041'").problem).toBeUndefined();
  });

  it('blanks comments but keeps every offset and line', () => {
    const text = 'MATCH (n:Industry) // hi\u2028RETURN n /* x\ny */';
    const { tokens } = tokenise(text);
    const blanked = withoutComments(tokens);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toMatch(/^MATCH \(n:Industry\) {6}\nRETURN n {5}\n {4}$/);
  });

  it('measures nesting: brackets, CASE … END and runs of NOT, not brackets in strings or comments', () => {
    const depth = (text: string) => nestingDepth(tokenise(text).tokens);
    expect(depth('RETURN [(1), {a: (2)}]')).toBe(3);
    expect(depth("RETURN '((((' // ((((")).toBe(0);
    expect(depth('RETURN CASE WHEN true THEN CASE WHEN n.end THEN 1 END END')).toBe(2);
    expect(depth('RETURN NOT NOT NOT true')).toBe(3);
  });
});

describe('nesting cap', () => {
  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses one more before parsing`, () => {
    expect(statementOf(`RETURN ${'('.repeat(MAX_NESTING_DEPTH)}1${')'.repeat(MAX_NESTING_DEPTH)}`)).toContain('RETURN');
    const refusal = refusalOf(`RETURN ${'('.repeat(MAX_NESTING_DEPTH + 1)}1${')'.repeat(MAX_NESTING_DEPTH + 1)}`);
    expect(refusal).toMatchObject({ kind: 'depth', limit: MAX_NESTING_DEPTH });
    expect(refusal?.reason).toContain(String(MAX_NESTING_DEPTH));
  });

  it('refuses 3,000 brackets, CASEs and NOTs before parsing', () => {
    for (const text of [
      `RETURN ${'['.repeat(3000)}1${']'.repeat(3000)}`,
      `RETURN ${'CASE WHEN true THEN '.repeat(3000)}1${' END'.repeat(3000)}`,
      `RETURN ${'NOT '.repeat(3000)}true`,
    ]) {
      expect(refusalOf(text)?.kind, text.slice(0, 30)).toBe('depth');
    }
  });

  it('counts CASE nesting in the parse tree too, where END hides behind a variable', () => {
    const text = `WITH 1 AS end RETURN ${'CASE WHEN end = 1 THEN '.repeat(45)}1${' ELSE 0 END'.repeat(45)}`;
    expect(refusalOf(text)?.kind).toBe('depth');
  }, 60_000); // the parser takes seconds on nested CASEs (in the server it runs in a console worker, under the deadline)

  it('refuses over the length given', () => {
    expect(screenText('RETURN 1', { maxLength: 5 })).toMatchObject({ refusal: { kind: 'length', limit: 5 } });
  });
});

describe('statement check', () => {
  it.each([
    'MATCH (n:Industry) RETURN n',
    "MATCH (n:Industry {id: $id})-[:HAS_LINK]->(c) RETURN c.nameZh, count(*) ORDER BY c.nameZh LIMIT 5",
    'MATCH (n:Industry) WHERE EXISTS { (n)-->(:ChainLink) } RETURN n, COUNT { (n)-->() } AS c, COLLECT { MATCH (n)-->(m) RETURN m.id } AS ids',
    'MATCH (n:Industry) CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m',
    'MATCH (a:Industry) RETURN a.id AS x UNION MATCH (b:TechField) RETURN b.id AS x',
    "CALL db.index.fulltext.queryNodes('entity_names', '纺织') YIELD node RETURN node.id",
    'CALL db.labels()',
    'CALL db.schema.visualization()',
    'match (n:Industry) return toUpper(n.nameEn), size(n.id), datetime().year',
    'MATCH (n:Industry) RETURN n { .*, set: 1, create: 2 } AS m, n.delete, $merge',
    "RETURN 'CREATE (n)' AS s // DELETE",
  ])('admits %s', (cypher) => {
    expect(refusalOf(cypher)).toBeNull();
  });

  it.each([
    ['CREATE (n:X)', /CREATE/],
    ['MATCH (n:Industry) CALL (n) { SET n.x = 1 } RETURN n', /SET/],
    ['RETURN 1 AS x UNION MATCH (n:Industry) DETACH DELETE n RETURN 1 AS x', /DETACH DELETE/],
    ['MATCH (n:Industry) FOREACH (x IN [1] | REMOVE n.a)', /FOREACH/],
    ['MERGE (n:Industry {id: "x"})', /MERGE/],
    ['/* c */ cReAtE /* c */ (n)', /CREATE/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ['MATCH (n:Industry) CALL (n) { RETURN 1 AS one } IN TRANSACTIONS RETURN one', /IN TRANSACTIONS/],
    ['SHOW USERS', /SHOW USERS/],
    ['//x\rSHOW TRANSACTIONS YIELD username, metaData, currentQuery, parameters RETURN *', /SHOW TRANSACTIONS/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE/],
    ["CREATE USER mallory SET PASSWORD 'x'", /CREATE USER/],
    ['DROP INDEX entity_names', /DROP INDEX/],
    ['USE system MATCH (n:Industry) RETURN n', /USE/],
    ['CYPHER runtime=slotted MATCH (n:Industry) RETURN n', /CYPHER/],
    ['PROFILE MATCH (n:Industry) RETURN n', /PROFILE/],
    ['CALL dbms.components()', /dbms\.components/],
    ['CALL `db`.`createLabel`("X")', /db\.createLabel/],
    ['RETURN apoc.version()', /apoc\.version/],
    ['CALL db.labels() YIELD label RETURN toLower(label) AS l', /on its own/],
    ['RETURN 1; RETURN 2', /one statement/i],
    ['MATCH (n:Industry RETURN n', /line 1/],
    ['', /empty/],
    ['// only a comment', /empty/],
  ])('refuses %s', (cypher, reason) => {
    const refusal = refusalOf(cypher);
    expect(refusal?.reason).toMatch(reason);
    expect(refusal?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a syntax error with the parser’s position', () => {
    expect(refusalOf('MATCH (n:Industry)\nRETURN n n')).toMatchObject({ kind: 'syntax', position: { line: 2, column: 10 } });
  });

  it('runs the text without its comments and without a trailing ";"', () => {
    expect(statementOf('MATCH (n:Industry) // x\nRETURN n;')).toBe(`MATCH (n:Industry) ${' '.repeat(4)}\nRETURN n`);
    expect(statementOf('RETURN 1 AS a //x\u2028, 2 AS b')).toBe('RETURN 1 AS a    \n, 2 AS b');
  });
});

describe('plan allowlist', () => {
  const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({ operatorType: `${operatorType}@neo4j`, arguments: { Details: details }, children });

  it('admits read plans over knowledge-graph labels', () => {
    const plan = op('ProduceResults', 'n', [
      op('Top', 'n.id ASC LIMIT 3', [
        op('EagerAggregation', '', [
          op('Expand(All)', '(n)-[r]->(m)', [op('NodeIndexSeek', 'RANGE INDEX n:Industry(id) WHERE id = $x')]),
        ]),
      ]),
    ]);
    expect(screenPlan('r', plan)).toBeNull();
    expect(screenPlan('r', op('ProduceResults', '', [op('ProcedureCall', 'db.labels() :: (label :: STRING)')]))).toBeNull();
    expect(screenPlan('r', op('ProduceResults', '', [op('NodeCountFromCountStore', 'count( (:Industry) ) AS c')]))).toBeNull();
  });

  it.each([
    ['w', op('ProduceResults')],
    ['r', op('ProduceResults', '', [op('AllNodesScan', 'n')])],
    ['r', op('ProduceResults', '', [op('NodeByLabelScan', 'u:User')])],
    ['r', op('ProduceResults', '', [op('UnionNodeByLabelsScan', 'n:Industry|User')])],
    ['r', op('ProduceResults', '', [op('SubtractionNodeByLabelsScan', 'n:Industry&!Session')])],
    ['r', op('ProduceResults', '', [op('NodeCountFromCountStore', 'count( () ) AS c')])],
    ['r', op('ProduceResults', '', [op('NodeByElementIdSeek', 'n WHERE elementId(n) = $x')])],
    ['r', op('ProduceResults', '', [op('DirectedRelationshipByIdSeek', 'r')])],
    ['r', op('ProduceResults', '', [op('ShowTransactions', 'columns(username)')])],
    ['r', op('ProduceResults', '', [op('ProcedureCall', 'dbms.listConfig() :: (name :: STRING)')])],
    ['r', op('ProduceResults', '', [op('LoadCSV', 'line')])],
    ['r', op('ProduceResults', '', [op('TransactionApply', '')])],
    ['r', op('ProduceResults', '', [op('SetProperty', 'n.x = 1')])],
    ['r', op('ProduceResults', '', [op('SomeFutureOperator', '')])],
  ])('refuses %s %j', (queryType, plan) => {
    const refusal = screenPlan(queryType, plan);
    expect(refusal).not.toBeNull();
    expect(refusal?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names an unknown operator', () => {
    expect(screenPlan('r', op('ProduceResults', '', [op('SomeFutureOperator')]))?.reason).toContain('SomeFutureOperator');
  });
});

describe('token cap', () => {
  const sum = (terms: number): string => `RETURN ${Array.from({ length: terms }, () => '1').join('+')}`;

  it('refuses more words and symbols than the cap, naming it', () => {
    const result = screenText(sum(MAX_TOKENS));
    expect('refusal' in result && result.refusal).toMatchObject({ kind: 'length', limit: MAX_TOKENS });
  });

  it('admits a long expression under the cap', () => {
    expect('statement' in screenText(sum(Math.floor(MAX_TOKENS / 2) - 10))).toBe(true);
  });
});
