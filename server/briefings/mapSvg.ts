// The briefing's county tile map as SVG: the explorer's schematic (graph/model/tileLayouts.ts) with each
// county coloured by its average six-ones score on the same sequential scale, the value written in the
// tile, the Yangtze as a band and the partners across it outlined. "No data" is hatched and written, so
// grey print keeps every mark; the legend says what each fill means.
import type { RegionMap } from '../../graph/model/regionMap';
import { missingTiles, placeAcross, placeTiles, TILE_LAYOUTS, type Placed } from '../../graph/model/tileLayouts';
import { classOf, rangeClasses, spreadEdges } from '../../graph/model/tileScale';
import type { ChainDiagram } from './chainSvg';
import { n } from './chainMarks';
import { escapeXml, textWidth } from './textLayout';
import type { BriefingLang } from './types';

const TILE = 104;
const GAP = 8;
const MARGIN = 16;
const RIVER = 30;
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'SimHei', sans-serif";

export const MAP_TEXT = {
  zh: { river: '长江', noData: '无数据', tooSmall: '过少', legend: '“六个一”平均得分', across: '江南合作地区（不着色）', current: '本地区' },
  en: { river: 'Yangtze River', noData: 'No data', tooSmall: 'Too few', legend: 'Average six-ones score', across: 'Partners across the river (not coloured)', current: 'This region' },
} as const;

interface Named {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** A name's font size: 17 px, smaller when a long romanised name (Chongchuan) would overrun the tile. */
const fit = (name: string, width: number): number => Math.min(17, (17 * (width - 14)) / Math.max(1, textWidth(name, 17) * 1.08));

const nameOf = (r: Named, lang: BriefingLang): string =>
  lang === 'en' ? r.nameEn.replace(/ (City|County|District)$/, '') : r.nameZh.length > 2 ? r.nameZh.replace(/[市县区]$/, '') : r.nameZh;

/** The map of `map`'s children coloured by score; `across` are drawn beyond the river, `highlight` framed. */
export function renderMapSvg(map: RegionMap, lang: BriefingLang, across: readonly Named[], title: string, highlight?: string): ChainDiagram {
  const t = MAP_TEXT[lang];
  const layout = TILE_LAYOUTS[map.region.id];
  const columns = layout?.columns ?? 4;
  const classes = rangeClasses(spreadEdges(map.children.map((c) => c.score.value)));
  const { placed, unplaced } = placeTiles(layout, map.children, (c) => c.region.id);
  const ghosts = missingTiles(layout, new Set(map.children.map((c) => c.region.id)));
  const beyond = layout ? placeAcross(layout, across, (r) => r.id) : [];
  const lastRow = Math.max(layout?.rows ?? 0, ...beyond.map((p) => p.row + 1));
  // Unplaced children follow in rows below, so none is dropped.
  const extra: Placed<RegionMap['children'][number]>[] = unplaced.map((item, i) => ({ item, col: i % columns, row: lastRow + Math.floor(i / columns), span: 1 }));
  const rows = lastRow + Math.ceil(unplaced.length / columns);
  // The river takes a band of its own between its two rows.
  const y = (row: number): number => MARGIN + row * (TILE + GAP) + (layout && row >= layout.river ? RIVER + GAP : 0);
  const x = (col: number): number => MARGIN + col * (TILE + GAP);
  const width = MARGIN * 2 + columns * TILE + (columns - 1) * GAP;
  const parts: string[] = [];

  const tile = (p: Placed<unknown>, fill: string, ink: string, name: string, value: string, extraAttrs = ''): void => {
    const w = p.span * TILE + (p.span - 1) * GAP;
    parts.push(
      `<g${extraAttrs}><rect x="${n(x(p.col))}" y="${n(y(p.row))}" width="${n(w)}" height="${TILE}" rx="6" fill="${fill}" stroke="#52606d" stroke-width="1.2"/>`,
      `<text x="${n(x(p.col) + w / 2)}" y="${n(y(p.row) + TILE / 2 - 6)}" text-anchor="middle" font-size="${n(fit(name, w))}" font-weight="bold" fill="${ink}">${escapeXml(name)}</text>`,
      value ? `<text x="${n(x(p.col) + w / 2)}" y="${n(y(p.row) + TILE / 2 + 20)}" text-anchor="middle" font-size="19" font-weight="bold" fill="${ink}">${escapeXml(value)}</text>` : '',
      '</g>',
    );
  };
  for (const p of [...placed, ...extra]) {
    const v = p.item.score;
    const cls = v.status === 'rated' ? classOf(classes, v.value) : null;
    const text = v.status === 'rated' && v.value !== null ? v.value.toFixed(1) : v.status === 'too-small' ? t.tooSmall : t.noData;
    tile(p, cls ? cls.fill : 'url(#nodata)', cls ? cls.ink : '#1f2933', nameOf(p.item.region, lang), text, ` data-region="${escapeXml(p.item.region.id)}"`);
    if (p.item.region.id === highlight) {
      parts.push(`<rect x="${n(x(p.col) + 3)}" y="${n(y(p.row) + 3)}" width="${TILE - 6}" height="${TILE - 6}" rx="4" fill="none" stroke="#1d3557" stroke-width="5"/>`);
    }
  }
  for (const p of ghosts) tile(p, 'url(#nodata)', '#52606d', nameOf(p.item, lang), t.noData);
  if (layout) {
    const top = MARGIN + layout.river * (TILE + GAP);
    parts.push(
      `<rect x="${MARGIN}" y="${n(top)}" width="${n(width - 2 * MARGIN)}" height="${RIVER}" rx="15" fill="#a9cbe6"/>`,
      `<text x="${n(width / 2)}" y="${n(top + 21)}" text-anchor="middle" font-size="15" font-weight="bold" letter-spacing="3" fill="#14365a">${escapeXml(t.river)}</text>`,
    );
  }
  for (const p of beyond) {
    const w = p.span * TILE + (p.span - 1) * GAP;
    parts.push(
      `<rect x="${n(x(p.col))}" y="${n(y(p.row))}" width="${n(w)}" height="${TILE}" rx="6" fill="#ffffff" stroke="#1d3557" stroke-width="2" stroke-dasharray="7 4"/>`,
      `<text x="${n(x(p.col) + w / 2)}" y="${n(y(p.row) + TILE / 2 + 6)}" text-anchor="middle" font-size="17" font-weight="bold" fill="#1d3557">${escapeXml(lang === 'en' ? p.item.nameEn : p.item.nameZh)}</text>`,
    );
  }
  const legendTop = y(rows) + 4;
  const { svg: legend, bottom } = legendSvg(lang, legendTop, width, classes, ghosts.length > 0 || map.children.some((c) => c.score.status !== 'rated'), beyond.length > 0, highlight !== undefined);
  const height = bottom + MARGIN;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT}" role="img" data-map="${escapeXml(map.region.id)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs><pattern id="nodata" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="2.5" height="8" fill="#bcccdc"/></pattern></defs>` +
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>` +
    parts.join('') +
    legend +
    `</svg>`;
  return { svg, width, height };
}

/** Swatches in rows that wrap within the drawing's width. */
function legendSvg(
  lang: BriefingLang,
  top: number,
  width: number,
  classes: ReturnType<typeof rangeClasses>,
  noData: boolean,
  across: boolean,
  current: boolean,
): { svg: string; bottom: number } {
  const t = MAP_TEXT[lang];
  const items: { label: string; swatch: string }[] = classes.map((c) => ({ label: c.label, swatch: `fill="${c.fill}" stroke="#52606d"` }));
  if (noData) items.push({ label: t.noData, swatch: 'fill="url(#nodata)" stroke="#52606d" stroke-dasharray="3 2"' });
  if (across) items.push({ label: t.across, swatch: 'fill="#ffffff" stroke="#1d3557" stroke-width="2" stroke-dasharray="4 2"' });
  if (current) items.push({ label: t.current, swatch: 'fill="#ffffff" stroke="#1d3557" stroke-width="4"' });
  const parts = [`<text x="${MARGIN}" y="${n(top + 16)}" font-size="15" font-weight="bold" fill="#1f2933">${escapeXml(t.legend)}</text>`];
  let cx = MARGIN;
  let cy = top + 28;
  for (const item of items) {
    const w = 24 + textWidth(item.label, 14) + 18;
    if (cx + w > width - MARGIN && cx > MARGIN) {
      cx = MARGIN;
      cy += 26;
    }
    parts.push(
      `<rect x="${n(cx)}" y="${n(cy)}" width="18" height="18" rx="2" ${item.swatch}/>`,
      `<text x="${n(cx + 24)}" y="${n(cy + 14)}" font-size="14" fill="#1f2933">${escapeXml(item.label)}</text>`,
    );
    cx += w;
  }
  return { svg: parts.join(''), bottom: cy + 20 };
}
