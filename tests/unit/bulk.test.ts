// Bulk load pieces that need no database: the offline importer's headers and durations, and file naming.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { durationMs } from '../../graph/db/adminImport';
import { AdminCsvWriter, nodeHeader, relationshipHeader } from '../../server/bulk/adminCsv';
import { bulkFilesIn } from '../../server/bulk/files';
import { nodeFields } from '../../server/edit/fields';
import { readCell } from '../../server/import/columns';

const dir = mkdtempSync(path.join(os.tmpdir(), 'innochain-bulk-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bulk importer files', () => {
  it('types every column the way the model does', () => {
    expect(nodeHeader([{ name: 'nameZh', type: 'string' }, { name: 'order', type: 'integer' }, { name: 'sizeYi', type: 'number' }, { name: 'highTech', type: 'boolean' }, { name: 'confirmedMissing', type: 'list' }])).toEqual([
      'id:ID', 'nameZh', 'order:long', 'sizeYi:double', 'highTech:boolean', 'confirmedMissing:string[]', 'sourceKind', 'sourceRef', 'version:long', ':LABEL',
    ]);
    expect(relationshipHeader([{ name: 'noteZh', type: 'string' }])).toEqual([':START_ID', ':END_ID', ':TYPE', 'noteZh', 'sourceKind', 'sourceRef', 'version:long']);
  });

  it('writes empty cells as no value, lists with the array delimiter, and notices line breaks', async () => {
    const file = path.join(dir, 'n.csv');
    const writer = new AdminCsvWriter(file, ['id:ID', 'a', 'b:string[]']);
    await writer.write(['x', undefined, ['plan', 'fund']]);
    expect(writer.multiline).toBe(false);
    await writer.write(['y', '两行\n文字', null]);
    await writer.close();
    expect(writer.multiline).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('id:ID,a,b:string[]\nx,,plan;fund\ny,"两行\n文字",\n');
  });

  it('carries aliases from a cell to the importer file: split on | ; ；, commas kept, items joined by its delimiter', async () => {
    const columns = nodeFields('Enterprise');
    expect(nodeHeader(columns)).toEqual(expect.arrayContaining(['aliasesZh:string[]', 'aliasesEn:string[]']));
    const aliasesEn = columns.find((c) => c.name === 'aliasesEn');
    const enumList = nodeFields('Industry').find((c) => c.name === 'confirmedMissing');
    if (!aliasesEn || !enumList) throw new Error('the model lost a list field');
    const cell = readCell('Shipyard, Ltd.; Dockyard｜x|Offshore', aliasesEn);
    expect(cell).toEqual({ value: ['Shipyard, Ltd.', 'Dockyard｜x', 'Offshore'] });
    expect(readCell('plan, fund', enumList)).toEqual({ value: ['plan', 'fund'] });
    const file = path.join(dir, 'aliases.csv');
    const writer = new AdminCsvWriter(file, ['id:ID', 'aliasesEn:string[]']);
    await writer.write(['x', 'value' in cell ? cell.value : null]);
    await writer.close();
    expect(readFileSync(file, 'utf8')).toBe('id:ID,aliasesEn:string[]\nx,"Shipyard, Ltd.;Dockyard｜x;Offshore"\n');
  });

  it('reads the importer stage times', () => {
    expect(durationMs(' 4s 728ms')).toBe(4728);
    expect(durationMs('1m 2s 3ms')).toBe(62_003);
    expect(durationMs('no time here')).toBeNull();
  });

  it('takes files named after templates and names the others', () => {
    const folder = mkdtempSync(path.join(dir, 'named-'));
    for (const name of ['Enterprise.csv', 'COVERS.xlsx', 'Firms.csv', 'notes.txt', 'HAS_LINK.csv']) writeFileSync(path.join(folder, name), 'id\n');
    const { files, problems } = bulkFilesIn(folder);
    expect(files.map((f) => `${f.target.kind}:${f.target.name}:${f.format}`)).toEqual(['relationship:COVERS:xlsx', 'node:Enterprise:csv']);
    expect(problems.map((p) => p.file)).toEqual(['Firms.csv', 'HAS_LINK.csv']);
    expect(bulkFilesIn(path.join(dir, 'missing')).problems[0]?.reasonZh).toMatch(/文件夹/);
  });
});
