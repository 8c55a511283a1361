// How an edge is drawn by its basis: the brief's word (quoted) solid, the curator's inference dashed. Read by the
// figure exports (DOT, TikZ, SVG, Mermaid) and the viewer.
import type { EdgeBasis } from '../model/schema.js';

/** The dash pattern of each basis, in line widths (none: solid), and what a legend calls it. */
export const BASIS_STYLE: Record<EdgeBasis, { dash: readonly number[] | null; legend: string }> = {
  quoted: { dash: null, legend: 'the brief states it' },
  inferred: { dash: [4, 3], legend: "the curator's inference" },
};

export const isDashed = (basis: EdgeBasis): boolean => BASIS_STYLE[basis].dash !== null;

/** The inferred dash on screen (the viewer and its figures), in pixels: the pattern above at a 1.5 px line. */
export const INFERRED_DASH = { dash: BASIS_STYLE.inferred.dash![0]! * 1.5, gap: BASIS_STYLE.inferred.dash![1]! * 1.5 } as const;
