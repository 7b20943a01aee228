// The upload folder holds a file only while something reads it: a job's upload goes when the job ends
// (done, rejected, failed, stopped) or fails to start, and at start what a killed process left is removed.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { securitySettings } from '../../server/auth/settings';
import { uploadDirFromEnv } from '../../server/import/settings';
import { removeLeftoverUploads, startImport, targetByName, uploadFromFile } from '../../server/import';
import type { ApiClient } from '../helpers/auth';
import { seededTestServer } from '../helpers/seededServer';

const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'innochain-uploads-test-'));
const sources = mkdtempSync(path.join(os.tmpdir(), 'innochain-upload-sources-'));
const fx = seededTestServer({ server: { openRead: false, import: { uploadDir, batchSize: 2 } } });
let editor: ApiClient;

beforeAll(async () => {
  editor = await fx.login('editor');
});

afterEach(() => {
  for (const name of readdirSync(uploadDir)) rmSync(path.join(uploadDir, name), { force: true });
});

afterAll(() => {
  rmSync(uploadDir, { recursive: true, force: true });
  rmSync(sources, { recursive: true, force: true });
});

const settings = () => securitySettings({ import: { uploadDir, batchSize: 2 } }).import;
const target = () => {
  const found = targetByName('TechField');
  if (!found) throw new Error('no TechField template');
  return found;
};

function source(name: string, text: string): string {
  const file = path.join(sources, name);
  writeFileSync(file, text);
  return file;
}

function upload(text: string, query: string) {
  return editor.request<{ job: { status: string } }>('POST', `/api/import/files/TechField?${query}`, { body: text, headers: { 'content-type': 'text/csv' } });
}

describe('a job leaves no upload behind', () => {
  it('when it is done, rejected or a dry run', async () => {
    expect((await upload('id,nameZh,nameEn\nup-done,完成,Done\n', 'wait=true&fileName=done.csv')).status).toBe(200);
    expect((await upload('id,nameZh,nameEn\nup-bad,,\n', 'wait=true&fileName=bad.csv')).status).toBe(422);
    expect((await upload('id,nameZh,nameEn\nup-dry,试,Dry\n', 'dryRun=true')).status).toBe(200);
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('when it is stopped half-way (as a cancel or shutdown does)', async () => {
    const stop = new AbortController();
    stop.abort();
    const file = source('stop.csv', 'id,nameZh,nameEn\nup-stop-1,一,One\nup-stop-2,二,Two\nup-stop-3,三,Three\n');
    const { done } = await startImport(fx.db, { target: target(), upload: await uploadFromFile(file, { dir: uploadDir }), fileName: 'stop.csv', username: 'test', settings: settings(), signal: stop.signal });
    await done;
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('when it fails (the database refuses the job)', async () => {
    const file = source('fail.csv', 'id,nameZh,nameEn\nup-fail,败,Fail\n');
    const failing = new Proxy(fx.db, {
      get(object, key, receiver) {
        if (key === 'read' || key === 'write') return () => Promise.reject(Object.assign(new Error('database down'), { code: 'ServiceUnavailable' }));
        return Reflect.get(object, key, receiver) as unknown;
      },
    });
    const upload = await uploadFromFile(file, { dir: uploadDir });
    expect(readdirSync(uploadDir)).toHaveLength(1);
    await expect(startImport(failing, { target: target(), upload, fileName: 'fail.csv', username: 'test', settings: settings() })).rejects.toThrow('database down');
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it('when it is resumed: the new upload replaces the old one, and goes at the end', async () => {
    const file = source('resume.csv', 'id,nameZh,nameEn\nup-res-1,一,One\nup-res-2,二,Two\nup-res-3,三,Three\n');
    const stop = new AbortController();
    stop.abort();
    const first = await startImport(fx.db, { target: target(), upload: await uploadFromFile(file, { dir: uploadDir }), fileName: 'resume.csv', username: 'test', settings: settings(), signal: stop.signal });
    await first.done;
    const second = await startImport(fx.db, { target: target(), upload: await uploadFromFile(file, { dir: uploadDir }), fileName: 'resume.csv', username: 'test', settings: settings() });
    expect(second.job.id).toBe(first.job.id);
    expect((await second.done).status).toBe('done');
    expect(readdirSync(uploadDir)).toEqual([]);
  });
});

describe('at start', () => {
  it('removes what a killed process left, keeps what may still be in use and files that are not uploads', async () => {
    const old = new Date(Date.now() - 60 * 60_000);
    const write = (name: string, modified?: Date) => {
      const file = path.join(uploadDir, name);
      writeFileSync(file, 'id\n');
      if (modified) utimesSync(file, modified, modified);
    };
    const running = '0a0a0a0a-0000-4000-8000-000000000001';
    const stale = '0a0a0a0a-0000-4000-8000-000000000002';
    const now = new Date().toISOString();
    const long = old.toISOString();
    await fx.db.write((tx) =>
      tx.run(
        `CREATE (:ImportJob {id: $running, status: 'writing', updatedAt: $now})
         CREATE (:ImportJob {id: $stale, status: 'writing', updatedAt: $long})`,
        { running, stale, now, long },
      ),
    );
    write(`innochain-job-${running}.csv`);
    write(`innochain-job-${stale}.csv`);
    write('innochain-job-0a0a0a0a-0000-4000-8000-00000000dead.csv');
    write('innochain-upload-0a0a0a0a-0000-4000-8000-000000000003.xlsx', old);
    write('innochain-upload-0a0a0a0a-0000-4000-8000-000000000004.csv');
    write('notes.txt', old);

    const removed = await removeLeftoverUploads(fx.db, uploadDir);
    expect(removed.sort()).toEqual([
      `innochain-job-${stale}.csv`,
      'innochain-job-0a0a0a0a-0000-4000-8000-00000000dead.csv',
      'innochain-upload-0a0a0a0a-0000-4000-8000-000000000003.xlsx',
    ]);
    expect(readdirSync(uploadDir).sort()).toEqual([`innochain-job-${running}.csv`, 'innochain-upload-0a0a0a0a-0000-4000-8000-000000000004.csv', 'notes.txt']);
    await fx.db.write((tx) => tx.run('MATCH (j:ImportJob) WHERE j.id IN $ids DELETE j', { ids: [running, stale] }));
  });

  it('a missing folder is nothing to clean', async () => {
    expect(await removeLeftoverUploads(fx.db, path.join(uploadDir, 'not-there'))).toEqual([]);
  });
});

describe('where uploads go', () => {
  it('beside the embedded database in the data folder, or INNOCHAIN_UPLOAD_DIR; never a folder all instances share', () => {
    expect(uploadDirFromEnv({}, '/srv/app')).toBe('/srv/app/data/uploads');
    expect(uploadDirFromEnv({ NEO4J_DATA_DIR: '/var/lib/innochain/neo4j' }, '/srv/app')).toBe('/var/lib/innochain/uploads');
    expect(uploadDirFromEnv({ INNOCHAIN_UPLOAD_DIR: 'spool' }, '/srv/app')).toBe('/srv/app/spool');
    expect(securitySettings().import.uploadDir).not.toBe(path.join(os.tmpdir(), 'innochain-uploads'));
  });
});
