// The gap routes send a kept copy of their answer while the database is unchanged (server/gaps/
// answerCache.ts). Any write, also one made outside the API (as Neo4j Browser would), must show at once.
import { describe, expect, it } from 'vitest';
import { GapMatrix, GapSummary } from '../../graph/model';
import { seededTestServer } from '../helpers/seededServer';

const fx = seededTestServer({ datasets: ['nantong', 'demo'] });

async function get(path: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(fx.baseUrl + path);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

const matrix = async (): Promise<GapMatrix> => GapMatrix.parse(JSON.parse((await get('/api/gaps/matrix')).text));

describe('kept gap answers', () => {
  it('answer the same bytes as JSON while nothing changes', async () => {
    const first = await get('/api/gaps/matrix');
    const second = await get('/api/gaps/matrix');
    expect(first.status).toBe(200);
    expect(first.type).toBe('application/json; charset=utf-8');
    expect(second.text).toBe(first.text);
    expect(GapMatrix.parse(JSON.parse(second.text)).rows.length).toBeGreaterThan(0);
  });

  it('show a write made outside the API on the next request, and its undoing too', async () => {
    const before = await matrix();
    const leader = before.rows.flatMap((row) => row.cells.leadFirm?.holders ?? [])[0];
    const empty = before.rows.find((row) => row.cells.leadFirm?.holders.length === 0);
    if (!leader || !empty) throw new Error('the seeded matrix needs one filled and one empty lead-firm cell');
    const params = { firm: leader.id, industry: empty.industry.id };
    await fx.db.write((tx) =>
      tx.run(
        `MATCH (e:Enterprise {id: $firm}), (i:Industry {id: $industry})
         CREATE (e)-[:LEADS {sourceKind: 'user', sourceRef: 'test:answer-cache'}]->(i)`,
        params,
      ),
    );
    const after = await matrix();
    const cell = after.rows.find((row) => row.industry.id === empty.industry.id)?.cells.leadFirm;
    expect(cell?.holders.map((h) => h.id)).toContain(leader.id);

    await fx.db.write((tx) => tx.run(`MATCH (:Enterprise {id: $firm})-[r:LEADS {sourceRef: 'test:answer-cache'}]->(:Industry {id: $industry}) DELETE r`, params));
    expect(await matrix()).toEqual(before);
  });

  it('keep each scope apart', async () => {
    const city = GapSummary.parse(JSON.parse((await get('/api/gaps/summary')).text));
    const county = GapSummary.parse(JSON.parse((await get('/api/gaps/summary?region=haimen-district')).text));
    expect(GapSummary.parse(JSON.parse((await get('/api/gaps/summary')).text))).toEqual(city);
    expect(county).not.toEqual(city);
  });
});
