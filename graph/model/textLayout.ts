// Text helpers both SVG writers share: the chain export in the browser (client/src/views/chains/svg/)
// and the briefing diagrams on the server (server/briefings/textLayout.ts). Pure, no imports. Each side
// keeps its own per-character width table: the export estimates what Cytoscape's canvas draws, the
// briefing its own print font, so only the measuring loop and the cutting rules are shared here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text and attribute values, safe inside a standalone XML document (the apostrophe as &apos;). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "'" ? '&apos;' : (ENTITIES[c] ?? c)));
}

/** The same for HTML and SVG inlined in it, where &apos; is not an HTML 4 entity (the apostrophe as &#39;). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : (ENTITIES[c] ?? c)));
}

/** A text's width as the sum of its characters' widths (by code point, so surrogate pairs count once). */
export function sumCharWidths(text: string, widthOf: (char: string) => number): number {
  let width = 0;
  for (const char of text) width += widthOf(char);
  return width;
}

/** A word too wide for its line, cut between characters: each piece as long as fits, at least one character. */
export function breakWord(word: string, fits: (text: string) => boolean): string[] {
  if (fits(word)) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && !fits(piece + char)) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The longest start of a line that still fits with "…" after it (the caller adds the "…"). */
export function ellipsisPrefix(line: string, fits: (text: string) => boolean): string {
  let chars = [...line];
  while (chars.length > 0 && !fits(`${chars.join('')}…`)) chars = chars.slice(0, -1);
  return chars.join('');
}
