// Spreadsheet cells to model values: headers by English field name or Chinese name (or a Chinese name
// earlier templates used), and each cell read as the field's type (numbers, yes/no, lists), with a
// reason in both languages when it cannot be.
import { ALIAS_SEPARATORS, formerFieldNamesZh } from '../../graph/model';
import type { FieldInfo } from '../edit';

export type RawCell = string | number | boolean | null;

export interface CellProblem {
  column: string;
  reason: string;
  reasonZh: string;
}

export interface HeaderMap {
  /** Field for each column position (undefined: an empty trailing header). */
  fields: (FieldInfo | undefined)[];
  problems: CellProblem[];
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s_（）()]/g, '');

/** Maps the header row to fields; unknown, repeated and missing required columns are problems. */
export function mapHeader(header: RawCell[], columns: FieldInfo[]): HeaderMap {
  const byName = new Map<string, FieldInfo>();
  for (const column of columns) {
    byName.set(normalise(column.name), column);
    byName.set(normalise(column.nameZh), column);
    for (const former of formerFieldNamesZh(column.name)) {
      if (!byName.has(normalise(former))) byName.set(normalise(former), column);
    }
  }
  const fields: (FieldInfo | undefined)[] = [];
  const problems: CellProblem[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const text = cell === null ? '' : String(cell).trim();
    if (!text) {
      fields.push(undefined);
      return;
    }
    const field = byName.get(normalise(text));
    if (!field) {
      problems.push({
        column: text,
        reason: `unknown column; expected: ${columns.map((c) => c.name).join(', ')}`,
        reasonZh: `未知的列，应为：${columns.map((c) => c.nameZh).join('、')}`,
      });
    } else if (seen.has(field.name)) {
      problems.push({ column: text, reason: `repeats column ${field.name}`, reasonZh: `与「${field.nameZh}」列重复` });
    } else seen.add(field.name);
    fields[index] = field;
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.name)) {
      problems.push({ column: column.name, reason: 'required column is missing', reasonZh: `缺少必填列「${column.nameZh}」` });
    }
  }
  return { fields, problems };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '对', '√']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '不是', '×']);

/** A cell as the field's value: undefined for an empty cell, a problem when it cannot be read. */
export function readCell(cell: RawCell, field: FieldInfo): { value: unknown } | { problem: CellProblem } {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: undefined };
  const text = String(cell).trim();
  const problem = (reason: string, reasonZh: string) => ({ problem: { column: field.name, reason: `${reason} (got "${text.slice(0, 80)}")`, reasonZh } });
  switch (field.type) {
    case 'number':
    case 'integer': {
      const value = typeof cell === 'number' ? cell : Number(text.replace(/,/g, ''));
      if (!Number.isFinite(value)) return problem('must be a number', '应为数字');
      return { value };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { value: cell };
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return problem('must be yes or no (true/false, 是/否)', '应为“是”或“否”');
    }
    case 'list':
      // Allowed values (enum lists) never hold commas; free text (aliases) may, so it splits on | ; ； only.
      return { value: text.split(field.values ? /[|;,、，；]/ : ALIAS_SEPARATORS).map((s) => s.trim()).filter(Boolean) };
    default:
      return { value: text };
  }
}
