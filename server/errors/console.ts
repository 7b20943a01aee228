// Why a console query did not run: refused by the guard or the gate, too slow, too large, or invalid.
import type { GateRefusal } from '../console/gate';
import type { Refusal } from '../console/guard';
import { AppError } from './appError';

export const consoleErrors = {
  /** A syntax error is the query's mistake (query_invalid); an exceeded limit names it; the rest is a read-only or reach rule. */
  refused: (refusal: Refusal) => {
    const details = [{ field: 'body.cypher', reason: refusal.reason, reasonZh: refusal.reasonZh }];
    switch (refusal.kind) {
      case 'syntax':
        return new AppError(400, 'query_invalid', `The query is not valid Cypher: ${refusal.reason}`, `查询语句有误：${refusal.reasonZh}`, details);
      case 'depth':
      case 'length':
        return new AppError(400, 'query_too_complex', `Query refused: ${refusal.reason}`, `查询被拒绝：${refusal.reasonZh}`, details);
      default:
        return new AppError(400, 'query_refused', `Query refused: ${refusal.reason}`, `查询被拒绝：${refusal.reasonZh}`, details);
    }
  },
  timeout: (seconds: number) =>
    new AppError(504, 'query_timeout', `The query ran longer than ${seconds} s and was stopped`, `查询超过 ${seconds} 秒，已终止`, [
      { field: 'body.cypher', reason: `over the ${seconds} s limit`, reasonZh: `超过 ${seconds} 秒上限` },
    ]),
  memory: () =>
    new AppError(422, 'query_too_large', 'The query needed more memory than a console query may use; narrow it or aggregate', '查询所需内存超过上限，请缩小范围或先做聚合', [
      { field: 'body.cypher', reason: 'over the transaction memory limit', reasonZh: '超过事务内存上限' },
    ]),
  busy: (refusal: GateRefusal) =>
    refusal.scope === 'user'
      ? new AppError(429, 'console_busy', `You already have ${refusal.limit} console queries running; wait for one to finish`, `您已有 ${refusal.limit} 条控制台查询在运行，请等其中一条结束`)
      : new AppError(429, 'console_busy', `The console is running its limit of ${refusal.limit} queries; try again in a moment`, `控制台同时运行的查询已达上限 ${refusal.limit} 条，请稍后再试`),
  tooLarge: (megabytes: number) =>
    new AppError(422, 'result_too_large', `The result was too large to read (over ${megabytes} MB in memory); return fewer or smaller values`, `结果过大（内存超过 ${megabytes} MB），请减少或缩小返回的值`, [
      { field: 'body.cypher', reason: `result over ${megabytes} MB`, reasonZh: `结果超过 ${megabytes} MB` },
    ]),
  invalid: (neo4jMessage: string, code: string) =>
    new AppError(400, 'query_invalid', `Neo4j could not run the query: ${firstLine(neo4jMessage)}`, `Neo4j 无法执行该查询（${code.split('.').pop() ?? code}）：${firstLine(neo4jMessage)}`, [
      { field: 'body.cypher', reason: firstLine(neo4jMessage), reasonZh: '查询语句有误或参数不符' },
    ]),
};

function firstLine(text: string): string {
  return text.split('\n')[0]?.slice(0, 500) ?? '';
}
