// The print-friendly HTML view of a briefing: readable on screen, and the source Chromium prints to PDF
// (A4, a masthead rather than a cover page, table headers repeated on each page, CJK fonts). No scripts.
// No page is forced: a break before the annex left the page before it nearly empty whenever the body
// ended just over a page (three lines of the target rule, measured), so the annex starts under a double
// rule instead. Word, which lays out its own pages, keeps the break (docx.ts).
import type { Block, Cell, Outline } from './outline';
import { escapeXml as escapeHtml } from './textLayout';

const SERIF = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun', '宋体', serif";
const SANS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'SimHei', '黑体', sans-serif";

const STYLE = `
@page { size: A4; margin: 18mm 17mm 20mm 17mm; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font-family: ${SERIF}; font-size: 11pt; line-height: 1.6; color: #111; }
.page { background: #fff; max-width: 210mm; margin: 12px auto; padding: 18mm 17mm; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
h1, h2, .cover-title, th, figcaption, .notice strong { font-family: ${SANS}; }
h1 { font-size: 17pt; margin: 0 0 10pt; padding-bottom: 4pt; border-bottom: 2px solid #111; break-after: avoid; }
h2 { font-size: 13pt; margin: 14pt 0 6pt; break-after: avoid; }
h1.new-page { margin-top: 24pt; padding-top: 8pt; border-top: 3px double #111; }
p { margin: 0 0 7pt; text-align: justify; }
p.note { color: #333; font-size: 10pt; }
.warning, .notice { border: 2px solid #111; border-left-width: 6px; padding: 6pt 9pt; background: #f4f4f4; }
.notice.info { border-width: 1px; border-left-width: 6px; background: #fff; }
ul { margin: 0 0 8pt; padding-left: 1.6em; }
li { margin-bottom: 2pt; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9.5pt; line-height: 1.45; table-layout: fixed; }
thead { display: table-header-group; }
th { background: #e6e6e6; font-weight: bold; text-align: left; }
th, td { border: 1px solid #555; padding: 3pt 5pt; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
td.strong { font-weight: bold; }
td .line + .line { margin-top: 2pt; }
figure { margin: 6pt 0 10pt; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; border: 1px solid #bbb; }
figcaption { font-size: 9pt; color: #333; margin-top: 3pt; text-align: center; }
.cover { padding: 0 0 6pt; margin: 0 0 12pt; border-bottom: 3px double #111; }
.cover-title { font-size: 19pt; font-weight: bold; text-align: center; margin: 0 0 4pt; letter-spacing: .05em; }
.cover-subtitle { font-size: 14pt; text-align: center; margin: 0 0 8pt; font-family: ${SANS}; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 0 0 6pt; font-size: 9.5pt; }
.cover dt { font-weight: bold; font-family: ${SANS}; }
.cover dd { margin: 0; }
.cover .notice { margin: 0 0 5pt; font-size: 9pt; line-height: 1.45; padding: 3pt 7pt; }
.cover .footnote { margin: 4pt 0 0; text-align: center; font-size: 8.5pt; color: #444; }
.screen-hint { font-family: ${SANS}; font-size: 10pt; color: #333; text-align: center; margin: 8px; }
@media print {
  html { background: #fff; }
  .page { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  .screen-hint { display: none; }
}
`;

const SCREEN_HINT: Record<Outline['lang'], string> = {
  zh: '打印或另存为 PDF：按 Ctrl+P（Mac 为 ⌘+P）。',
  en: 'To print or save as PDF, press Ctrl+P (⌘+P on a Mac).',
};

export function renderHtml(outline: Outline): string {
  const body = outline.blocks.map(renderBlock).join('\n');
  return `<!DOCTYPE html>
<html lang="${outline.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(outline.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="screen-hint">${escapeHtml(SCREEN_HINT[outline.lang])}</p>
<main class="page">
${body}
</main>
</body>
</html>
`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'cover':
      return `<section class="cover">
<p class="cover-title">${escapeHtml(block.title)}</p>
<p class="cover-subtitle">${escapeHtml(block.subtitle)}</p>
<dl>${block.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>
${block.notices.map((n) => `<div class="notice ${n.tone}">${escapeHtml(n.text)}</div>`).join('\n')}
<p class="footnote">${escapeHtml(block.footnote)}</p>
</section>`;
    case 'heading':
      return block.level === 1
        ? `<h1${block.newPage ? ' class="new-page"' : ''}>${escapeHtml(block.text)}</h1>`
        : `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p${block.tone && block.tone !== 'normal' ? ` class="${block.tone}"` : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table>
<colgroup>${block.columns.map((c) => `<col style="width:${c.width}%">`).join('')}</colgroup>
<thead><tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join('')}</tr></thead>
<tbody>${block.rows.map((row) => `<tr>${row.map(renderCell).join('')}</tr>`).join('\n')}</tbody>
</table>`;
    case 'diagram':
      return `<figure role="group" aria-label="${escapeHtml(block.alt)}"${block.widthPercent ? ` style="width:${block.widthPercent}%;margin-left:auto;margin-right:auto"` : ''}>${block.diagram.svg}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
  }
}

function renderCell(cell: Cell): string {
  const lines = cell.lines.map((line) => `<div class="line">${escapeHtml(line)}</div>`).join('');
  return `<td${cell.strong ? ' class="strong"' : ''}>${lines}</td>`;
}
