// The Word (.docx) briefing: real Heading 1/2 styles (Word's navigation pane lists them), real tables
// with repeating header rows, the chain diagrams as PNG, page numbers, and East-Asian fonts (宋体 body,
// 黑体 headings) so it opens and edits cleanly in Word and WPS.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IFontAttributesProperties,
} from 'docx';
import type { Block, Cell, Outline } from './outline';

/** Page and type settings; sizes in twips (1/1440 inch) or half-points as Word stores them. */
const PAGE = {
  /** A4. */
  width: 11906,
  height: 16838,
  margin: { top: 1418, bottom: 1418, left: 1531, right: 1418 },
  /** Body 五号 (10.5 pt), tables 9.5 pt, headings 三号 and 四号. */
  bodySize: 21,
  tableSize: 19,
  heading1Size: 32,
  heading2Size: 28,
} as const;

/** Word keeps one font per script in a run; 宋体/黑体 are what Chinese Word and WPS expect. */
const BODY_FONT: IFontAttributesProperties = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEADING_FONT: IFontAttributesProperties = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体', cs: 'Arial' };

const CONTENT_WIDTH_TWIPS = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** Content width in pixels at 96 dpi, for sizing images. */
const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH_TWIPS / 1440) * 96);

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: '111111' };

export async function buildDocx(outline: Outline, images: Map<Block, Buffer>): Promise<Buffer> {
  const children: (Paragraph | Table)[] = outline.blocks.flatMap((block) => renderBlock(block, images));
  const document = new Document({
    creator: 'innochain',
    title: outline.title,
    description: outline.title,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: PAGE.bodySize, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          // lineRule auto: 1.25 lines that still grow around images (LibreOffice clips them otherwise).
          paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: PAGE.heading1Size, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 200 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: HEADING_FONT, size: PAGE.heading2Size, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
        title: {
          run: { font: HEADING_FONT, size: 52, bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        footers: { default: pageFooter(outline.footer) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "第 {page} 页 / 共 {total} 页" with live page fields. */
function pageFooter(template: string): Footer {
  const runs: (TextRun | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of template.split(/(\{page\}|\{total\})/)) {
    if (part === '{page}') runs.push(PageNumber.CURRENT);
    else if (part === '{total}') runs.push(PageNumber.TOTAL_PAGES);
    else if (part) runs.push(new TextRun(part));
  }
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: runs, size: 18 })] })],
  });
}

function renderBlock(block: Block, images: Map<Block, Buffer>): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'cover':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.title)] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new TextRun({ text: block.subtitle, font: HEADING_FONT, size: 28 })],
        }),
        ...block.facts.map(
          (fact) =>
            new Paragraph({
              spacing: { after: 40 },
              children: [new TextRun({ text: `${fact.label}${block.labelSeparator}`, bold: true, font: HEADING_FONT, size: 19 }), new TextRun({ text: fact.value, size: 19 })],
            }),
        ),
        ...block.notices.map((notice) => boxed(notice.text, notice.tone === 'warning', 18)),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '111111', space: 4 } },
          spacing: { before: 60, after: 240 },
          children: [new TextRun({ text: block.footnote, size: 17, color: '444444' })],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          pageBreakBefore: block.level === 1 && block.newPage === true,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      if (block.tone === 'warning') return [boxed(block.text, true)];
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          children: [new TextRun({ text: block.text, ...(block.tone === 'note' ? { size: 20, color: '333333' } : {}) })],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(item)] }));
    case 'table':
      return [table(block), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'diagram': {
      const png = images.get(block);
      const width = Math.min(Math.round((CONTENT_WIDTH_PX * (block.widthPercent ?? 100)) / 100), block.diagram.width);
      const height = Math.round((block.diagram.height / block.diagram.width) * width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
          children: png && png.length > 0
            ? [
                new ImageRun({
                  type: 'png',
                  data: png,
                  transformation: { width, height },
                  altText: { name: block.alt, title: block.alt, description: block.caption },
                }),
              ]
            : [new TextRun(block.alt)],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new TextRun({ text: block.caption, size: 18, color: '333333' })],
        }),
      ];
    }
  }
}

/** A framed paragraph for notices: a heavy left rule reads as a warning in black and white too. */
function boxed(text: string, warning: boolean, size?: number): Paragraph {
  const side = warning ? THICK : THIN;
  return new Paragraph({
    border: { top: THIN, bottom: THIN, right: THIN, left: { ...side, size: 36 } },
    shading: warning ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
    spacing: { before: 120, after: 200 },
    indent: { left: 120, right: 120 },
    children: [new TextRun({ text, bold: warning, ...(size ? { size } : {}) })],
  });
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const columnWidths = block.columns.map((c) => Math.round((c.width / 100) * CONTENT_WIDTH_TWIPS));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (column, i) =>
        new TableCell({
          width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'E6E6E6', color: 'auto' },
          children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: column.title, bold: true, font: HEADING_FONT, size: PAGE.tableSize })] })],
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((cell, i) => new TableCell({ width: { size: columnWidths[i] ?? 0, type: WidthType.DXA }, children: cellParagraphs(cell) })),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: THIN,
      bottom: THIN,
      left: THIN,
      right: THIN,
      insideHorizontal: THIN,
      insideVertical: THIN,
    },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

function cellParagraphs(cell: Cell): Paragraph[] {
  const lines = cell.lines.length > 0 ? cell.lines : [''];
  return lines.map(
    (line) => new Paragraph({ spacing: { after: 40, line: 260, lineRule: LineRuleType.AUTO }, children: [new TextRun({ text: line, bold: cell.strong === true, size: PAGE.tableSize })] }),
  );
}
