// Spreadsheet import of files that are not what they claim: bytes that are not UTF-8 (a row error naming
// row and column, nothing written), a properly encoded U+FFFD (kept), and a header far too wide (400).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COLUMNS } from '../../server/import';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-encoding-test-'));
const fx = seededTestServer({ server: { openRead: false, import: { uploadDir, maxBytes: 8 * 1024 * 1024 } } });
let editor: ApiClient;

interface RowError {
  row: number | null;
  column: string | null;
  reason: string;
  reasonZh: string;
}
interface Report {
  valid: boolean;
  rows: number;
  errors: RowError[];
  errorCount: number;
}

beforeAll(async () => {
  editor = await fx.login('editor');
});

afterAll(() => {
  rmSync(uploadDir, { recursive: true, force: true });
});

function upload<T>(body: Buffer, query: string) {
  return editor.request<T>('POST', `/api/import/files/TechField?${query}`, { body: new Uint8Array(body), headers: { 'content-type': 'text/csv' } });
}

async function techFields(prefix: string): Promise<{ id: string; nameZh: string }[]> {
  const result = await fx.db.read((tx) => tx.run('MATCH (n:TechField) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.nameZh AS nameZh ORDER BY id', { prefix }));
  return result.records.map((r) => ({ id: r.get('id') as string, nameZh: r.get('nameZh') as string }));
}

// "新材料" in GBK: valid bytes in that encoding, invalid as UTF-8.
const GBK_NAME = Buffer.from([0xd0, 0xc2, 0xb2, 0xc4, 0xc1, 0xcf]);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('bytes that are not UTF-8', () => {
  const file = Buffer.concat([
    utf8('id,nameZh,nameEn\nenc-good,好的,Good\nenc-bad,'),
    GBK_NAME,
    utf8(',New materials\nenc-bad-en,坏的,Bad '),
    Buffer.from([0xff]),
    utf8('\n'),
  ]);

  it('dry run: each bad cell is a row error naming its row and column, in both languages', async () => {
    const report = await upload<Report>(file, 'dryRun=true&fileName=gbk.csv');
    expect(report.status, report.text).toBe(200);
    expect(report.body.valid).toBe(false);
    expect(report.body.errors).toEqual([
      { row: 3, column: 'nameZh', reason: expect.stringContaining('UTF-8') as string, reasonZh: expect.stringContaining('UTF-8') as string },
      { row: 4, column: 'nameEn', reason: expect.stringContaining('UTF-8') as string, reasonZh: expect.stringContaining('UTF-8') as string },
    ]);
    expect(report.body.errors[0]?.reasonZh).toMatch(/编码|另存/);
  });

  it('commit: rejected, nothing written (not even the good row), no U+FFFD stored', async () => {
    const committed = await upload<ErrorBody>(file, 'wait=true&fileName=gbk.csv');
    expect(committed.status, committed.text).toBe(422);
    expect(committed.body.error.details.map((d) => d.field)).toEqual(['row 3.nameZh', 'row 4.nameEn']);
    expect(await techFields('enc-')).toEqual([]);
  });

  it('a bad byte in the header names the header row and the column position', async () => {
    const header = Buffer.concat([utf8('id,nameZh,nameEn,'), Buffer.from([0xc3, 0x28]), utf8('\nenc-h,名,Name,\n')]);
    const report = await upload<Report>(header, 'dryRun=true');
    expect(report.body.valid).toBe(false);
    expect(report.body.errors[0]).toMatchObject({ row: 1, column: 'column 4' });
  });

  it('a U+FFFD encoded as valid UTF-8 is ordinary text and is kept; a UTF-8 BOM is still skipped', async () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('id,nameZh,nameEn\nenc-fffd,替换符\uFFFD号,Replacement\n')]);
    const committed = await upload<{ job: { status: string } }>(file, 'wait=true&fileName=fffd.csv');
    expect(committed.status, committed.text).toBe(200);
    expect(await techFields('enc-fffd')).toEqual([{ id: 'enc-fffd', nameZh: '替换符\uFFFD号' }]);
  });
});

describe('a header far too wide', () => {
  const wide = utf8(`${Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(10)}\n`);

  it.each(['dryRun=true', 'wait=true', ''])('is a 400 naming the limit (%s), and the upload is removed', async (query) => {
    const response = await upload<ErrorBody>(wide, query);
    expect(response.status, response.text.slice(0, 300)).toBe(400);
    expect(response.body.error.code).toBe('too_many_columns');
    expect(response.body.error.message).toContain(String(MAX_COLUMNS));
    expect(response.body.error.messageZh).toContain(String(MAX_COLUMNS));
    expect(response.body.error.message).toContain('200000');
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('a data row wider than the limit is a row error', async () => {
    const file = utf8(`id,nameZh,nameEn\nenc-wide,宽,Wide${',x'.repeat(MAX_COLUMNS)}\n`);
    const report = await upload<Report>(file, 'dryRun=true');
    expect(report.status).toBe(200);
    expect(report.body.errors).toEqual([{ row: 2, column: null, reason: expect.stringContaining(`at most ${MAX_COLUMNS}`) as string, reasonZh: expect.stringContaining(String(MAX_COLUMNS)) as string }]);
  });
});
