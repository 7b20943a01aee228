// Spreadsheet import: templates, dry runs with per-row errors, all-or-nothing commits, CSV and XLSX,
// Chinese headers, provenance, relationship files, batches with progress, and resuming a job that
// stopped half-way.
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, type ApiErrorBody } from '../../graph/model';
import { securitySettings } from '../../server/auth/settings';
import { IMPORTABLE_RELATIONSHIPS, startImport, targetByName, uploadFromFile } from '../../server/import';
import { writeImport } from '../../server/import/write';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

let editor: ApiClient;
let admin: ApiClient;

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Report {
  dryRun: true;
  rows: number;
  valid: boolean;
  errors: { row: number | null; column: string | null; reason: string; reasonZh: string }[];
  errorCount: number;
  counts: { create: number; update: number; link: number };
}
interface Job {
  id: string;
  status: string;
  rowsTotal: number | null;
  rowsWritten: number;
  batchesDone: number;
  batchesTotal: number | null;
  planned: { create: number; update: number; link: number } | null;
  written: { create: number; update: number; link: number };
  errors: Report['errors'];
  errorCount: number;
  runs: number;
}

const fx = seededTestServer({ datasets: ['nantong', 'demo'], server: { openRead: false, import: { batchSize: 10, maxBytes: 2 * 1024 * 1024 } } });

beforeAll(async () => {
  editor = await fx.login('editor');
  admin = await fx.login('admin');
});

function upload<T>(client: ApiClient, name: string, body: string | Buffer, query: string, type = CSV) {
  return client.request<T>('POST', `/api/import/files/${name}?${query}`, { body: typeof body === 'string' ? body : new Uint8Array(body), headers: { 'content-type': type } });
}

const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n') + '\n';

async function entityFingerprint(): Promise<string> {
  const result = await fx.db.read((tx) =>
    tx.run(`MATCH (n:Entity) WITH n ORDER BY n.id
            OPTIONAL MATCH (n)-[r]->(m:Entity)
            WITH n, collect([type(r), m.id, properties(r)]) AS out
            RETURN collect([labels(n), properties(n), out]) AS all`),
  );
  return createHash('sha256').update(JSON.stringify(result.records[0]?.get('all'))).digest('hex');
}

describe('templates', () => {
  it('lists one template per label and per editable relationship type, with Chinese column names', async () => {
    const response = await editor.get<{ items: { name: string; kind: string; columns: { name: string; nameZh: string; required: boolean }[] }[] }>('/api/import/templates');
    expect(response.status).toBe(200);
    expect(response.body.items.map((t) => t.name)).toEqual([...NODE_LABELS, ...IMPORTABLE_RELATIONSHIPS]);
    const industry = response.body.items.find((t) => t.name === 'Industry');
    expect(industry?.columns.map((c) => c.name)).toEqual([
      ...['id', 'nameZh', 'nameEn', 'descriptionZh', 'descriptionEn', 'aliasesZh', 'aliasesEn', 'tier', 'confirmedMissing'],
      ...['validFrom', 'validTo'],
      ...['sourceKind', 'sourceRef', 'sourceUrl', 'observedAt'],
    ]);
    expect(industry?.columns.find((c) => c.name === 'tier')).toMatchObject({ nameZh: '产业层级', required: true });
    // Provenance columns are optional and say, in both languages, what the import fills in.
    const kind = industry?.columns.find((c) => c.name === 'sourceKind') as unknown as { required: boolean; values: string[]; helpZh: string; helpEn: string };
    expect(kind).toMatchObject({ required: false, values: ['document', 'domain', 'public', 'illustrative', 'import', 'user'] });
    expect(kind.helpZh).toMatch(/import.*illustrative.*来源网址/);
    expect(kind.helpEn).toMatch(/empty means import.*illustrative.*only when written/);
    expect(kind.helpEn).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('downloads CSV (with a BOM, English or Chinese header) and XLSX templates', async () => {
    const english = await fetch(`${fx.baseUrl}/api/import/templates/ChainLink?format=csv`, { headers: { cookie: cookieOf(editor) } });
    const bytes = Buffer.from(await english.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').trim()).toBe('id,nameZh,nameEn,descriptionZh,descriptionEn,aliasesZh,aliasesEn,industryId,stage,order,validFrom,validTo,sourceKind,sourceRef,sourceUrl,observedAt');
    const chinese = await editor.get('/api/import/templates/ChainLink?format=csv&lang=zh');
    expect(chinese.text).toContain('所属产业编号');

    const xlsx = await fetch(`${fx.baseUrl}/api/import/templates/LEADS?format=xlsx`, { headers: { cookie: cookieOf(editor) } });
    expect(xlsx.headers.get('content-disposition')).toContain('template-LEADS.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['LEADS', '说明 Help']);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, 'from', 'to', 'noteZh', 'noteEn', 'validFrom', 'validTo', 'sourceKind', 'sourceRef', 'sourceUrl', 'observedAt']);
    const help: string[] = [];
    workbook.worksheets[1]?.eachRow((row) => help.push(JSON.stringify(row.values)));
    expect(help.find((line) => line.includes('"sourceUrl"'))).toMatch(/http:\/\/ 或 https:\/\/.*starts with http:\/\/ or https:\/\//);
    expect((await editor.get('/api/import/templates/HAS_LINK')).status).toBe(404);
  });
});

function cookieOf(client: ApiClient): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

describe('a file with one bad row', () => {
  const file = csv([
    ['id', 'nameZh', 'nameEn', 'tier'],
    ['imp-good-a', '好甲', 'Good A', 'emerging'],
    ['imp-good-b', '好乙', 'Good B', 'seed'],
    ['imp-bad', '坏', 'Bad', 'ancient'],
    ['imp-good-c', '好丙', 'Good C', 'other'],
  ]);

  it('is reported by the dry run with its row, column and reason, and nothing is written', async () => {
    const before = await entityFingerprint();
    const response = await upload<Report>(editor, 'Industry', file, 'dryRun=true&fileName=industries.csv');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, rows: 4, valid: false, errorCount: 1, counts: { create: 3, update: 0 } });
    expect(response.body.errors[0]).toMatchObject({ row: 4, column: 'tier' });
    expect(response.body.errors[0]?.reasonZh).toMatch(/[\u4e00-\u9fff]/);
    expect(await entityFingerprint()).toBe(before);
  });

  it('makes the commit write nothing at all (422 with the row named)', async () => {
    const before = await entityFingerprint();
    const response = await upload<ApiErrorBody & { job: Job }>(editor, 'Industry', file, 'wait=true&fileName=industries.csv');
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.error.code).toBe('import_rejected');
    expect(response.body.error.details[0]?.field).toBe('row 4.tier');
    expect(response.body.job).toMatchObject({ status: 'rejected', rowsWritten: 0, batchesDone: 0, errorCount: 1 });
    expect(await entityFingerprint()).toBe(before);
    const job = await editor.get<{ job: Job }>(`/api/import/jobs/${response.body.job.id}`);
    expect(job.body.job.status).toBe('rejected');
  });

  it('reports every kind of row problem', async () => {
    const industry = (await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN i.id AS id LIMIT 1'))).records[0]?.get('id') as string;
    const bad = csv([
      ['编号', '中文名称', '英文名称', '所属产业编号', '链位（上中下游）', '顺序'],
      ['imp-link-a', '环节甲', 'Link A', industry, 'upstream', 1],
      ['imp-link-a', '重复', 'Duplicate', industry, 'upstream', 2],
      ['imp-link-b', '环节乙', 'Link B', 'no-such-industry', 'midstream', 2],
      ['imp-link-c', '环节丙', 'Link C', industry, 'downstream', 'third'],
      [industry, '冒名', 'Impostor', industry, 'upstream', 4],
      ['', '', '', '', '', ''],
      ['Bad Id', '环节丁', 'Link D', industry, 'upstream', 5],
    ]);
    const response = await upload<Report>(editor, 'ChainLink', bad, 'dryRun=true');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const problems = response.body.errors.map((e) => `${e.row}:${e.column}`);
    expect(problems).toEqual(expect.arrayContaining(['3:id', '4:industryId', '5:order', '6:id', '8:id']));
    expect(response.body.errorCount).toBe(5);
    expect(response.body.rows).toBe(6);
  });

  it('names every problem of a row in one dry run: a type error does not hide a bad reference', async () => {
    const region = (await fx.db.read((tx) => tx.run('MATCH (r:Region) RETURN r.id AS id LIMIT 1'))).records[0]?.get('id') as string;
    const links = csv([
      ['id', 'nameZh', 'nameEn', 'industryId', 'stage', 'order'],
      ['imp-both-a', '环节', 'Link', 'no-such-industry', 'sideways', 'third'],
      ['imp-both-b', '环节', 'Link', region, 'upstream', 'fourth'],
    ]);
    const dry = await upload<Report>(editor, 'ChainLink', links, 'dryRun=true&fileName=links.csv');
    expect(dry.body.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:order', '2:stage', '2:industryId', '3:order', '3:industryId']);
    expect(dry.body.errors[2]).toMatchObject({ reason: 'no Industry with id "no-such-industry"', reasonZh: expect.stringContaining('no-such-industry') as unknown });
    expect(dry.body).toMatchObject({ rows: 2, errorCount: 5, counts: { create: 0, update: 0, link: 0 } });

    const ends = csv([['from', 'to', 'noteZh'], ['nobody', region, 'x'.repeat(5000)]]);
    const endsDry = await upload<Report>(editor, 'LOCATED_IN', ends, 'dryRun=true');
    expect(endsDry.body.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:noteZh', '2:from']);
  });

  it('refuses unknown columns and a missing required one (provenance columns are known)', async () => {
    const response = await upload<Report>(editor, 'Industry', csv([['id', 'nameZh', 'colour', 'sourceKind'], ['x', 'y', 'z', 'document']]), 'dryRun=true');
    const columns = response.body.errors.map((e) => e.column);
    expect(columns).toEqual(expect.arrayContaining(['colour', 'nameEn', 'tier']));
    expect(columns).not.toContain('sourceKind');
    expect(response.body.errors.every((e) => e.row === 1 || e.column === 'nameEn' || e.column === 'tier')).toBe(true);
  });
});

describe('a good file', () => {
  it('creates nodes with import provenance and their derived relationships, then updates them', async () => {
    const industries = (await fx.db.read((tx) => tx.run('MATCH (i:Industry) RETURN i.id AS id ORDER BY id LIMIT 2'))).records.map((r) => r.get('id') as string);
    const rows = Array.from({ length: 25 }, (_, i) => [`imp-chain-${i}`, `环节${i}`, `Link ${i}`, industries[i % 2] ?? '', 'midstream', i]);
    const file = csv([['id', 'nameZh', 'nameEn', 'industryId', 'stage', 'order'], ...rows]);
    const dry = await upload<Report>(editor, 'ChainLink', file, 'dryRun=true&fileName=links.csv');
    expect(dry.body).toMatchObject({ valid: true, rows: 25, counts: { create: 25, update: 0, link: 25 } });

    const commit = await upload<{ job: Job }>(editor, 'ChainLink', file, 'fileName=links.csv');
    expect(commit.status).toBe(202);
    const job = await waitForJob(commit.body.job.id);
    expect(job).toMatchObject({ status: 'done', rowsTotal: 25, rowsWritten: 25, batchesDone: 3, batchesTotal: 3, written: { create: 25, update: 0, link: 25 } });

    const stored = await fx.db.read((tx) =>
      tx.run(`MATCH (i:Industry)-[r:HAS_LINK]->(c:ChainLink) WHERE c.id STARTS WITH 'imp-chain-'
              RETURN c.id AS id, c.sourceKind AS kind, c.sourceRef AS ref, c.version AS version, i.id AS industry, r.sourceKind AS relKind
              ORDER BY c.order`),
    );
    expect(stored.records).toHaveLength(25);
    expect(stored.records[0]?.toObject()).toMatchObject({ id: 'imp-chain-0', kind: 'import', ref: 'links.csv#2', version: 1, industry: industries[0], relKind: 'import' });
    expect(stored.records[24]?.get('ref')).toBe('links.csv#26');

    // The same ids again, with other names and the other industry: updates, and the links move.
    const changed = csv([['id', 'nameZh', 'nameEn', 'industryId', 'stage', 'order'], ...rows.map((r, i) => [r[0] ?? '', `改${i}`, `Changed ${i}`, industries[(i + 1) % 2] ?? '', 'midstream', i])]);
    const second = await upload<{ job: Job }>(editor, 'ChainLink', changed, 'wait=true&fileName=links-v2.csv');
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.job).toMatchObject({ status: 'done', planned: { create: 0, update: 25, link: 25 }, written: { create: 0, update: 25 } });
    const moved = await fx.db.read((tx) =>
      tx.run(`MATCH (c:ChainLink {id: 'imp-chain-0'}) RETURN c.version AS version, c.nameEn AS name, [(i:Industry)-[:HAS_LINK]->(c) | i.id] AS owners`),
    );
    expect(moved.records[0]?.toObject()).toEqual({ version: 2, name: 'Changed 0', owners: [industries[1]] });

    const audit = await admin.get<{ items: { action: string; targetId: string }[] }>('/api/audit?action=import.commit');
    expect(audit.body.items.map((e) => e.targetId)).toContain(commit.body.job.id);
  });

  it('reads XLSX files, Chinese headers and yes/no cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['编号', '中文名称', '英文名称', '高新技术企业']);
    sheet.addRow(['imp-firm-a', '甲公司', 'Firm A', '是']);
    sheet.addRow(['imp-firm-b', { richText: [{ text: '乙' }, { text: '公司' }] }, 'Firm B', false]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload<{ job: Job }>(editor, 'Enterprise', buffer, 'wait=true&fileName=firms.xlsx', XLSX);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const firms = await fx.db.read((tx) => tx.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'imp-firm-' RETURN e.id AS id, e.nameZh AS name, e.highTech AS highTech ORDER BY id"));
    expect(firms.records.map((r) => r.toObject())).toEqual([
      { id: 'imp-firm-a', name: '甲公司', highTech: true },
      { id: 'imp-firm-b', name: '乙公司', highTech: false },
    ]);
  });

  it('imports relationships and checks both ends', async () => {
    const region = (await fx.db.read((tx) => tx.run('MATCH (r:Region) RETURN r.id AS id LIMIT 1'))).records[0]?.get('id') as string;
    const file = csv([
      ['from', 'to', 'noteZh'],
      ['imp-firm-a', region, '注册地'],
      ['imp-firm-b', region, ''],
    ]);
    const response = await upload<{ job: Job }>(editor, 'LOCATED_IN', file, 'wait=true&fileName=places.csv');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.job.written.create).toBe(2);
    const rel = await fx.db.read((tx) => tx.run("MATCH (:Enterprise {id: 'imp-firm-a'})-[r:LOCATED_IN]->() RETURN r.sourceRef AS ref, r.noteZh AS note"));
    expect(rel.records[0]?.toObject()).toEqual({ ref: 'places.csv#2', note: '注册地' });

    const bad = csv([['from', 'to'], ['imp-firm-a', 'nowhere'], [region, 'imp-firm-a']]);
    const dry = await upload<Report>(editor, 'LOCATED_IN', bad, 'dryRun=true');
    expect(dry.body.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:to', '3:from']);

    // Problems of different kinds in one batch come back in row order, both ends named when both are missing.
    const mixed = csv([['from', 'to'], ['nobody', 'nowhere'], [region, 'imp-firm-a'], ['imp-firm-b', region], ['imp-firm-a', 'nowhere']]);
    const mixedDry = await upload<Report>(editor, 'LOCATED_IN', mixed, 'dryRun=true');
    expect(mixedDry.body.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['2:from', '2:to', '3:from', '5:to']);
    expect(mixedDry.body.counts).toEqual({ create: 0, update: 1, link: 0 });
  });

  it('keeps what an empty cell leaves out, and names a reference to a node of another label', async () => {
    const first = csv([['id', 'nameZh', 'nameEn', 'descriptionZh'], ['imp-firm-c', '丙公司', 'Firm C', '原有简介']]);
    expect((await upload<{ job: Job }>(editor, 'Enterprise', first, 'wait=true&fileName=firm-c.csv')).status).toBe(200);
    const again = csv([['id', 'nameZh', 'nameEn', 'descriptionZh'], ['imp-firm-c', '丙公司', 'Firm C renamed', '']]);
    expect((await upload<{ job: Job }>(editor, 'Enterprise', again, 'wait=true&fileName=firm-c-v2.csv')).status).toBe(200);
    const firm = await fx.db.read((tx) => tx.run("MATCH (e:Enterprise {id: 'imp-firm-c'}) RETURN e.nameEn AS name, e.descriptionZh AS description, e.version AS version"));
    expect(firm.records[0]?.toObject()).toEqual({ name: 'Firm C renamed', description: '原有简介', version: 2 });

    const region = (await fx.db.read((tx) => tx.run('MATCH (r:Region) RETURN r.id AS id LIMIT 1'))).records[0]?.get('id') as string;
    const wrong = csv([['id', 'nameZh', 'nameEn', 'industryId', 'stage', 'order'], ['imp-link-w', '环节', 'Link', region, 'upstream', 1]]);
    const dry = await upload<Report>(editor, 'ChainLink', wrong, 'dryRun=true');
    expect(dry.body.errors).toEqual([expect.objectContaining({ row: 2, column: 'industryId', reason: `"${region}" is a Region, not an Industry` })]);
  });
});

describe('provenance columns', () => {
  const header = ['id', 'nameZh', 'nameEn', 'sourceKind', 'sourceRef', 'sourceUrl', 'observedAt'];

  it('keep what a row cites, fill the rest, and come back out of the export', async () => {
    const region = (await fx.db.read((tx) => tx.run('MATCH (r:Region) RETURN r.id AS id LIMIT 1'))).records[0]?.get('id') as string;
    const file = csv([
      header,
      ['imp-prov-a', '源甲', 'Source A', 'public', '南通日报 2024-05-01', 'https://example.org/news/a?id=1', '2024-05'],
      ['imp-prov-b', '源乙', 'Source B', '', '通政发〔2023〕12号', '', '2023'],
      ['imp-prov-c', '源丙', 'Source C', '', '', '', ''],
      ['imp-prov-d', '源丁', 'Source D', 'illustrative', '', '', ''],
    ]);
    const nodes = await upload<{ job: Job }>(editor, 'Enterprise', file, 'wait=true&fileName=prov.csv');
    expect(nodes.status, JSON.stringify(nodes.body)).toBe(200);
    const rels = csv([['from', 'to', 'sourceRef', 'sourceUrl', 'observedAt'], ['imp-prov-a', region, '企业年报', 'http://example.org/report', '2024-12-31']]);
    expect((await upload<{ job: Job }>(editor, 'LOCATED_IN', rels, 'wait=true&fileName=places.csv')).status).toBe(200);

    const exported = (await editor.get<{ nodes: { properties: Record<string, unknown> }[]; relationships: { type: string; from: string; properties: Record<string, unknown> }[] }>('/api/export')).body;
    const provenance = (id: string) => {
      const { sourceKind, sourceRef, sourceUrl, observedAt } = exported.nodes.find((n) => n.properties.id === id)?.properties ?? {};
      return { sourceKind, sourceRef, sourceUrl, observedAt };
    };
    expect(provenance('imp-prov-a')).toEqual({ sourceKind: 'public', sourceRef: '南通日报 2024-05-01', sourceUrl: 'https://example.org/news/a?id=1', observedAt: '2024-05' });
    // A citation without a kind is still the import's; nothing given at all is the file and row.
    expect(provenance('imp-prov-b')).toEqual({ sourceKind: 'import', sourceRef: '通政发〔2023〕12号', sourceUrl: undefined, observedAt: '2023' });
    expect(provenance('imp-prov-c')).toEqual({ sourceKind: 'import', sourceRef: 'prov.csv#4', sourceUrl: undefined, observedAt: undefined });
    expect(provenance('imp-prov-d')).toMatchObject({ sourceKind: 'illustrative', sourceRef: 'prov.csv#5' });
    const located = exported.relationships.find((r) => r.type === 'LOCATED_IN' && r.from === 'imp-prov-a')?.properties;
    expect(located).toMatchObject({ sourceKind: 'import', sourceRef: '企业年报', sourceUrl: 'http://example.org/report', observedAt: '2024-12-31' });

    // A later row without a page replaces the source whole: no stale address beside the new reference.
    const again = csv([['id', 'nameZh', 'nameEn'], ['imp-prov-a', '源甲', 'Source A']]);
    expect((await upload<{ job: Job }>(editor, 'Enterprise', again, 'wait=true&fileName=again.csv')).status).toBe(200);
    const after = await fx.db.read((tx) => tx.run("MATCH (e:Enterprise {id: 'imp-prov-a'}) RETURN e.sourceKind AS kind, e.sourceRef AS ref, e.sourceUrl AS url, e.observedAt AS date"));
    expect(after.records[0]?.toObject()).toEqual({ kind: 'import', ref: 'again.csv#2', url: null, date: null });
  });

  it('name a bad address, date or kind by its column, in both languages, with every other problem', async () => {
    const file = csv([
      header,
      ['imp-prov-x', '坏甲', 'Bad A', '', '', 'javascript:alert(1)', '2024/05/01'],
      ['imp-prov-y', '坏乙', 'Bad B', 'rumour', '', 'ftp://example.org/x', ''],
      ['imp-prov-z', '坏丙', 'Bad C', 'public', '某网页', '', '2024-13'],
      ['Not A Slug', '坏丁', 'Bad D', '', '', 'example.org', ''],
    ]);
    const dry = await upload<Report>(editor, 'Enterprise', file, 'dryRun=true&fileName=bad.csv');
    expect(dry.status).toBe(200);
    const named = [...new Set(dry.body.errors.map((e) => `${e.row}:${e.column}`))];
    expect(named).toEqual(['2:sourceUrl', '2:observedAt', '3:sourceKind', '3:sourceUrl', '4:sourceUrl', '4:observedAt', '5:id', '5:sourceUrl']);
    for (const error of dry.body.errors) {
      expect(error.reasonZh, JSON.stringify(error)).toMatch(/[\u4e00-\u9fff]/);
      expect(error.reason, JSON.stringify(error)).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const reasons = (row: number, column: string) => dry.body.errors.filter((e) => e.row === row && e.column === column);
    expect(reasons(2, 'sourceUrl').map((e) => e.reasonZh).join()).toContain('http:// 或 https://');
    expect(reasons(2, 'observedAt')[0]?.reason).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    expect(reasons(4, 'sourceUrl')[0]).toMatchObject({ reason: expect.stringContaining('required when sourceKind is "public"') as unknown });
    expect(await fx.db.read((tx) => tx.run("MATCH (e:Entity) WHERE e.id STARTS WITH 'imp-prov-' AND e.nameZh STARTS WITH '坏' RETURN count(e) AS n"))).toMatchObject({ records: [{ _fields: [0] }] });
  });
});

describe('aliases', () => {
  const header = ['id', 'nameZh', 'nameEn', '中文别名', 'aliasesEn'];
  const stored = async () => {
    const result = await fx.db.read((tx) => tx.run("MATCH (e:Enterprise {id: 'imp-alias'}) RETURN e.aliasesZh AS zh, e.aliasesEn AS en, e.version AS version"));
    return result.records[0]?.toObject();
  };

  it('reads list cells split on | ; and ； (commas stay in a name), and imports what was read back unchanged', async () => {
    const file = csv([header, ['imp-alias', '别名公司', 'Alias Co', '船坞；造船厂 | 海工', 'Dockyard, Ltd.;Shipyard']]);
    expect((await upload<{ job: Job }>(editor, 'Enterprise', file, 'wait=true&fileName=aliases.csv')).status).toBe(200);
    expect(await stored()).toEqual({ zh: ['船坞', '造船厂', '海工'], en: ['Dockyard, Ltd.', 'Shipyard'], version: 1 });

    // Round trip: the stored lists written back as cells (joined by |) import to the same values.
    const entity = await editor.get<{ entity: { properties: { aliasesZh: string[]; aliasesEn: string[] } } }>('/api/entities/imp-alias');
    const { aliasesZh, aliasesEn } = entity.body.entity.properties;
    const again = csv([header, ['imp-alias', '别名公司', 'Alias Co', aliasesZh.join('|'), aliasesEn.join('|')]]);
    expect((await upload<{ job: Job }>(editor, 'Enterprise', again, 'wait=true&fileName=aliases-2.csv')).status).toBe(200);
    expect(await stored()).toEqual({ zh: ['船坞', '造船厂', '海工'], en: ['Dockyard, Ltd.', 'Shipyard'], version: 2 });
  });

  it('names the column of a bad alias (too long, repeated)', async () => {
    const file = csv([header, ['imp-alias-bad', '坏别名', 'Bad alias', '甲|甲', 'x'.repeat(101)]]);
    const dry = await upload<Report>(editor, 'Enterprise', file, 'dryRun=true');
    expect(dry.body.valid).toBe(false);
    expect(dry.body.errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual(['2:aliasesEn', '2:aliasesZh']);
    expect(dry.body.errors.every((e) => /别名/.test(e.reasonZh) && !/[\u4e00-\u9fff]/.test(e.reason))).toBe(true);
  });
});

describe('limits and access', () => {
  it('refuses other content types, oversize files and unknown templates', async () => {
    expect((await upload(editor, 'Industry', '{}', 'dryRun=true', 'application/json')).status).toBe(415);
    const big = 'id,nameZh,nameEn,tier\n' + 'x'.repeat(3 * 1024 * 1024);
    expect((await upload(editor, 'Industry', big, 'dryRun=true')).status).toBe(413);
    expect((await upload(editor, 'Dragon', 'id\n', 'dryRun=true')).status).toBe(404);
    const garbage = await upload<Report>(editor, 'Industry', Buffer.from('not a zip file at all'), 'dryRun=true', XLSX);
    expect(garbage.body.errors[0]).toMatchObject({ row: null, reasonZh: '不是有效的 XLSX 工作簿' });
  });

  it('needs an editor', async () => {
    const analyst = await fx.login('analyst');
    expect((await upload(analyst, 'Industry', 'id\n', 'dryRun=true')).status).toBe(403);
    expect((await analyst.get('/api/import/templates')).status).toBe(403);
  });
});

describe('an import interrupted half-way', () => {
  it('resumes when the same file is sent again, to the same end state as one clean run', async () => {
    const rows = Array.from({ length: 47 }, (_, i) => [`imp-resume-${String(i).padStart(2, '0')}`, `续${i}`, `Resume ${i}`]);
    const content = csv([['id', 'nameZh', 'nameEn'], ...rows]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'innochain-import-test-'));
    const file = path.join(dir, 'resume.csv');
    writeFileSync(file, content);
    const settings = securitySettings({ import: { batchSize: 10, uploadDir: dir } }).import;
    const target = targetByName('TechField');
    if (!target) throw new Error('no TechField template');

    // A run that stops after validation, before any batch (as a crash would leave it) …
    const stopped = new AbortController();
    stopped.abort();
    const first = await startImport(fx.db, { target, upload: await uploadFromFile(file, { dir }), fileName: 'resume.csv', username: 'test', settings, signal: stopped.signal });
    await first.done;
    // … then two batches written by that job before the "crash".
    const crash = new AbortController();
    await writeImport(fx.db, {
      path: file,
      format: 'csv',
      fileName: 'resume.csv',
      target,
      jobId: first.job.id,
      actor: 'test',
      batchSize: 10,
      batchesDone: 0,
      signal: crash.signal,
      onProgress: (done) => {
        if (done === 2) crash.abort();
      },
    }).catch((error: unknown) => {
      if (!(error instanceof Error) || error.name !== 'ImportAbortedError') throw error;
    });
    const half = await editor.get<{ job: Job }>(`/api/import/jobs/${first.job.id}`);
    expect(half.body.job).toMatchObject({ status: 'interrupted', batchesDone: 2, rowsWritten: 20 });
    const written = await fx.db.read((tx) => tx.run("MATCH (n:TechField) WHERE n.id STARTS WITH 'imp-resume-' RETURN count(n) AS n"));
    expect(written.records[0]?.get('n')).toBe(20);

    // Sending the same file again finishes that job.
    const again = await upload<{ job: Job }>(editor, 'TechField', content, 'wait=true&fileName=resume.csv');
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.job).toMatchObject({ id: first.job.id, status: 'done', runs: 2, rowsWritten: 47, batchesDone: 5, written: { create: 47, update: 0 } });
    const end = await fx.db.read((tx) =>
      tx.run(`MATCH (n:TechField) WHERE n.id STARTS WITH 'imp-resume-'
              RETURN count(n) AS n, collect(DISTINCT n.version) AS versions, min(n.sourceRef) AS first, max(n.sourceRef) AS last`),
    );
    // Every row once, none written twice (a second write would have raised its version to 2).
    expect(end.records[0]?.toObject()).toEqual({ n: 47, versions: [1], first: 'resume.csv#10', last: 'resume.csv#9' });
    rmSync(dir, { recursive: true, force: true });
  });
});

async function waitForJob(id: string): Promise<Job> {
  for (;;) {
    const response = await editor.get<{ job: Job }>(`/api/import/jobs/${id}`);
    if (!['validating', 'writing'].includes(response.body.job.status)) return response.body.job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
