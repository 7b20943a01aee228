// The blocks a briefing outline is made of. Both renderers (HTML/PDF and Word) draw exactly these, so
// the section builders and the renderers meet here and nowhere else.
import type { ChainDiagram } from './chainSvg';
import type { BriefingLang } from './types';

export interface Cell {
  /** Lines of the cell, in order. */
  lines: string[];
  strong?: boolean;
}

export interface Column {
  title: string;
  /** Share of the table width, in percent. */
  width: number;
}

export type Block =
  | {
      kind: 'cover';
      title: string;
      subtitle: string;
      facts: { label: string; value: string }[];
      /** Between a fact's label and value where the format needs one (Word). */
      labelSeparator: string;
      notices: { text: string; tone: 'warning' | 'info' }[];
      footnote: string;
    }
  | { kind: 'heading'; level: 1 | 2; text: string; newPage?: boolean }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'note' | 'warning' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][] }
  /** widthPercent: of the text width (default the whole), so a tall drawing leaves room on its page. */
  | { kind: 'diagram'; diagram: ChainDiagram; caption: string; alt: string; widthPercent?: number };

export interface Outline {
  lang: BriefingLang;
  title: string;
  /** Footer text with {page} and {total} placeholders. */
  footer: string;
  blocks: Block[];
}

/** Table columns from translated titles and their widths (percent); a missing width falls back to 10. */
export function columns(titles: readonly string[], widths: number[]): Column[] {
  return titles.map((title, i) => ({ title, width: widths[i] ?? 10 }));
}

/** A one-line table cell. */
export function cell(text: string, strong = false): Cell {
  return { lines: [text], strong };
}
