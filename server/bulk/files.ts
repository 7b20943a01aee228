// The files of a bulk load: one CSV or XLSX per import template, named after it (Enterprise.csv,
// COVERS.xlsx …), the same files the spreadsheet importer takes one at a time.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { UploadFormat } from '../import/rows';
import { allTemplates, targetByName, type ImportTarget } from '../import/targets';

export interface BulkFile {
  path: string;
  fileName: string;
  format: UploadFormat;
  target: ImportTarget;
}

export interface BulkProblem {
  file: string | null;
  row: number | null;
  column: string | null;
  reason: string;
  reasonZh: string;
}

export function bulkFilesIn(folder: string): { files: BulkFile[]; problems: BulkProblem[] } {
  const files: BulkFile[] = [];
  const problems: BulkProblem[] = [];
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return { files, problems: [{ file: folder, row: null, column: null, reason: 'folder not found or not readable', reasonZh: '找不到该文件夹或无法读取' }] };
  }
  const seen = new Map<string, string>();
  for (const fileName of names) {
    const extension = path.extname(fileName).toLowerCase();
    if (extension !== '.csv' && extension !== '.xlsx') continue;
    const name = path.basename(fileName, path.extname(fileName));
    const target = targetByName(name);
    if (!target) {
      const expected = allTemplates().map((t) => t.name).join(', ');
      problems.push({ file: fileName, row: null, column: null, reason: `no import template named "${name}"; name each file after one: ${expected}`, reasonZh: `没有名为「${name}」的导入模板，文件名应为模板名` });
      continue;
    }
    const earlier = seen.get(target.name);
    if (earlier) {
      problems.push({ file: fileName, row: null, column: null, reason: `${earlier} holds ${target.name} already`, reasonZh: `${earlier} 已包含 ${target.name}` });
      continue;
    }
    seen.set(target.name, fileName);
    files.push({ path: path.join(folder, fileName), fileName, format: extension === '.csv' ? 'csv' : 'xlsx', target });
  }
  if (files.length === 0 && problems.length === 0) {
    problems.push({ file: folder, row: null, column: null, reason: 'no .csv or .xlsx files in the folder', reasonZh: '文件夹中没有 .csv 或 .xlsx 文件' });
  }
  return { files, problems };
}
