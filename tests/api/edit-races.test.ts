// Concurrent edits of one node: a DELETE racing another DELETE or a PATCH answers 2xx, 404 or 409,
// never 500, and the loser writes nothing. Repeated, since a race shows only some of the time.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

let editor: ApiClient;

const ROUNDS = 12;

const fx = seededTestServer({ server: { openRead: false } });

beforeAll(async () => {
  editor = await fx.login('editor');
});

async function createField(id: string): Promise<void> {
  const created = await editor.post('/api/edit/nodes', { label: 'TechField', properties: { id, nameZh: '竞态测试', nameEn: 'Race test' } });
  expect(created.status, created.text).toBe(201);
}

function expectNo500(responses: ApiResponse[]): void {
  for (const response of responses) {
    expect([200, 404, 409], `${response.status} ${response.text}`).toContain(response.status);
    if (response.status !== 200) expect(response.text).not.toMatch(/model label|stack/i);
  }
}

async function createRegion(id: string, kind: string): Promise<void> {
  const created = await editor.post('/api/edit/nodes', { label: 'Region', properties: { id, kind, nameZh: '竞态地区', nameEn: 'Race region' } });
  expect(created.status, created.text).toBe(201);
}

async function nodeCount(id: string): Promise<number> {
  const result = await fx.db.read((tx) => tx.run('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }));
  return result.records[0]?.get('n') as number;
}

describe('racing writes on one node', () => {
  it('two DELETEs: one deletes, the other is 404 or 409', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `race-delete-${round}`;
      await createField(id);
      const responses = await Promise.all([
        editor.request('DELETE', `/api/edit/nodes/${id}?version=1`),
        editor.request('DELETE', `/api/edit/nodes/${id}?version=1`),
        editor.request('DELETE', `/api/edit/nodes/${id}?version=1`),
      ]);
      expectNo500(responses);
      expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
      expect(await nodeCount(id)).toBe(0);
    }
  });

  it('DELETE against PATCH: never 500, and a PATCH that lost does not bring the node back', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const id = `race-patch-${round}`;
      await createField(id);
      const responses = await Promise.all([
        editor.request('PATCH', `/api/edit/nodes/${id}`, { json: { version: 1, changes: { nameEn: 'Changed' } } }),
        editor.request('DELETE', `/api/edit/nodes/${id}?version=1`),
        editor.request('PATCH', `/api/edit/nodes/${id}`, { json: { version: 1, changes: { nameEn: 'Changed again' } } }),
      ]);
      expectNo500(responses);
      const [, deleted] = responses;
      if (deleted?.status === 200) expect(await nodeCount(id)).toBe(0);
      else expect(await nodeCount(id)).toBe(1);
    }
  });

  it('two DELETEs of one relationship: one deletes (one audit entry), the other is 404', async () => {
    // Fewer rounds: two deletes of one relationship often deadlock, and the driver's retry waits a second.
    for (let round = 0; round < ROUNDS / 2; round += 1) {
      const [from, to] = [`race-county-${round}`, `race-city-${round}`];
      await createRegion(from, 'county');
      await createRegion(to, 'city');
      const linked = await editor.post('/api/edit/relationships', { type: 'PART_OF', from, to });
      expect(linked.status, linked.text).toBe(201);
      const path = `/api/edit/relationships/PART_OF/${from}/${to}?version=1`;
      const responses = await Promise.all([editor.request('DELETE', path), editor.request('DELETE', path)]);
      expectNo500(responses);
      expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
      const audits = await fx.db.read((tx) =>
        tx.run("MATCH (a:AuditEntry {action: 'relationship.delete', targetId: $key}) RETURN count(a) AS n", { key: `${from}|PART_OF|${to}` }),
      );
      expect(audits.records[0]?.get('n')).toBe(1);
    }
  });

  it('a new relationship racing the delete of its end: never 500', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [from, to] = [`race-end-county-${round}`, `race-end-city-${round}`];
      await createRegion(from, 'county');
      await createRegion(to, 'city');
      const responses = await Promise.all([
        editor.post('/api/edit/relationships', { type: 'PART_OF', from, to }),
        editor.request('DELETE', `/api/edit/nodes/${to}?version=1`),
      ]);
      for (const response of responses) expect([200, 201, 400, 404, 409], `${response.status} ${response.text}`).toContain(response.status);
    }
  });
});

