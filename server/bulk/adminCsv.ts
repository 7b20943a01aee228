// Files in the format of Neo4j's bulk importer: a header naming each column's role and type
// (`id:ID`, `order:long`, `:LABEL`, `:START_ID` …), then one line per node or relationship. An empty
// field is no property; list items are joined with ';' (the importer's array delimiter, which list
// cells never hold: columns.ts splits lists on it).
import { stringify, type Stringifier } from 'csv-stringify';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FieldInfo } from '../edit';

const TYPE_SUFFIX: Record<FieldInfo['type'], string> = {
  string: '',
  enum: '',
  integer: ':long',
  number: ':double',
  boolean: ':boolean',
  list: ':string[]',
};

export interface AdminColumn {
  name: string;
  type: FieldInfo['type'];
}

/** Cells hold what the model allows: text, numbers, yes/no and lists of text. */
function encode(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => encode(item)).join(';');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`not a property value: ${JSON.stringify(value)}`);
}

/** One importer file, written as a stream. */
export class AdminCsvWriter {
  private readonly out: WriteStream;
  private readonly csv: Stringifier;
  rows = 0;
  /** True once a value held a line break (the importer must then parse multi-line fields). */
  multiline = false;

  constructor(
    readonly file: string,
    header: string[],
  ) {
    this.out = createWriteStream(file);
    this.csv = stringify();
    this.csv.pipe(this.out);
    this.csv.write(header);
  }

  async write(values: unknown[]): Promise<void> {
    const fields = values.map(encode);
    if (!this.multiline && fields.some((f) => f.includes('\n') || f.includes('\r'))) this.multiline = true;
    this.rows += 1;
    if (!this.csv.write(fields)) await once(this.csv, 'drain');
  }

  async close(): Promise<void> {
    this.csv.end();
    await once(this.out, 'close');
  }
}

/** Header of a node file: the id, the properties, provenance, version and the labels column. */
export function nodeHeader(columns: readonly AdminColumn[]): string[] {
  return ['id:ID', ...columns.map((c) => `${c.name}${TYPE_SUFFIX[c.type]}`), 'sourceKind', 'sourceRef', 'version:long', ':LABEL'];
}

/** Header of a relationship file: both ends, the type, the properties, provenance and version. */
export function relationshipHeader(columns: readonly AdminColumn[]): string[] {
  return [':START_ID', ':END_ID', ':TYPE', ...columns.map((c) => `${c.name}${TYPE_SUFFIX[c.type]}`), 'sourceKind', 'sourceRef', 'version:long'];
}
