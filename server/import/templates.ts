// Downloadable templates: the header row (English field names, or Chinese with lang=zh; both are
// accepted on upload) and, in the XLSX, a second sheet explaining every column.
import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import type { FieldInfo } from '../edit';
import { loadExcelJS } from '../export';
import { templateInfo, type ImportTarget } from './targets';

export type TemplateLang = 'en' | 'zh';

function header(columns: FieldInfo[], lang: TemplateLang): string[] {
  return columns.map((c) => (lang === 'zh' ? c.nameZh : c.name));
}

function typeText(field: FieldInfo): string {
  const words: Record<FieldInfo['type'], string> = {
    string: 'text 文本',
    number: 'number 数字',
    integer: 'whole number 整数',
    boolean: 'yes/no 是/否',
    enum: 'one of 取值之一',
    list: 'list, separated by | 多个值以 | 分隔',
  };
  // Free-text lists (aliases) may hold commas, so only |, ; and ； separate their items.
  if (field.type === 'list' && !field.values) return 'list, separated by | or ; (not commas) 多个值以 | 或 ；分隔（逗号不分隔）';
  return words[field.type];
}

/** UTF-8 with a byte-order mark, so Excel opens the Chinese headers correctly. */
export function csvTemplate(target: ImportTarget, lang: TemplateLang): string {
  return `\uFEFF${stringify([header(templateInfo(target).columns, lang)])}`;
}

export async function writeXlsxTemplate(target: ImportTarget, lang: TemplateLang, out: Writable): Promise<void> {
  const info = templateInfo(target);
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const data = workbook.addWorksheet(info.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = info.columns.map((c) => ({ header: lang === 'zh' ? c.nameZh : c.name, width: Math.max(14, c.nameZh.length * 2 + 4) }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).commit();
  data.commit();
  const help = workbook.addWorksheet('说明 Help');
  help.addRow([`${info.nameZh} · ${info.nameEn}`]).commit();
  help
    .addRow([
      info.kind === 'relationship'
        ? `从 ${info.from?.join('/') ?? ''} 指向 ${info.to?.join('/') ?? ''}；from/to 填节点编号 · from/to are node ids`
        : '每行一个节点；编号已存在则更新该节点 · One node per row; an existing id is updated',
    ])
    .commit();
  help.addRow(['来源列可留空：导入程序填写来源类型 import 和出处“文件名#行号” · Provenance columns may stay empty: the import fills sourceKind import and sourceRef "<file>#<row>"']).commit();
  help.addRow(['填写了出处或网址而未填来源类型的行，来源类型仍为 import · A row giving sourceRef or sourceUrl without sourceKind is still of kind import']).commit();
  help.addRow([]).commit();
  const head = help.addRow(['column 列名', '中文列名', 'required 必填', 'type 类型', 'values 可选值', 'format 格式', '说明', 'help']);
  head.font = { bold: true };
  head.commit();
  for (const c of info.columns) {
    help.addRow([c.name, c.nameZh, c.required ? 'yes 是' : 'no 否', typeText(c), c.values?.join(' | ') ?? '', c.format ?? '', c.helpZh ?? '', c.helpEn ?? '']).commit();
  }
  help.commit();
  await workbook.commit();
}
