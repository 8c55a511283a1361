// The Sigma.js view of a claim graph: a display copy of (a window on) the graph, reducers for filters and audit marks,
// a highlight layer for selection, paths and hover (no sigma render), camera framing, dragging nodes, render counts, and
// the scene the figures draw. What it shows can be replaced (another brief, the corpus overview) without a new sigma.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { createNormalizationFunction } from 'sigma/utils';
import { extremityArrow, layerFill, layerPlain, pathLine, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Position } from '../../src/layout/evidence-flow.js';
import { useDictionaryAdjacency } from '../../src/model/graph.js';
import type { DisplaySource } from './display-source.js';
import { frameState, framedPoints } from './framing.js';
import { HighlightLayer, labelFont } from './highlight-layer.js';
import { placeLabels, type Box, type LabelCandidate, type LabelSide } from './label-placement.js';
import { mountNodeDrag } from './node-drag.js';
import { sizeDivisor, spacingPerSize } from './node-spacing.js';
import type { Scene, SceneEdge, SceneNode } from './scene.js';
import { INFERRED_DASH, LABEL_FONT_SIZE, LABEL_MAX_CHARS, WEAK_COLOR } from './styles.js';
import type { Visibility } from './visibility.js';

/** What the reducers and the highlight layer read; the app sets it with `setModel`. */
export interface ViewModel {
  visible: Visibility;
  selected: string | null;
  /** Nodes and edges to stand out (the selection's evidence paths); everything else is veiled. */
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
  /** Claims the audit flags, with one marker per check that flags them (empty unless the audit is on). */
  weak: Map<string, string>;
}

/** Pixels of the graph area covered by a drawer. */
export type Inset = { insetRight?: number; insetBottom?: number; insetLeft?: number };

export interface GraphViewEvents {
  select(node: string | null): void;
  /** The pointer entered an edge (at x, y in the graph area) or left it; only on graphs of at most EDGE_EVENTS_MAX edges. */
  hoverEdge?(edge: string | null, at: { x: number; y: number }): void;
}

/** Up to this many edges drawn, edges answer the pointer (picking edges costs a little on every render). */
export const EDGE_EVENTS_MAX = 2000;

/** Above this many nodes, camera moves jump instead of animating (each frame of an animation is a render). */
export const ANIMATE_MAX_NODES = 2000;
/** Above this many edges drawn, edges are hidden while the camera moves. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 5000;
/** At most this many highlighted edges are drawn on the highlight layer (a hub's hover). */
const MAX_LAYER_EDGES = 4000;
/** Nodes shrink once the spacing on screen falls below their sizes over this (a sliver of gap between neighbours; on a wide screen the layout leaves the sizes as they were). */
const SPACING_MARGIN = 0.95;
/** At most this many nodes are considered for labels in one frame (the most important first). */
const MAX_LABEL_CANDIDATES = 4000;

type DisplayNode = { x: number; y: number; size: number; color: string; label: string; kind: string; shape: string; answer: boolean; overNodes: boolean };
type DisplayEdge = { size: number; color: string; highlight: string; kind: string; gapSize: number; inferred: boolean };

/**
 * Sigma re-renders the whole graph whenever an item's state changes, hover included. The highlight layer draws hover,
 * so the view keeps the state change for the next render instead of asking for one. Returns false if sigma no longer
 * has the hook (a test checks it does).
 */
export function deferStateRenders(sigma: Sigma): boolean {
  const internal = sigma as unknown as { scheduleStateRefresh?: () => void; needToRefreshState?: boolean };
  if (typeof internal.scheduleStateRefresh !== 'function' || internal.needToRefreshState === undefined) return false;
  internal.scheduleStateRefresh = () => {
    internal.needToRefreshState = true;
  };
  return true;
}

export class GraphView {
  readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  readonly display: MultiDirectedGraph<DisplayNode, DisplayEdge>;
  readonly layer: HighlightLayer;
  /** Full renders sigma has made (read by the tests and the benchmark). */
  renders = 0;
  private model: ViewModel;
  private hovered: string | null = null;
  /** What a drawer covers of the graph area: labels stay out of it, framing centres in the rest. */
  private inset: Inset = {};
  /** Boxes of the graph area that controls cover (the zoom buttons): no label goes there. */
  private reserved: Box[] = [];
  private readonly widths = new Map<string, number>();
  private readonly resizes: ResizeObserver;
  private readonly edgeEvents: boolean;
  /** The layout's spacing per size unit (nearest neighbours), and screen pixels per graph unit at camera ratio 1. */
  private spacing = Infinity;
  private pixelsPerUnit = 1;

  constructor(
    container: HTMLElement,
    private source: DisplaySource,
    private positions: Map<string, Position>,
    model: ViewModel,
    events: GraphViewEvents,
    /** The nodes to show first; null shows the whole graph. */
    window: Iterable<string> | null = null,
  ) {
    this.model = model;
    this.display = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
    useDictionaryAdjacency(this.display); // as the loader's graph: building 80k edges took seconds without it
    this.show(window ?? source.graph.nodes());
    this.edgeEvents = events.hoverEdge !== undefined;

    this.sigma = new Sigma<DisplayNode, DisplayEdge>(this.display, container, {
      primitives: {
        nodes: { shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond()], layers: [layerFill()] },
        edges: {
          paths: [pathLine()],
          extremities: [extremityArrow()],
          // sigma 4.0.4's layerDashed drew no edge at all here (Chromium, software WebGL): every edge is drawn plain, an
          // inferred one fainter (INFERRED_ALPHA); the highlight layer and the view's figures draw inferred edges dashed.
          layers: [layerPlain()],
          defaultHead: 'arrow',
        },
      },
      settings: {
        itemSizesReference: 'screen',
        renderLabels: false, // the highlight layer places and draws them
        hideEdgesOnMove: this.display.size > HIDE_EDGES_ON_MOVE_ABOVE,
        enableEdgeEvents: this.edgeEvents && source.graph.size <= EDGE_EVENTS_MAX,
        stagePadding: 40,
        // Nodes keep their size on screen, unless the screen squeezes the layout below it: then they shrink with it.
        zoomToSizeRatioFunction: (ratio: number) => sizeDivisor(ratio, this.pixelsPerUnit * this.spacing * SPACING_MARGIN),
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
        allowInvalidContainer: true,
      },
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.layer = new HighlightLayer(container);
    deferStateRenders(this.sigma as unknown as Sigma);
    this.fitLabels();
    this.measureSpacing();
    // Sigma takes the container's size at the start of a render: the pixels per graph unit are measured again before it draws.
    this.sigma.on('resize', () => this.measureScreen());
    this.sigma.on('afterRender', () => {
      this.renders++;
      this.redrawLayer();
    });
    // The graph area changes size without the window doing so (the panel opens or closes beside it on wide screens):
    // sigma's next render takes the new size, and the layer, redrawn after each render, follows. Only a real change renders.
    this.resizes = new ResizeObserver(() => {
      const { width, height } = this.sigma.getDimensions();
      if (container.offsetWidth !== width || container.offsetHeight !== height) this.sigma.scheduleRender();
    });
    this.resizes.observe(container);
    mountNodeDrag(this.sigma as unknown as Sigma, this.display);
    this.sigma.on('clickNode', ({ node }) => events.select(node));
    this.sigma.on('clickStage', () => events.select(null));
    this.sigma.on('enterNode', ({ node }) => this.setHovered(node));
    this.sigma.on('leaveNode', () => this.setHovered(null));
    this.sigma.on('enterEdge', ({ edge, event }) => events.hoverEdge?.(edge, { x: event.x, y: event.y }));
    this.sigma.on('leaveEdge', ({ event }) => events.hoverEdge?.(null, { x: event.x, y: event.y }));
  }

  /** True when the display holds only part of the graph (large graphs open on a window and grow on demand). */
  get windowed(): boolean {
    return this.display.order < this.source.graph.order;
  }

  /** Shows another graph (another brief, the corpus overview) in the same sigma: its nodes (or a window on them), at these positions. */
  replace(source: DisplaySource, positions: Map<string, Position>, model: ViewModel, window: Iterable<string> | null = null): void {
    this.source = source;
    this.positions = positions;
    this.model = model;
    this.hovered = null;
    this.display.clear();
    this.show(window ?? source.graph.nodes());
    this.sigma.setSetting('hideEdgesOnMove', this.display.size > HIDE_EDGES_ON_MOVE_ABOVE);
    this.sigma.setSetting('enableEdgeEvents', this.edgeEvents && source.graph.size <= EDGE_EVENTS_MAX);
    this.fitLabels();
    this.measureSpacing();
  }

  /** Adds nodes (and the edges between them and what is shown) to the display. Returns how many were new. */
  show(ids: Iterable<string>): number {
    const added: string[] = [];
    const graph = this.source.graph;
    for (const id of ids) {
      if (this.display.hasNode(id) || !graph.hasNode(id)) continue;
      const look = this.source.node(id);
      const p = this.positions.get(id) ?? { x: 0, y: 0 };
      this.display.addNode(id, { x: p.x, y: -p.y, size: look.size, color: look.color, label: look.label, kind: look.kind, shape: look.shape, answer: look.answer, overNodes: look.labelOverNodes === true });
      added.push(id);
    }
    for (const id of added) {
      graph.forEachEdge(id, (edge, _attributes, source, target) => {
        if (this.display.hasEdge(edge) || !this.display.hasNode(source) || !this.display.hasNode(target)) return;
        const look = this.source.edge(edge);
        this.display.addDirectedEdgeWithKey(edge, source, target, { size: look.size, color: look.color, highlight: look.highlight, kind: look.kind, gapSize: look.inferred ? INFERRED_DASH.gap : 0, inferred: look.inferred });
      });
    }
    if (added.length > 0 && this.sigma) this.measureSpacing();
    return added.length;
  }

  /** Applies a new model: filters and audit marks cost one render; a new highlight only redraws the layer. */
  setModel(model: ViewModel): void {
    const reduce = model.visible !== this.model.visible || model.weak !== this.model.weak;
    this.model = model;
    if (reduce) this.sigma.scheduleRefresh();
    else this.redrawLayer();
  }

  /** Moves nodes to new positions (y grows downwards in layouts, upwards in sigma). */
  setPositions(positions: Map<string, Position>): void {
    this.positions = positions;
    this.display.updateEachNodeAttributes((id, attributes) => {
      const p = positions.get(id);
      return p ? { ...attributes, x: p.x, y: -p.y } : attributes;
    });
    this.fitLabels();
    this.measureSpacing();
  }

  /** How close the layout puts the nodes for their sizes (see node-spacing.ts), then the screen's scale. */
  private measureSpacing(): void {
    const points: { x: number; y: number; size: number }[] = [];
    this.display.forEachNode((_id, a) => void points.push(a));
    this.spacing = spacingPerSize(points);
    this.measureScreen();
  }

  /** Screen pixels per graph unit at camera ratio 1, for the graph's box and the container's size now. */
  private measureScreen(): void {
    const bbox = this.sigma.getCustomBBox();
    if (!bbox) return;
    const normalise = createNormalizationFunction(bbox);
    const at1 = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };
    const a = this.sigma.framedGraphToViewport(normalise({ x: bbox.x[0], y: bbox.y[0] }), at1);
    const b = this.sigma.framedGraphToViewport(normalise({ x: bbox.x[0] + 1, y: bbox.y[0] }), at1);
    this.pixelsPerUnit = Math.hypot(b.x - a.x, b.y - a.y);
  }

  /** Frames the graph with room on the right, where the labels of the rightmost nodes run. */
  private fitLabels(): void {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    this.display.forEachNode((_id, { x, y }) => {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
    if (!Number.isFinite(minX)) return;
    const width = Math.max(maxX - minX, 1e-6);
    this.sigma.setCustomBBox({ x: [minX, maxX + width * 0.18], y: [minY, Math.max(maxY, minY + 1e-6)] });
    // Sigma normalises positions by the box only when it processes its nodes, which setCustomBBox does not ask for: the
    // first picture kept the nodes' own extent (the label room split on both sides), and the first node moved, filter
    // or audit shifted the whole graph by the difference (about 50 px at 1400 px). The next render processes them.
    this.sigma.refresh({ partialGraph: { nodes: this.display.nodes() }, schedule: true });
  }

  /** Tells the view what a drawer covers of the graph area (labels are placed in the rest). */
  setInset(inset: Inset, reserved: Box[] = this.reserved): void {
    const same = inset.insetRight === this.inset.insetRight && inset.insetBottom === this.inset.insetBottom && inset.insetLeft === this.inset.insetLeft;
    if (same && JSON.stringify(reserved) === JSON.stringify(this.reserved)) return;
    this.inset = inset;
    this.reserved = reserved;
    this.redrawLayer();
  }

  /** Frames these nodes in the free part of the graph area (animated on small graphs, in one jump on large ones). */
  async frame(nodes: Iterable<string>, inset: Inset = this.inset): Promise<void> {
    this.sigma.resize();
    const positions: { x: number; y: number }[] = [];
    for (const id of nodes) if (this.display.hasNode(id) && this.model.visible.nodes.has(id)) positions.push(this.display.getNodeAttributes(id));
    const state = frameState(this.sigma as unknown as Sigma, framedPoints(this.sigma as unknown as Sigma, positions), inset);
    if (!state) return;
    const camera = this.sigma.getCamera();
    if (this.source.graph.order <= ANIMATE_MAX_NODES) await camera.animate(state, { duration: 350 });
    else camera.setState(state);
  }

  /** Frames what the filters leave visible. */
  fitVisible(inset: Inset = this.inset): Promise<void> {
    return this.frame(this.display.filterNodes((n) => this.model.visible.nodes.has(n)), inset);
  }

  /** Zooms by `factor` (> 1 closer) around the centre; animated on small graphs. */
  zoom(factor: number): void {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    const next = { ...state, ratio: Math.min(20, Math.max(0.02, state.ratio / factor)) };
    if (this.source.graph.order <= ANIMATE_MAX_NODES) void camera.animate(next, { duration: 200 });
    else camera.setState(next);
  }

  private setHovered(node: string | null): void {
    if (this.hovered === node) return;
    this.hovered = node;
    this.redrawLayer();
  }

  /** What stands out now: the hovered node with its neighbours, else the model's highlight. */
  private focus(): { nodes: Set<string>; edges: Set<string> } | null {
    const hovered = this.hovered;
    if (hovered && this.display.hasNode(hovered)) {
      const nodes = new Set([hovered]);
      const edges = new Set<string>();
      this.display.forEachEdge(hovered, (edge, _a, source, target) => {
        if (edges.size >= MAX_LAYER_EDGES) return;
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
      return { nodes, edges };
    }
    return this.model.highlight;
  }

  private screenNode(id: string, dim: boolean): SceneNode | null {
    const data = this.sigma.getNodeDisplayData(id);
    if (!data || data.visibility === 'hidden') return null;
    const p = this.sigma.framedGraphToViewport(data);
    const r = this.sigma.scaleSize(data.size);
    return { id, kind: this.display.getNodeAttribute(id, 'kind'), x: p.x, y: p.y, r, color: data.color, shape: this.display.getNodeAttribute(id, 'shape'), dim, selected: id === this.model.selected };
  }

  private screenEdge(edge: string, ends: Map<string, SceneNode>, dim: boolean): SceneEdge | null {
    if (!this.model.visible.edges.has(edge)) return null;
    const [s, t] = this.display.extremities(edge);
    const a = ends.get(s) ?? this.screenNode(s, dim);
    const b = ends.get(t) ?? this.screenNode(t, dim);
    if (!a || !b) return null;
    const attributes = this.display.getEdgeAttributes(edge);
    return { id: edge, kind: attributes.kind, x1: a.x, y1: a.y, x2: b.x, y2: b.y, targetRadius: b.r, color: attributes.highlight, width: dim ? attributes.size : Math.max(2, attributes.size * 1.6), dashed: attributes.inferred, dim };
  }

  private redrawLayer(): void {
    const { width, height } = this.sigma.getDimensions();
    if (width === 0 || height === 0) return;
    const focus = this.focus();
    const nodes: SceneNode[] = [];
    const byId = new Map<string, SceneNode>();
    if (focus) {
      for (const id of focus.nodes) {
        if (!this.display.hasNode(id) || !this.model.visible.nodes.has(id)) continue;
        const n = this.screenNode(id, false);
        if (n) (nodes.push(n), byId.set(id, n));
      }
    }
    const edges: SceneEdge[] = [];
    if (focus) {
      for (const edge of focus.edges) {
        if (edges.length >= MAX_LAYER_EDGES) break;
        if (!this.display.hasEdge(edge)) continue;
        const e = this.screenEdge(edge, byId, false);
        if (e) edges.push(e);
      }
    }
    // The selected node sits on top, ringed.
    nodes.sort((a, b) => Number(a.selected) - Number(b.selected));
    const free = { width: width - (this.inset.insetRight ?? 0), height: height - (this.inset.insetBottom ?? 0) };
    this.layer.draw(width, height, { veiled: focus !== null, edges, nodes, labels: this.placeLabels(focus, free.width, free.height) });
  }

  /** Labels of the highlighted nodes (or of every visible node on screen when nothing is), without collisions. */
  private placeLabels(focus: { nodes: Set<string> } | null, width: number, height: number): ReturnType<typeof placeLabels> {
    // Every node drawn on screen (faint ones too) is an obstacle; the labels come from the highlighted ones, if any.
    const onScreen: SceneNode[] = [];
    const obstacles = new Map<string, Box>(this.reserved.map((box, i) => [`\u0000reserved${i}`, box]));
    this.display.forEachNode((id) => {
      if (!this.model.visible.nodes.has(id)) return;
      const n = this.screenNode(id, false);
      if (!n || n.x < -n.r || n.y < -n.r || n.x > width + n.r || n.y > height + n.r) return;
      obstacles.set(id, { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r });
      if (!focus || focus.nodes.has(id)) onScreen.push(n);
    });
    const rank = (n: SceneNode) => (n.id === this.hovered ? 0 : n.selected ? 1 : this.display.getNodeAttribute(n.id, 'answer') ? 2 : n.kind === 'question' ? 3 : 4);
    onScreen.sort((a, b) => rank(a) - rank(b) || b.r - a.r || (a.id < b.id ? -1 : 1));
    const candidates: LabelCandidate[] = [];
    const small = !focus && this.display.order > 300;
    for (const n of onScreen.slice(0, MAX_LABEL_CANDIDATES)) {
      const r = rank(n);
      // On crowded pictures, labels of the smallest nodes wait until one zooms in.
      if (small && r === 4 && n.r < 3) continue;
      const bold = r <= 1;
      const text = this.labelText(n.id);
      // Beside its node a label reads as its own; above or below only for the nodes that matter most, whose label must show.
      const sides: readonly LabelSide[] = n.kind === 'question' ? ['below', 'left', 'above', 'right'] : r <= 3 ? ['right', 'left', 'above', 'below'] : ['right', 'left'];
      const overNodes = r === 0 || this.display.getNodeAttribute(n.id, 'overNodes');
      candidates.push({ node: n.id, text, x: n.x, y: n.y, radius: n.r, width: this.textWidth(text, bold), height: LABEL_FONT_SIZE + 3, sides, bold, overNodes });
    }
    return placeLabels(candidates, obstacles, { width, height });
  }

  labelText(id: string): string {
    const label = this.display.getNodeAttribute(id, 'label');
    const short = label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : label;
    const marks = this.model.weak.get(id);
    return marks ? `${marks} ${short}` : short;
  }

  private textWidth(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      const ctx = this.layer.measure;
      ctx.font = labelFont(bold);
      width = Math.ceil(ctx.measureText(text).width);
      this.widths.set(key, width);
    }
    return width;
  }

  /** Everything the graph area shows, in viewport pixels: what the PNG and SVG figures draw. */
  scene(): Scene {
    const { width, height } = this.sigma.getDimensions();
    const focus = this.focus();
    const byId = new Map<string, SceneNode>();
    const nodes: SceneNode[] = [];
    this.display.forEachNode((id) => {
      if (!this.model.visible.nodes.has(id)) return;
      const n = this.screenNode(id, focus !== null && !focus.nodes.has(id));
      if (!n || n.x < -50 || n.y < -50 || n.x > width + 50 || n.y > height + 50) return;
      nodes.push(n);
      byId.set(id, n);
    });
    const edges: SceneEdge[] = [];
    this.display.forEachEdge((edge, _a, source, target) => {
      if (!byId.has(source) && !byId.has(target)) return;
      const e = this.screenEdge(edge, byId, focus !== null && !focus.edges.has(edge));
      if (e) edges.push(e);
    });
    // Faint first, highlighted on top, the selection last.
    edges.sort((a, b) => Number(!a.dim) - Number(!b.dim));
    nodes.sort((a, b) => Number(!a.dim) - Number(!b.dim) || Number(a.selected) - Number(b.selected));
    return { width, height, veiled: focus !== null, nodes, edges, labels: this.layer.placed };
  }

  kill(): void {
    this.resizes.disconnect();
    this.sigma.kill();
  }

  private reduceNode(node: string, data: NodeDisplayData): Partial<NodeDisplayData> {
    const { visible, weak } = this.model;
    const out: Partial<NodeDisplayData> = { ...data, shape: this.display.getNodeAttribute(node, 'shape') };
    if (!visible.nodes.has(node)) return { ...out, visibility: 'hidden' };
    if (weak.has(node)) out.color = WEAK_COLOR;
    return out;
  }

  private reduceEdge(edge: string, data: EdgeDisplayData): Partial<EdgeDisplayData> {
    return this.model.visible.edges.has(edge) ? data : { ...data, visibility: 'hidden' };
  }
}
