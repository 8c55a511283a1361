// The viewer's colours: the kind styles shared with the figure exports, plus what only the screen needs (dimming, highlight, audit).
export { ANSWER_SIZE, EDGE_STYLE, NODE_STYLE, type NodeShape } from '../../src/style/kinds.js';
export { INFERRED_DASH } from '../../src/style/basis.js';

/** Audit marks weak claims. */
export const WEAK_COLOR = '#f59e0b';
export const DIM_NODE = '#e5e7eb';
export const DIM_EDGE = '#f3f4f6';
export const HIGHLIGHT_EDGE = '#111827';
/** The veil the highlight layer lays over what is not highlighted: the rest stays visible, faintly. */
export const VEIL = 'rgba(255,255,255,0.82)';
export const LABEL_FONT_SIZE = 12;
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_COLOR = '#111827';
/** Labels longer than this are cut with an ellipsis (the panel shows the whole label). */
export const LABEL_MAX_CHARS = 44;
