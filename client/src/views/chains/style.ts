// The chain graph's stylesheet: node type by shape, gap severity by border colour AND border style
// (plus a symbol in the label), missing slots as dashed ghosts; illustrative data is marked once, by
// 〔示例〕 in its label (labels.ts), not by a style.
// Plain JSON (no mapper functions), so it costs nothing per element and tests can reuse it.
import type cytoscape from 'cytoscape';
import { SEVERITIES } from '../../../../graph/model';
import { INK, SEVERITY_BORDERS, SEVERITY_COLOURS } from '../../theme/palette';

export const GRAPH_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Shapes per node type, also drawn in the legend. */
export const TYPE_SHAPES: Record<string, cytoscape.Css.NodeShape> = {
  Industry: 'round-rectangle',
  ChainLink: 'round-rectangle',
  Enterprise: 'ellipse',
  Platform: 'diamond',
  Institute: 'hexagon',
  InnovationCentre: 'octagon',
  Alliance: 'round-triangle',
  Fund: 'round-tag',
  Plan: 'rectangle',
  Park: 'barrel',
  Region: 'round-pentagon',
};

/** The fill of a node whose type has none of its own (and of firms). */
const DEFAULT_FILL = '#d9e2ec';

/** Fills per node type: quiet tints, so that gap colours on borders stand out. */
export const TYPE_FILLS: Record<string, string> = {
  Enterprise: '#d9e2ec',
  Platform: '#c6dbef',
  Institute: '#d4e6de',
  InnovationCentre: '#c9e4de',
  Alliance: '#e1d9ec',
  Fund: '#ece3c9',
  Plan: '#e4e7eb',
  Park: '#dfe8d0',
  Region: '#f0f4f8',
};

/** Member labels wrap (two lines) only up to this many elements: wrapping costs a measure per label. */
export const WRAP_MEMBERS_UP_TO = 1200;

/**
 * Chinese names have no spaces, so they may break anywhere; English breaks between words. Sizes are
 * chosen with the lane layout (layout.ts) so that link and member names are 11 px or more on screen at
 * fit for chains up to about 250 elements; a label under 8 px on screen is not drawn (it returns on zoom).
 */
export function chainStylesheet(lang: 'zh' | 'en' = 'zh', elementCount = 0): cytoscape.StylesheetJson {
  const wrap = { 'text-wrap': 'wrap', 'text-overflow-wrap': lang === 'zh' ? 'anywhere' : 'whitespace' } as const;
  const severity = SEVERITIES.map((level) => ({
    selector: `node[gapSeverity = "${level}"]`,
    style: {
      'border-color': SEVERITY_COLOURS[level],
      'border-width': SEVERITY_BORDERS[level].width,
      'border-style': SEVERITY_BORDERS[level].style,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': GRAPH_FONT,
        'font-size': 12,
        color: INK.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'min-zoomed-font-size': 8,
        width: 22,
        height: 22,
        'background-color': DEFAULT_FILL,
        'border-width': 1,
        'border-color': INK.line,
      },
    },
    // Members can number thousands: one-line labels (text-wrap's default, none), far cheaper to measure.
    {
      selector: 'node[role != "member"]',
      style: { ...wrap, 'text-max-width': '140px' },
    },
    // Only what differs from the defaults above (an ellipse in the firm's tint), so firms get no extra properties.
    ...Object.entries(TYPE_SHAPES)
      .filter(([type, shape]) => shape !== 'ellipse' || (TYPE_FILLS[type] ?? DEFAULT_FILL) !== DEFAULT_FILL)
      .map(([type, shape]) => ({
        selector: `node[type = "${type}"]`,
        style: { shape, 'background-color': TYPE_FILLS[type] ?? DEFAULT_FILL },
      })),
    {
      selector: 'node[role = "industry"]',
      style: {
        width: 210,
        height: 56,
        'background-color': INK.navy,
        'border-color': INK.navy,
        color: '#ffffff',
        'font-size': 17,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '190px',
      },
    },
    {
      selector: 'node[role = "link"]',
      style: {
        width: 254,
        height: 80,
        'background-color': INK.link,
        'border-color': INK.linkBorder,
        'border-width': 1.5,
        'font-size': 14,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '244px',
      },
    },
    // Holders sit in a grid above the lanes: the mark, then name and slot to its right.
    {
      selector: 'node[role = "holder"]',
      style: { width: 26, height: 26, 'font-size': 12, 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 6, 'text-margin-y': 0, 'text-max-width': '152px' },
    },
    {
      selector: 'node[role = "ghost"]',
      style: {
        shape: 'round-rectangle',
        width: 160,
        height: 42,
        'background-color': '#ffffff',
        'background-opacity': 0.6,
        'border-style': 'dashed',
        'border-width': 2,
        'border-color': INK.line,
        color: INK.muted,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '152px',
        'font-size': 12,
      },
    },
    {
      selector: 'node[role = "more"]',
      style: {
        shape: 'round-rectangle',
        width: 64,
        height: 24,
        'background-color': '#ffffff',
        'border-style': 'dotted',
        'border-color': INK.linkBorder,
        color: INK.linkBorder,
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
      },
    },
    // Members are rows under their link: the mark, then the name to its right.
    {
      selector: 'node[role = "member"]',
      style: {
        width: 14,
        height: 14,
        'font-size': 13,
        'text-halign': 'right',
        'text-valign': 'center',
        'text-margin-x': 6,
        'text-margin-y': 0,
        ...(elementCount <= WRAP_MEMBERS_UP_TO ? { ...wrap, 'text-max-width': '220px' } : {}),
      },
    },
    // Local or outside: a filled mark with a solid border, or a hollow one with a dashed border.
    { selector: 'node[role = "member"][?local]', style: { 'border-width': 2, 'border-color': INK.text } },
    {
      selector: 'node[role = "member"][!local]',
      style: { 'background-color': '#ffffff', 'border-width': 2, 'border-style': 'dashed', 'border-color': INK.muted },
    },
    { selector: 'node[role = "region"]', style: { width: 40, height: 40, 'font-size': 12, 'font-weight': 'bold' } },
    ...severity,
    // A missing slot stays dashed whatever its severity: the border colour carries the severity.
    { selector: 'node[role = "ghost"][gapSeverity]', style: { 'border-style': 'dashed', 'border-width': 3 } },
    {
      selector: 'node[role = "ghost"][status = "confirmed-missing"]',
      style: { 'background-color': '#f6e8eb', 'background-opacity': 1, 'border-width': 3, color: INK.text },
    },
    {
      selector: 'node.decor',
      style: {
        shape: 'rectangle',
        width: 'data(w)',
        height: 'data(h)',
        'background-color': '#f3f6f9',
        'border-width': 0,
        label: 'data(display)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 22,
        color: INK.muted,
        'font-size': 14,
        'font-weight': 'bold',
        events: 'no',
      },
    },
    {
      // Changed since ?since= (views/changes): a dashed ring, a shape not a colour; the selection's ring wins.
      selector: 'node.changed',
      style: { 'outline-width': 3, 'outline-style': 'dashed', 'outline-color': INK.text, 'outline-offset': 4, 'outline-opacity': 1 },
    },
    {
      selector: 'node:selected',
      // A thick dark ring as well as the tint, so the selection shows without telling colours apart.
      style: {
        'overlay-color': INK.navy,
        'overlay-opacity': 0.18,
        'overlay-padding': 8,
        'outline-width': 4,
        'outline-color': INK.text,
        'outline-offset': 3,
        'outline-opacity': 1,
        'z-index': 20,
      },
    },
    {
      selector: 'node.evidence',
      style: { 'underlay-color': SEVERITY_COLOURS.medium, 'underlay-opacity': 0.35, 'underlay-padding': 10 },
    },
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': INK.faint,
        'curve-style': 'straight',
      },
    },
    { selector: 'edge[type = "COVERS"]', style: { 'curve-style': 'haystack', width: 0.8 } },
    // Edges the lanes already say, or that would cross the picture: drawn only while an end is hovered or selected.
    { selector: 'edge.detail', style: { display: 'none', 'z-index': 8 } },
    { selector: 'edge.detail.lit', style: { display: 'element', 'line-color': INK.navy, width: 1.5 } },
    {
      selector: 'edge[type = "FEEDS"]',
      style: {
        width: 3,
        'line-color': INK.linkBorder,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': INK.linkBorder,
        'arrow-scale': 1.2,
        'z-index': 5,
      },
    },
    {
      selector: 'edge.lane-feed',
      style: { 'curve-style': 'segments', 'segment-weights': [0, 1], 'segment-distances': [-146, -146], 'edge-distances': 'node-position' },
    },
    { selector: 'edge[type = "HAS_LINK"]', style: { 'line-color': '#dde3ea' } },
    {
      selector: 'edge[type = "PLANS"], edge[type = "LEADS"], edge[type = "SERVES"], edge[type = "INVESTS_IN"]',
      style: { width: 1.5, 'line-color': INK.line },
    },
    { selector: 'edge[type = "MISSING"]', style: { 'line-style': 'dashed', 'line-color': INK.faint } },
    { selector: 'edge[type = "MORE"]', style: { 'line-style': 'dotted', 'line-color': INK.faint } },
    {
      selector: 'edge[type = "PARTNERS_WITH"], edge[type = "CO_BUILT_WITH"], edge[type = "SPECIALISES_IN"], edge[type = "LOCATED_IN"]',
      style: { width: 1.5, 'line-style': 'dashed', 'line-color': '#44AA99' },
    },
  ];
}
