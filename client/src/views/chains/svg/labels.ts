// Labels: the estimated width of a text, its lines as Cytoscape wraps them, and the <text> element.
import type cytoscape from 'cytoscape';
import { breakWord, ellipsisPrefix, escapeXml, sumCharWidths } from '../../../../../graph/model/textLayout';
import { attrs, num, str, type Bounds } from '../../chains/svg/markup';

/** Estimated advance of a text: CJK and full-width glyphs are square, Latin about half as wide. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const units = sumCharWidths(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code >= 0x2e80 || (code >= 0x25a0 && code <= 0x27bf) ? 1 : ch === ' ' ? 0.3 : 0.56;
  });
  return units * fontSize * (bold ? 1.05 : 1);
}

/** Label lines as Cytoscape lays them out: explicit breaks, then wrapping at text-max-width. */
export function labelLines(text: string, options: { wrap: string; maxWidth: number; fontSize: number; anywhere: boolean; bold?: boolean }): string[] {
  if (options.wrap === 'none') return [text.replace(/\n/g, ' ')];
  const fits = (s: string) => textWidth(s, options.fontSize, options.bold) <= options.maxWidth;
  if (options.wrap === 'ellipsis') {
    const line = text.replace(/\n/g, ' ');
    return fits(line) ? [line] : [`${ellipsisPrefix(line, fits)}…`];
  }
  if (options.wrap !== 'wrap') return [text];
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = options.anywhere ? [...paragraph] : paragraph.split(/(\s+)/);
    let line = '';
    for (const word of words) {
      const candidate = line + word;
      if (line === '' || fits(candidate)) {
        line = candidate;
        continue;
      }
      out.push(line.trimEnd());
      // A single word wider than the limit breaks between characters; its last piece starts the next line.
      const pieces = breakWord(word.trimStart(), fits);
      line = pieces.pop() ?? '';
      out.push(...pieces);
    }
    out.push(line.trimEnd());
  }
  return out;
}

export interface LabelBox {
  /** Anchor of the text block. */
  x: number;
  top: number;
  anchor: 'start' | 'middle' | 'end';
}

export function labelMarkup(ele: cytoscape.SingularElementArgument, box: (lines: string[], fontSize: number, lineStep: number) => LabelBox, bounds: Bounds): string {
  const text = str(ele, 'label');
  if (text.trim() === '') return '';
  const fontSize = num(ele, 'font-size', 12);
  const weight = str(ele, 'font-weight');
  const bold = weight === 'bold' || Number(weight) >= 600;
  const lines = labelLines(text, {
    wrap: str(ele, 'text-wrap'),
    maxWidth: num(ele, 'text-max-width', 9999),
    fontSize,
    anywhere: str(ele, 'text-overflow-wrap') === 'anywhere',
    bold,
  });
  const lineStep = fontSize * Math.max(1, num(ele, 'line-height', 1)) * 1.2;
  const at = box(lines, fontSize, lineStep);
  const widest = Math.max(...lines.map((l) => textWidth(l, fontSize, bold)));
  const left = at.anchor === 'middle' ? at.x - widest / 2 : at.anchor === 'end' ? at.x - widest : at.x;
  bounds.add(left, at.top);
  bounds.add(left + widest, at.top + lines.length * lineStep);
  const tspans = lines
    .map((line, i) => `<tspan${attrs({ x: at.x, y: at.top + i * lineStep + fontSize * 0.92 })}>${escapeXml(line)}</tspan>`)
    .join('');
  return `<text${attrs({
    'font-size': fontSize,
    'font-family': str(ele, 'font-family'),
    'font-style': str(ele, 'font-style') === 'italic' ? 'italic' : undefined,
    'font-weight': bold ? 'bold' : undefined,
    fill: str(ele, 'color') || '#000000',
    'fill-opacity': num(ele, 'text-opacity', 1) < 1 ? num(ele, 'text-opacity', 1) : undefined,
    'text-anchor': at.anchor,
  })}>${tspans}</text>`;
}
