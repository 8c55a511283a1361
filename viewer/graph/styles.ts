// The viewer's colours: the kind styles shared with the figure exports, plus what only the screen needs (dimming, highlight, audit).
export { ANSWER_SIZE, EDGE_STYLE, NODE_STYLE, type NodeShape } from '../../src/style/kinds.js';

/** Audit marks weak claims. */
export const WEAK_COLOR = '#f59e0b';
export const DIM_NODE = '#e5e7eb';
export const DIM_EDGE = '#f3f4f6';
export const HIGHLIGHT_EDGE = '#111827';
