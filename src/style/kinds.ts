// How each node kind and edge kind looks (colour, shape, size): read by the viewer, its legend, and the figure exports (SVG, TikZ, Mermaid, DOT).
// Keyed by the schema's kinds, so a new kind fails to compile until it is styled.
import type { EdgeKind, NodeKind } from '../model/schema.js';

export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const NODE_STYLE: Record<NodeKind, { color: string; shape: NodeShape; size: number }> = {
  question: { color: '#6d28d9', shape: 'diamond', size: 16 },
  claim: { color: '#2563eb', shape: 'circle', size: 10 },
  obstacle: { color: '#dc2626', shape: 'triangle', size: 11 },
  source: { color: '#059669', shape: 'square', size: 8 },
  work: { color: '#4d7c0f', shape: 'circle', size: 9 },
  stage: { color: '#d97706', shape: 'diamond', size: 9 },
  figure: { color: '#0e7490', shape: 'square', size: 7 },
  brief: { color: '#475569', shape: 'square', size: 14 },
};

/**
 * Paul Tol's colour-blind-safe qualitative schemes ("muted" and "bright", https://personal.sron.nl/~pault/):
 * every colour stays distinct under deuteranopia, protanopia and tritanopia. Edge kinds take them in turn.
 */
export const COLOUR_BLIND_SAFE = {
  indigo: '#332288',
  cyan: '#88CCEE',
  teal: '#44AA99',
  green: '#117733',
  olive: '#999933',
  sand: '#DDCC77',
  rose: '#CC6677',
  wine: '#882255',
  purple: '#AA4499',
  grey: '#BBBBBB',
  blue: '#4477AA',
  yellow: '#CCBB44',
  /** From Tol's "vibrant" scheme: a thirteenth colour, distinct from the twelve above. */
  orange: '#EE7733',
} as const;

const P = COLOUR_BLIND_SAFE;

/** Evidence edges (supports, answers) are drawn heavier than context edges (documents, hinders). */
export const EDGE_STYLE: Record<EdgeKind, { color: string; size: number }> = {
  supports: { color: P.green, size: 1.6 },
  contradicts: { color: P.rose, size: 1.6 },
  qualifies: { color: P.purple, size: 1.2 },
  answers: { color: P.indigo, size: 2 },
  documents: { color: P.teal, size: 0.8 },
  explains: { color: P.cyan, size: 1 },
  'part-of': { color: P.wine, size: 1.2 },
  hinders: { color: P.olive, size: 0.8 },
  precedes: { color: P.grey, size: 1.2 },
  reports: { color: P.blue, size: 0.8 },
  measures: { color: P.sand, size: 0.8 },
  'refers-to': { color: P.yellow, size: 1 },
  'derives-from': { color: P.orange, size: 1 },
};


/** The answer claim stands out. */
export const ANSWER_SIZE = 14;
