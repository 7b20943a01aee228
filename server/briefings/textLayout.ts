// Measuring and wrapping text for SVG, which cannot wrap by itself. Widths are estimates good enough
// for labels: CJK and full-width characters take a whole em, Latin letters about half. The measuring
// loop, the word cutting and the escaping are shared with the browser's SVG export (graph/model/textLayout).
import { breakWord, ellipsisPrefix, escapeHtml, sumCharWidths } from '../../graph/model/textLayout';

/** Briefings inline their SVG in HTML, so the apostrophe is written as &#39;. */
export { escapeHtml as escapeXml };

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Punctuation that must not start a line (Chinese typesetting rule 避头点). */
const NO_LINE_START = /^[，。、；：？！）》」』】,.;:?!)]/u;

export function charWidth(char: string, fontSize: number): number {
  if (WIDE.test(char)) return fontSize;
  if (/[A-Z]/.test(char)) return fontSize * 0.66;
  if (/[mwMW]/.test(char)) return fontSize * 0.8;
  if (/[il.,;:'|!]/.test(char)) return fontSize * 0.3;
  if (char === ' ') return fontSize * 0.3;
  return fontSize * 0.56;
}

export function textWidth(text: string, fontSize: number): number {
  return sumCharWidths(text, (char) => charWidth(char, fontSize));
}

/**
 * Splits text into lines no wider than maxWidth: at spaces for Latin text, between characters for CJK,
 * keeping closing punctuation with the character before it. At most maxLines; the last line ends in "…".
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const tokens = tokenize(text);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line === '' || textWidth(candidate.trimEnd(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (NO_LINE_START.test(token) && line.length > 1) {
      // Carry the last character down with the punctuation.
      const chars = [...line];
      const last = chars.pop() ?? '';
      lines.push(chars.join('').trimEnd());
      line = last + token;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  const split = lines.flatMap((l) => breakLongLine(l, maxWidth, fontSize));
  if (split.length <= maxLines) return split;
  const kept = split.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1] ?? '', maxWidth, fontSize);
  return kept;
}

/**
 * Like wrapText, but with lines of even length ("零部件精密 / 加工件" rather than "零部件精密加工 / 件"):
 * the narrowest width that needs no more lines than the full width does.
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const full = wrapText(text, maxWidth, fontSize, maxLines);
  if (full.length <= 1 || full.length >= maxLines) return full;
  let low = textWidth(text, fontSize) / full.length;
  let high = maxWidth;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (wrapText(text, mid, fontSize).length <= full.length) high = mid;
    else low = mid;
  }
  return wrapText(text, high, fontSize, maxLines);
}

/** Words (with their trailing space) for Latin text; single characters for CJK. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  for (const char of text) {
    if (WIDE.test(char)) {
      if (word) tokens.push(word);
      word = '';
      tokens.push(char);
    } else if (char === ' ') {
      tokens.push(word + ' ');
      word = '';
    } else {
      word += char;
    }
  }
  if (word) tokens.push(word);
  return tokens;
}

/** A single word wider than the line is cut between characters. */
function breakLongLine(line: string, maxWidth: number, fontSize: number): string[] {
  return breakWord(line, (part) => textWidth(part, fontSize) <= maxWidth);
}

function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  return ellipsisPrefix(line, (part) => textWidth(part, fontSize) <= maxWidth).trimEnd() + '…';
}
