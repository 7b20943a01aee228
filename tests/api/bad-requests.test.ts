// Requests the server cannot read are 4xx with a reason, never 500: a malformed percent-encoding in the
// path (400 naming the path) and a compressed request body (415, since bodies are read uncompressed).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';
import type { ApiErrorBody as ErrorBody } from '../../graph/model';

// A built client of one page, so paths outside /api reach the app shell's routes.
const clientDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-client-'));
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>innochain</title>');
const fx = seededTestServer({ server: { clientDir } });
let editor: ApiClient;

beforeAll(async () => {
  editor = await fx.login('editor');
});

afterAll(() => {
  rmSync(clientDir, { recursive: true, force: true });
});

describe('a malformed percent-encoding in the path', () => {
  it.each(['/%ff', '/industries/%E0%A4%A', '/api/industries/%ff', '/api/%ff', '/api/edit/nodes/%c3%28'])('%s is a 400 naming the path', async (url) => {
    const response = await fetch(fx.baseUrl + url);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details[0]).toMatchObject({ field: 'path' });
    expect(body.error.message).toContain(url);
    expect(body.error.messageZh).toContain(url);
    expect(JSON.stringify(body)).not.toMatch(/URIError|at \//);
  });

  it('a well-formed one still works', async () => {
    expect((await fetch(`${fx.baseUrl}/api/industries/no%2Dsuch%2Dindustry`)).status).toBe(404);
    expect((await fetch(`${fx.baseUrl}/industries/%E6%97%A0`)).status).toBe(200);
  });
});

describe('a compressed request body', () => {
  const json = JSON.stringify({ label: 'TechField', properties: { id: 'enc-br', nameZh: '压缩', nameEn: 'Compressed' } });

  it.each([
    ['br', brotliCompressSync(json)],
    ['gzip', gzipSync(json)],
    ['x-unknown', Buffer.from(json)],
  ])('Content-Encoding %s is a 415 with a reason, and nothing is written', async (encoding, body) => {
    const response = await editor.request<ErrorBody>('POST', '/api/edit/nodes', {
      body: new Uint8Array(body),
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
    });
    expect(response.status, response.text).toBe(415);
    expect(response.body.error.code).toBe('unsupported_content_encoding');
    expect(response.body.error.details[0]).toMatchObject({ field: 'header.content-encoding' });
    expect(response.body.error.message).toContain(encoding);
    expect(response.body.error.messageZh).toContain(encoding);
    const written = await fx.db.read((tx) => tx.run("MATCH (n:Entity {id: 'enc-br'}) RETURN count(n) AS n"));
    expect(written.records[0]?.get('n')).toBe(0);
  });

  it('applies to spreadsheet uploads too (their bytes are hashed and parsed as sent)', async () => {
    const response = await editor.request<ErrorBody>('POST', '/api/import/files/TechField?dryRun=true', {
      body: new Uint8Array(brotliCompressSync('id,nameZh,nameEn\nx,名,Name\n')),
      headers: { 'content-type': 'text/csv', 'content-encoding': 'br' },
    });
    expect(response.status).toBe(415);
  });

  it('identity is no encoding and is accepted', async () => {
    const response = await editor.request('POST', '/api/edit/nodes', {
      body: json.replace('enc-br', 'enc-identity'),
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
    });
    expect(response.status, response.text).toBe(201);
  });
});
