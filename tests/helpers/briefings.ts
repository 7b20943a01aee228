// The setup of the briefing API tests (tests/api/briefings*.test.ts): the seeded server, the gap
// engine's 六个一 matrix rows that briefings are checked against, and requests answered as bytes.
import { afterAll, beforeAll } from 'vitest';
import type { ApiErrorBody, MatrixRow } from '../../graph/model';
import { closeBriefingRenderer } from '../../server/briefings';
import { computeMatrix } from '../../server/gaps/service';
import { seededTestServer, type SeededServer } from './seededServer';

/** The industry single-industry briefings are made of. */
export const INDUSTRY = 'high-end-textiles';

export interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface BriefingServer extends SeededServer {
  /** The matrix rows (the industries a briefing rates), read once the graph is seeded. */
  readonly rows: MatrixRow[];
  readonly row: (id: string) => MatrixRow;
  /** POST /api/briefings with a JSON body. */
  readonly post: (body: unknown) => Promise<Answer>;
  readonly get: (pathAndQuery: string) => Promise<Answer>;
  /** One value of the first record of a read query. */
  readonly scalar: <T>(cypher: string, params: Record<string, unknown>, alias: string) => Promise<T>;
}

/** The API error body of an answer. */
export function json(answer: Answer): ApiErrorBody {
  return JSON.parse(answer.body.toString('utf8')) as ReturnType<typeof json>;
}

async function read(response: Response): Promise<Answer> {
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** seededTestServer on nantong + demo, plus the rows; closes the briefing renderer (Chromium) after the file. */
export function briefingTestServer(): BriefingServer {
  const fx = seededTestServer({ datasets: ['nantong', 'demo'] });
  let rows: MatrixRow[] | undefined;

  beforeAll(async () => {
    rows = (await computeMatrix(fx.db)).rows;
  });

  afterAll(async () => {
    await closeBriefingRenderer();
  });

  const ready = (): MatrixRow[] => {
    if (rows === undefined) throw new Error('briefing test server: rows are read before beforeAll has run');
    return rows;
  };

  const briefing = {
    get rows() {
      return ready();
    },
    row: (id: string) => {
      const found = ready().find((r) => r.industry.id === id);
      if (!found) throw new Error(`no matrix row for ${id}`);
      return found;
    },
    post: async (body: unknown) =>
      read(
        await fetch(`${fx.baseUrl}/api/briefings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    get: async (pathAndQuery: string) => read(await fetch(`${fx.baseUrl}${pathAndQuery}`)),
    scalar: async <T>(cypher: string, params: Record<string, unknown>, alias: string) =>
      fx.db.read(async (tx) => (await tx.run(cypher, params)).records[0]?.get(alias) as T),
  };
  // db, server, baseUrl, startServer and login are the seeded server's own, reached through the prototype.
  return Object.setPrototypeOf(briefing, fx) as BriefingServer;
}
