// The plan operators a console query may use, from the operator list of the Cypher manual for Neo4j
// 5.26: every read operator of the slotted and pipelined runtimes. Anything else (writes, SHOW and
// TERMINATE, LOAD CSV, batched transactions, lookups by internal id, and any operator a later Neo4j
// adds) is refused by name. Names are compared without Neo4j's "@neo4j" suffix.

/** Node leaves: allowed only when every label they read is a knowledge-graph label. */
export const LABEL_CHECKED_OPERATORS = new Set([
  'NodeByLabelScan',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'IntersectionNodeByLabelsScan',
  'UnionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeCountFromCountStore',
]);

/** Allowed after a check of its own: the procedure's name against the allowlist. */
export const PROCEDURE_CALL = 'ProcedureCall';

/** Read operators with nothing more to check (relationships only join knowledge-graph nodes). */
export const READ_OPERATORS = new Set([
  // Leaves over relationships and arguments.
  'Argument',
  'ArgumentTracker',
  'EmptyRow',
  'RelationshipCountFromCountStore',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  // Traversal.
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS)',
  'Repeat(Trail)',
  'NullifyMetadata',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'ProjectEndpoints',
  'TriadicBuild',
  'TriadicFilter',
  'TriadicSelection',
  // Rows.
  'Filter',
  'Projection',
  'CacheProperties',
  'Unwind',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Eager',
  'EmptyResult',
  'Optional',
  'ProduceResults',
  // Joins, unions and nested loops (subqueries, pattern predicates, EXISTS/COUNT/COLLECT).
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'Anti',
  'CartesianProduct',
  'NodeHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'ValueHashJoin',
  'Union',
  'OrderedUnion',
]);

/** Refused operators whose reason is worth its own words; the rest are refused as unknown. */
export const NAMED_REFUSALS: { test: RegExp; reason: string; reasonZh: string }[] = [
  {
    test: /^(Partitioned)?AllNodesScan$/,
    reason: 'The query scans every node: start from a label, e.g. MATCH (n:Entity) or MATCH (n:Industry)',
    reasonZh: '该查询会扫描全部节点，请从标签开始，例如 MATCH (n:Entity) 或 MATCH (n:Industry)',
  },
  {
    test: /ById|ByElementId/,
    reason: 'Looking nodes or relationships up by internal id is not allowed: use the id property, e.g. {id: "high-end-textiles"}',
    reasonZh: '不允许按内部编号查找节点或关系，请使用 id 属性，例如 {id: "high-end-textiles"}',
  },
  { test: /^LoadCSV$/, reason: 'LOAD CSV is not allowed', reasonZh: '不允许 LOAD CSV' },
  { test: /^Transaction(Apply|Foreach)$/, reason: 'Batched transactions are not allowed', reasonZh: '不允许分批提交事务' },
  {
    test: /^(Show|Terminate)/,
    reason: 'SHOW and TERMINATE commands are not allowed',
    reasonZh: '不允许 SHOW 与 TERMINATE 命令',
  },
  {
    test: /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|Drop|DoNothingIfExists|Assert)/,
    reason: 'The console is read-only: the plan writes',
    reasonZh: '控制台为只读：执行计划包含写操作',
  },
];
