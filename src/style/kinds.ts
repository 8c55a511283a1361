// How each node kind and edge kind looks (colour, shape, size): read by the viewer, its legend, and the figure exports (SVG, TikZ, Mermaid, DOT).
// Keyed by the schema's kinds, so a new kind fails to compile until it is styled.
import type { EdgeKind, NodeKind } from '../model/schema.js';

export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const NODE_STYLE: Record<NodeKind, { color: string; shape: NodeShape; size: number }> = {
  question: { color: '#6d28d9', shape: 'diamond', size: 16 },
  claim: { color: '#2563eb', shape: 'circle', size: 10 },
  obstacle: { color: '#dc2626', shape: 'triangle', size: 11 },
  source: { color: '#059669', shape: 'square', size: 8 },
  stage: { color: '#d97706', shape: 'diamond', size: 9 },
  figure: { color: '#0e7490', shape: 'square', size: 7 },
};

/** Evidence edges (supports, answers) are drawn heavier than context edges (documents, hinders). */
export const EDGE_STYLE: Record<EdgeKind, { color: string; size: number }> = {
  supports: { color: '#34d399', size: 1.6 },
  contradicts: { color: '#f472b6', size: 1.6 },
  qualifies: { color: '#c4b5fd', size: 1.2 },
  answers: { color: '#a78bfa', size: 2 },
  documents: { color: '#fca5a5', size: 0.8 },
  explains: { color: '#fdba74', size: 1 },
  'part-of': { color: '#f87171', size: 1.2 },
  hinders: { color: '#fde68a', size: 0.6 },
  precedes: { color: '#d6d3d1', size: 1.2 },
  reports: { color: '#67e8f9', size: 0.8 },
  measures: { color: '#0891b2', size: 0.8 },
};

/** The answer claim stands out. */
export const ANSWER_SIZE = 14;
