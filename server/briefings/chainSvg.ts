// The chain diagram as SVG: links left to right by stage and order, FEEDS arrows, the firms, platforms
// and institutes covering each link, and gap marks that survive black-and-white printing (border
// style, a shaped badge and a written label per severity, colour only on top).
import { CHAIN_STAGES, SEVERITIES, type Gap, type GapRuleInfo, type Severity } from '../../graph/model';
import { displayName, SEVERITY_SYMBOL, stageLabel, textFor } from './text';
import { legendRow } from './chainLegend';
import { firmMark, MARKS, n } from './chainMarks';
import { escapeXml, wrapBalanced, wrapText } from './textLayout';
import type { BriefingLang, ChainLinkView, ChainView } from './types';

const LAYOUT = {
  /** Outer margin of the drawing. */
  margin: 16,
  /** Width of one link box; seven CJK characters of the name fit on a line. */
  boxWidth: 140,
  /** Horizontal space between boxes, where the FEEDS arrows run. */
  boxGap: 40,
  /** How far a stage band reaches beyond its outer boxes (clear of a double border). */
  bandPadding: 12,
  /** Height of the stage band's title row above the boxes. */
  stageHeader: 34,
  /** Room above the boxes for arcs of FEEDS that skip a link (only when there are any). */
  arcSpace: 30,
  /** Font sizes: link names, counts, gap labels and legend, stage titles. */
  nameFont: 18,
  countFont: 15,
  labelFont: 14,
  stageFont: 16,
  /** Lines allowed for a link name and for the gap labels under a box. */
  nameLines: 3,
  labelLines: 4,
  /** The legend wraps within this width at least, so it stays readable under a short chain. */
  minWidth: 720,
  fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'SimHei', sans-serif",
} as const;

const STAGE_FILL = ['#f2f2f2', '#e4e4e4', '#f2f2f2'];

export interface ChainDiagram {
  svg: string;
  width: number;
  height: number;
}

export interface ChainDiagramInput {
  chain: ChainView;
  /** The industry's gaps; those whose subject is a link mark that link. */
  gaps: Gap[];
  rules: GapRuleInfo[];
  lang: BriefingLang;
  /** For the drawing's accessible title. */
  industryName: string;
}

export function orderedLinks(chain: ChainView): ChainLinkView[] {
  const stageIndex = (l: ChainLinkView): number => CHAIN_STAGES.indexOf(l.stage);
  return [...chain.links].sort((a, b) => stageIndex(a) - stageIndex(b) || a.order - b.order || a.id.localeCompare(b.id));
}

export function worstSeverity(gaps: Gap[]): Severity | undefined {
  return SEVERITIES.find((s) => gaps.some((g) => g.severity === s));
}

export function renderChainSvg({ chain, gaps, rules, lang, industryName }: ChainDiagramInput): ChainDiagram {
  const text = textFor(lang);
  const links = orderedLinks(chain);
  const column = new Map(links.map((l, i) => [l.id, i]));
  const feeds = chain.feeds.filter((f) => column.has(f.from) && column.has(f.to));
  const skipping = feeds.some((f) => (column.get(f.to) ?? 0) - (column.get(f.from) ?? 0) !== 1);
  // Under a box there is room for the rule's short name only ("缺链", "Missing link"), before any colon.
  const ruleTitle = new Map(rules.map((r) => [r.id, shortTitle(lang === 'zh' ? r.titleZh : r.titleEn)]));
  const gapsOf = (link: ChainLinkView): Gap[] =>
    gaps
      .filter((g) => g.subject.id === link.id)
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));

  const { margin, boxWidth, boxGap } = LAYOUT;
  const innerWidth = boxWidth - 12;
  const nameLines = links.map((l) => wrapBalanced(displayName(l, lang), innerWidth, LAYOUT.nameFont, LAYOUT.nameLines));
  const maxNameLines = Math.max(1, ...nameLines.map((l) => l.length));
  const countsTop = 14 + maxNameLines * (LAYOUT.nameFont + 4) + 10;
  // Five count rows: firms, their local and outside parts, platforms, institutes.
  const boxHeight = countsTop + COUNT_ROWS * (LAYOUT.countFont + 5) + 10;
  const labelLines = links.map((l) =>
    wrapText(
      gapsOf(l)
        .map((g) => `${SEVERITY_SYMBOL[g.severity]}${ruleTitle.get(g.ruleId) ?? g.ruleId}`)
        .join(text.semicolon),
      boxWidth + boxGap - 16,
      LAYOUT.labelFont,
      LAYOUT.labelLines,
    ),
  );
  const maxLabelLines = Math.max(0, ...labelLines.map((l) => l.length));
  const severities = links.map((l) => worstSeverity(gapsOf(l)));
  /** Room a box's outer (double) border takes beside it. */
  const outset = (i: number): number => (severities[i] === 'high' ? 6 : 1);

  const chainWidth = margin * 2 + links.length * boxWidth + Math.max(0, links.length - 1) * boxGap;
  const width = Math.max(chainWidth, LAYOUT.minWidth);
  const offsetX = (width - chainWidth) / 2 + margin;
  const boxTop = margin + LAYOUT.stageHeader + (skipping ? LAYOUT.arcSpace : 0) + 8;
  const labelsTop = boxTop + boxHeight + 12;
  const bandBottom = labelsTop + maxLabelLines * (LAYOUT.labelFont + 4) + 6;
  const boxX = (i: number): number => offsetX + i * (boxWidth + boxGap);

  const parts: string[] = [];
  // Stage bands behind the boxes, one per stage present, titled.
  for (const stage of CHAIN_STAGES) {
    const indices = links.flatMap((l, i) => (l.stage === stage ? [i] : []));
    if (indices.length === 0) continue;
    const first = Math.min(...indices);
    const last = Math.max(...indices);
    const x = boxX(first) - LAYOUT.bandPadding;
    const w = boxX(last) + boxWidth + LAYOUT.bandPadding - x;
    const fill = STAGE_FILL[CHAIN_STAGES.indexOf(stage)] ?? '#f2f2f2';
    parts.push(
      `<rect x="${n(x)}" y="${margin}" width="${n(w)}" height="${n(bandBottom - margin)}" rx="6" fill="${fill}" stroke="#9a9a9a" stroke-width="1"/>`,
      `<text x="${n(x + w / 2)}" y="${margin + 23}" text-anchor="middle" font-size="${LAYOUT.stageFont}" font-weight="bold" fill="#222">${escapeXml(stageLabel(stage, lang))}</text>`,
    );
  }

  // FEEDS arrows: straight between neighbours, an arc above the boxes when a link is skipped.
  const midY = boxTop + boxHeight / 2;
  for (const feed of feeds) {
    const from = column.get(feed.from) ?? 0;
    const to = column.get(feed.to) ?? 0;
    const dash = feed.illustrative ? ' stroke-dasharray="6 4"' : '';
    if (to - from === 1) {
      const x1 = boxX(from) + boxWidth + outset(from) + 1;
      const x2 = boxX(to) - outset(to) - 2;
      parts.push(`<line x1="${n(x1)}" y1="${n(midY)}" x2="${n(x2)}" y2="${n(midY)}" stroke="#222" stroke-width="2"${dash} marker-end="url(#arrow)"/>`);
    } else {
      const x1 = boxX(from) + boxWidth / 2 + 10;
      const x2 = boxX(to) + boxWidth / 2 - 10;
      const y = boxTop - 8;
      const top = boxTop - LAYOUT.arcSpace - 4;
      parts.push(
        `<path d="M ${n(x1)} ${n(y)} C ${n(x1)} ${n(top)}, ${n(x2)} ${n(top)}, ${n(x2)} ${n(y - 2)}" fill="none" stroke="#222" stroke-width="2"${dash} marker-end="url(#arrow)"/>`,
      );
    }
  }

  links.forEach((link, i) => {
    const x = boxX(i);
    const severity = severities[i];
    parts.push(`<g data-link="${escapeXml(link.id)}">`, box(x, boxTop, boxHeight, severity));
    (nameLines[i] ?? []).forEach((line, li) => {
      parts.push(
        `<text x="${n(x + boxWidth / 2)}" y="${n(boxTop + 14 + LAYOUT.nameFont + li * (LAYOUT.nameFont + 4) - 2)}" text-anchor="middle" font-size="${LAYOUT.nameFont}" font-weight="bold" fill="#111">${escapeXml(line)}</text>`,
      );
    });
    parts.push(
      `<line x1="${n(x + 10)}" y1="${n(boxTop + countsTop - 6)}" x2="${n(x + boxWidth - 10)}" y2="${n(boxTop + countsTop - 6)}" stroke="#999" stroke-width="1"/>`,
    );
    parts.push(...countRows(link, lang, x, boxTop + countsTop), '</g>');
    if (severity) parts.push(badge(x + boxWidth - 4, boxTop + 4, severity, 13));
    (labelLines[i] ?? []).forEach((line, li) => {
      parts.push(
        `<text x="${n(x - 8)}" y="${n(labelsTop + LAYOUT.labelFont + li * (LAYOUT.labelFont + 4))}" font-size="${LAYOUT.labelFont}" fill="${MARKS[severity ?? 'none'].stroke}">${escapeXml(line)}</text>`,
      );
    });
  });

  const anyIllustrativeCounts = links.some((l) => l.countsIncludeIllustrative);
  const legend = legendRow({
    lang,
    width,
    margin,
    top: bandBottom + 14,
    font: LAYOUT.labelFont,
    withIllustrativeNote: anyIllustrativeCounts,
  });
  const height = legend.bottom + margin;
  const title = escapeXml(text.diagramAlt(industryName));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${LAYOUT.fontFamily}" role="img">` +
    `<title>${title}</title>` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#222"/></marker></defs>` +
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>` +
    parts.join('') +
    legend.svg +
    `</svg>`;
  return { svg, width, height };
}

const COUNT_ROWS = 5;

/**
 * A box's counts, one per row: firms (starred when illustrative ones are counted), then indented with
 * their marks the local and the outside firms, so a missing link served only from outside reads right;
 * then platforms and institutes.
 */
function countRows(link: ChainLinkView, lang: BriefingLang, x: number, top: number): string[] {
  const text = textFor(lang);
  const { counts } = link;
  // `key` names a firm count for readers of the SVG (tests, assistive tools); the others need none.
  const rows: { word: string; count: string; key?: string; local?: boolean }[] = [
    { word: text.countsWord.enterprises, count: `${counts.enterprises}${link.countsIncludeIllustrative ? '*' : ''}`, key: 'firms' },
    { word: text.countsLocal, count: String(counts.localEnterprises), key: 'local', local: true },
    { word: text.countsOutside, count: String(counts.enterprises - counts.localEnterprises), key: 'outside', local: false },
    { word: text.countsWord.platforms, count: String(counts.platforms) },
    { word: text.countsWord.institutes, count: String(counts.institutes) },
  ];
  const font = LAYOUT.countFont;
  return rows.flatMap((row, i) => {
    const y = top + font + i * (font + 5);
    const sub = row.local !== undefined;
    const key = row.key ? ` data-count="${row.key}"` : '';
    return [
      ...(sub ? [firmMark(x + 26, y - font + 4, 10, row.local === true)] : []),
      `<text x="${n(x + (sub ? 42 : 14))}" y="${n(y)}" font-size="${font}" fill="#222">${escapeXml(row.word)}</text>`,
      `<text x="${n(x + LAYOUT.boxWidth - 14)}" y="${n(y)}" text-anchor="end" font-size="${font}" font-weight="${sub ? 'normal' : 'bold'}" fill="#111"${key}>${row.count}</text>`,
    ];
  });
}

/** A link box; a high-severity gap gets a second, outer border so it reads as "double" in grey print. */
function box(x: number, y: number, height: number, severity: Severity | undefined): string {
  const mark = MARKS[severity ?? 'none'];
  const dash = mark.dash ? ` stroke-dasharray="${mark.dash}"` : '';
  const w = LAYOUT.boxWidth;
  const outer = mark.double
    ? `<rect x="${n(x - 5)}" y="${n(y - 5)}" width="${n(w + 10)}" height="${n(height + 10)}" rx="10" fill="none" stroke="${mark.stroke}" stroke-width="1.5"/>`
    : '';
  return (
    outer +
    `<rect x="${n(x)}" y="${n(y)}" width="${w}" height="${n(height)}" rx="6" fill="#ffffff" stroke="${mark.stroke}" stroke-width="${mark.width}"${dash}/>`
  );
}

/** A badge whose shape names the severity: triangle high, diamond medium, circle low. */
function badge(cx: number, cy: number, severity: Severity, r: number): string {
  const { stroke } = MARKS[severity];
  const shape =
    severity === 'high'
      ? `<polygon points="${n(cx)},${n(cy - r)} ${n(cx + r)},${n(cy + r * 0.8)} ${n(cx - r)},${n(cy + r * 0.8)}" fill="${stroke}" stroke="#fff" stroke-width="1.5"/>`
      : severity === 'medium'
        ? `<polygon points="${n(cx)},${n(cy - r)} ${n(cx + r)},${n(cy)} ${n(cx)},${n(cy + r)} ${n(cx - r)},${n(cy)}" fill="${stroke}" stroke="#fff" stroke-width="1.5"/>`
        : `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.8)}" fill="${stroke}" stroke="#fff" stroke-width="1.5"/>`;
  return shape;
}

/** A rule title up to its first colon or dash: the part a reader recognises. */
export function shortTitle(title: string): string {
  const short = title.split(/[：:—–]| - /u)[0]?.trim();
  return short && short.length > 0 ? short : title;
}
