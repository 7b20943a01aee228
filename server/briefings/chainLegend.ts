// The chain diagram's legend: severity borders, "no gap", the FEEDS arrow, local and outside firms, and
// the note on illustrative counts when any count includes them. Items flow into rows within the width.
import { SEVERITIES } from '../../graph/model';
import { firmMark, MARKS, n } from './chainMarks';
import { severityLabel, textFor } from './text';
import { escapeXml, textWidth } from './textLayout';
import type { BriefingLang } from './types';

interface LegendOptions {
  lang: BriefingLang;
  /** The drawing's width and margin: rows wrap before the right margin. */
  width: number;
  margin: number;
  top: number;
  font: number;
  withIllustrativeNote: boolean;
}

export function legendRow({ lang, width, margin, top, font, withIllustrativeNote }: LegendOptions): { svg: string; bottom: number } {
  const text = textFor(lang);
  const items: { width: number; draw: (x: number, y: number) => string }[] = [];
  const label = (x: number, y: number, words: string): string =>
    `<text x="${n(x)}" y="${n(y + 16)}" font-size="${font}" fill="#111">${escapeXml(words)}</text>`;
  items.push({
    width: textWidth(`${text.legendTitle}:`, font) + 8,
    draw: (x, y) => `<text x="${n(x)}" y="${n(y + 15)}" font-size="${font}" font-weight="bold" fill="#111">${escapeXml(text.legendTitle)}:</text>`,
  });
  for (const severity of [...SEVERITIES, 'none'] as const) {
    const words = severity === 'none' ? text.legendNoGap : severityLabel(severity, lang);
    const mark = MARKS[severity];
    items.push({
      width: 46 + textWidth(words, font) + 18,
      draw: (x, y) => {
        const dash = mark.dash ? ` stroke-dasharray="${mark.dash}"` : '';
        const outer = mark.double
          ? `<rect x="${n(x - 3)}" y="${n(y - 1)}" width="42" height="24" rx="5" fill="none" stroke="${mark.stroke}" stroke-width="1.2"/>`
          : '';
        return (
          outer +
          `<rect x="${n(x)}" y="${n(y + 2)}" width="36" height="18" rx="3" fill="#fff" stroke="${mark.stroke}" stroke-width="${mark.width}"${dash}/>` +
          label(x + 46, y, words)
        );
      },
    });
  }
  items.push({
    width: 44 + textWidth(text.legendFeeds, font) + 18,
    draw: (x, y) =>
      `<line x1="${n(x)}" y1="${n(y + 11)}" x2="${n(x + 30)}" y2="${n(y + 11)}" stroke="#222" stroke-width="2" marker-end="url(#arrow)"/>` +
      label(x + 42, y, text.legendFeeds),
  });
  for (const local of [true, false]) {
    const words = local ? text.legendLocalFirm : text.legendOutsideFirm;
    items.push({
      width: 20 + textWidth(words, font) + 18,
      draw: (x, y) => firmMark(x, y + 5, 12, local) + label(x + 20, y, words),
    });
  }
  if (withIllustrativeNote) {
    items.push({ width: textWidth(text.countsIllustrative, font) + 10, draw: (x, y) => label(x, y, text.countsIllustrative) });
  }
  const rowHeight = 30;
  let x = margin;
  let y = top;
  const out: string[] = [];
  for (const item of items) {
    if (x + item.width > width - margin && x > margin) {
      x = margin;
      y += rowHeight;
    }
    out.push(item.draw(x, y));
    x += item.width;
  }
  return { svg: out.join(''), bottom: y + rowHeight };
}
