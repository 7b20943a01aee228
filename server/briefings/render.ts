// Turns an assembled briefing into the file asked for: the HTML view, a PDF printed from it, or Word.
import { asOfFileTag } from './asOfText';
import { buildDocx } from './docx';
import { briefingFileName, CONTENT_TYPES, type BriefingFileName } from './filename';
import { renderHtml } from './html';
import { buildOutline, scopeTitle, type Block } from './outline';
import { regionName } from './regionText';
import { htmlToPdf, svgsToPng } from './renderer';
import type { Briefing, BriefingFormat } from './types';

export interface BriefingFile {
  body: Buffer;
  contentType: string;
  fileName: BriefingFileName;
}

/** The font the PDF's page-number footer is set in (Chromium prints footers outside the page's CSS). */
const FOOTER_FONT = "'Noto Sans CJK SC', 'Noto Sans', sans-serif";

export async function renderBriefing(briefing: Briefing, format: BriefingFormat): Promise<BriefingFile> {
  const outline = buildOutline(briefing);
  // Another region than the home city is named in the file name, so two regions' files never share one.
  const { region } = briefing;
  const fileName = briefingFileName({
    lang: briefing.lang,
    format,
    scopeName: `${region.home ? scopeTitle(briefing) : `${regionName(region, briefing.lang)}-${scopeTitle(briefing)}`}${briefing.asOf ? `-${asOfFileTag(briefing.asOf, briefing.lang)}` : ''}`,
    // A briefing as of a past moment is tagged with it, so it is never taken for today's.
    scopeIds: [
      ...(region.home ? [] : [region.id]),
      ...(briefing.scope.kind === 'city' ? ['city'] : briefing.scope.ids),
      ...(briefing.asOf ? [asOfFileTag(briefing.asOf, 'en')] : []),
    ],
    date: briefing.generatedAt,
  });
  let body: Buffer;
  if (format === 'html') {
    body = Buffer.from(renderHtml(outline), 'utf8');
  } else if (format === 'pdf') {
    body = await htmlToPdf(renderHtml(outline), { footer: outline.footer, fontFamily: FOOTER_FONT });
  } else {
    body = await buildDocx(outline, await rasteriseDiagrams(outline.blocks));
  }
  return { body, contentType: CONTENT_TYPES[format], fileName };
}

/** Word shows raster images reliably everywhere (WPS included): each diagram becomes a PNG. */
async function rasteriseDiagrams(blocks: Block[]): Promise<Map<Block, Buffer>> {
  const diagrams = blocks.filter((b): b is Extract<Block, { kind: 'diagram' }> => b.kind === 'diagram');
  const pngs = await svgsToPng(diagrams.map((b) => b.diagram));
  return new Map(diagrams.map((block, i) => [block, pngs[i] ?? Buffer.alloc(0)]));
}
