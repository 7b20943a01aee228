// Colours. Severity uses Paul Tol's high-contrast scheme (safe for colour-blind readers and in greyscale)
// and is always doubled by a border style or symbol, so colour is never the only cue.
import type { Severity } from '../../../graph/model';

export const SEVERITY_COLOURS: Record<Severity, string> = {
  high: '#BB5566', // Tol high-contrast red
  medium: '#DDAA33', // Tol high-contrast yellow
  low: '#004488', // Tol high-contrast blue
};

/** Border style per severity in the graph (Cytoscape border-style) and in the legend (CSS). */
export const SEVERITY_BORDERS: Record<Severity, { style: 'double' | 'dashed' | 'dotted'; width: number }> = {
  high: { style: 'double', width: 7 },
  medium: { style: 'dashed', width: 4 },
  low: { style: 'dotted', width: 4 },
};

/** Symbols that say the same as the colours in the matrix and lists: one set for screen and print. */
export { SEVERITY_SYMBOLS, SLOT_STATUS_SYMBOLS } from '../../../graph/model';

/** Calm neutrals for the graph itself. */
export const INK = {
  text: '#1f2933',
  muted: '#52606d',
  line: '#9aa5b1',
  faint: '#cbd2d9',
  paper: '#ffffff',
  navy: '#1d3557',
  link: '#e8eef5',
  linkBorder: '#486581',
};

/** The maps' sequential scale (Tol's YlOrBr) lives in graph/model/tileScale.ts: the briefings' SVG uses it too. */
export { SEQUENTIAL } from '../../../graph/model/tileScale';
