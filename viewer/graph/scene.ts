// What the graph area shows, in viewport pixels: nodes, edges and placed labels. The highlight layer draws its
// highlighted part over sigma's picture; the PNG and SVG figures draw all of it.
import type { PlacedLabel } from './label-placement.js';

export interface SceneNode {
  id: string;
  kind: string;
  x: number;
  y: number;
  r: number;
  color: string;
  shape: string;
  /** Under the veil: not part of what is highlighted. */
  dim: boolean;
  selected: boolean;
}

export interface SceneEdge {
  id: string;
  kind: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Radius of the target node, where the arrow stops. */
  targetRadius: number;
  color: string;
  width: number;
  dashed: boolean;
  dim: boolean;
}

export interface Scene {
  width: number;
  height: number;
  /** True when something is highlighted: what is not is drawn faint. */
  veiled: boolean;
  nodes: SceneNode[];
  edges: SceneEdge[];
  labels: PlacedLabel[];
}
