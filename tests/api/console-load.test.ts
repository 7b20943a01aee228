// Console load cannot starve the rest of the server: queries at the cap run in their own workers and
// connections while a viewer's reads and the health check keep answering; past the per-user and
// server caps a query is refused at once (429); a query past its deadline ends by the limit plus the
// margin, and its transaction is gone from the server; a result too large to decode fails alone.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

/** CPU-bound on Neo4j for longer than the test's 3 s limit. */
const SLOW = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
const LIMITS = { timeoutMs: 3000, deadlineMarginMs: 1000, perUserConcurrency: 2, totalConcurrency: 4 };

interface Body {
  error?: { code: string; message: string; messageZh: string };
  truncated?: boolean;
  cutBy?: string | null;
  cutValues?: number;
  rows?: unknown[][];
}

const fx = seededTestServer({ datasets: ['nantong'], server: { openRead: true, console: LIMITS } });

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

describe('console load', () => {
  it('keeps viewers and health answering while console queries run at the cap', async () => {
    const analysts: ApiClient[] = await Promise.all([fx.login('analyst'), fx.login('analyst')]);
    const third = await fx.login('analyst');
    // Start the four workers and plan the viewer's query, so what is measured is contention, not start-up.
    const warm = await Promise.all(analysts.flatMap((a) => [a, a]).map((a) => a.post('/api/console/query', { cypher: 'RETURN 1 AS one' })));
    expect(warm.map((w) => w.status)).toEqual([200, 200, 200, 200]);
    await timed(`${fx.baseUrl}/api/industries?limit=50`);

    const started = performance.now();
    const consoleRuns = analysts
      .flatMap((a) => [a, a])
      .map((a) => a.post<Body>('/api/console/query', { cypher: SLOW }).then((r) => ({ ...r, ms: performance.now() - started })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Every cap is full now: a third query of the same analyst and a query of a new analyst are refused.
    const overUser = await analysts[0]?.post<Body>('/api/console/query', { cypher: 'RETURN 1' });
    const overServer = await third.post<Body>('/api/console/query', { cypher: 'RETURN 1' });

    const reads: { status: number; ms: number }[] = [];
    while (performance.now() - started < 3000) {
      reads.push(await timed(`${fx.baseUrl}/api/industries?limit=50`), await timed(`${fx.baseUrl}/api/health`));
    }
    const answers = await Promise.all(consoleRuns);
    const consoleMs = performance.now() - started;

    expect(overUser?.status).toBe(429);
    expect(overUser?.body.error?.code).toBe('console_busy');
    expect(overServer.status).toBe(429);
    expect(overServer.body.error?.messageZh).toMatch(/上限/);
    expect(reads.every((r) => r.status === 200)).toBe(true);
    console.log('console answers', answers.map((a) => `${a.status} in ${Math.round(a.ms)} ms`).join(', '));
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(504);
    // The deadline's contract (not a speed target): each answer comes by the limit plus the margin,
    // with slack for a loaded machine; without the deadline these queries would run for minutes.
    expect(consoleMs).toBeLessThan(LIMITS.timeoutMs + LIMITS.deadlineMarginMs + 5000);
    const ms = reads.map((r) => r.ms);
    console.log(
      `console load: 4 console queries at the cap for ${Math.round(consoleMs)} ms; ${reads.length} viewer/health reads, ` +
        `p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
    );

    // Neo4j's timeout or the deadline's TERMINATE ended the transactions on the server: soon after, none
    // is still running. A terminated one may stay listed until its query reaches Neo4j's next check
    // (seconds on a loaded machine), so the statuses are read, not only the count.
    const stillRunning = async (): Promise<string[]> => {
      const session = fx.db.session('READ');
      try {
        const result = await session.run(
          "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'innochain-console' AND NOT status STARTS WITH 'Terminated' RETURN status",
        );
        return result.records.map((r) => String(r.get('status')));
      } finally {
        await session.close();
      }
    };
    const waitStarted = performance.now();
    while ((await stillRunning()).length > 0 && performance.now() - waitStarted < 30_000) await new Promise((r) => setTimeout(r, 100));
    console.log(`console load: no console transaction running ${Math.round(performance.now() - waitStarted)} ms after the last answer`);
    expect(await stillRunning()).toEqual([]);
  }, 240_000); // four workers start and three analysts log in (bcrypt) first: slow on a loaded 2-core machine

  it('cuts a result at the byte cap and a value at the value cap, and says so', async () => {
    const analyst = await fx.login('analyst');
    const wide = await analyst.post<Body>('/api/console/query', { cypher: 'UNWIND range(1, 1000) AS i RETURN [x IN range(1, 30000) | toString(x)] AS l' });
    expect(wide.status, JSON.stringify(wide.body).slice(0, 300)).toBe(200);
    expect(wide.body.truncated).toBe(true);
    expect(wide.body.cutBy).toBe('bytes');
    expect(wide.body.rows?.length).toBeGreaterThan(0);
    expect(wide.body.rows?.length).toBeLessThan(1000);

    const huge = await analyst.post<Body>('/api/console/query', { cypher: "RETURN reduce(s = 'x', i IN range(1, 20) | s + s) AS big, 1 AS small" });
    expect(huge.status, JSON.stringify(huge.body).slice(0, 300)).toBe(200);
    expect(huge.body.cutValues).toBe(1);
    expect(huge.body.rows?.[0]?.[0]).toMatchObject({ $type: 'cut' });
    expect(huge.body.rows?.[0]?.[1]).toBe(1);

    const health = await fetch(`${fx.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
