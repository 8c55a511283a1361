// The Sigma.js view of a claim graph: a display copy of the graph, reducers for filters and highlights, camera moves and PNG capture.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { extremityArrow, layerFill, layerPlain, pathLine, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { useDictionaryAdjacency, type ClaimGraph } from '../../src/model/graph.js';
import type { Position } from '../../src/layout/evidence-flow.js';
import { ANSWER_SIZE, DIM_EDGE, DIM_NODE, EDGE_STYLE, HIGHLIGHT_EDGE, NODE_STYLE, WEAK_COLOR } from './styles.js';
import type { Visibility } from './visibility.js';

/** What the reducers read; the app sets it and calls `refresh`. */
export interface ViewModel {
  visible: Visibility;
  selected: string | null;
  /** Nodes and edges to stand out (the selection's evidence paths); everything else is dimmed. */
  highlight: { nodes: Set<string>; edges: Set<string> } | null;
  /** Claims the audit marks as weak (empty unless the audit toggle is on). */
  weak: Set<string>;
}

export interface GraphViewEvents {
  select(node: string | null): void;
}

type DisplayNode = { x: number; y: number; size: number; color: string; label: string; kind: string; shape: string };
type DisplayEdge = { size: number; color: string; kind: string };

export class GraphView {
  readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  private readonly display: MultiDirectedGraph<DisplayNode, DisplayEdge>;
  private model: ViewModel;
  private hovered: { node: string; neighbours: Set<string> } | null = null;
  /** Small graphs show every label; large ones let sigma's label grid thin them. */
  private readonly labelSettings: { labelDensity: number; labelGridCellSize: number };

  constructor(container: HTMLElement, graph: ClaimGraph, positions: Map<string, Position>, model: ViewModel, events: GraphViewEvents) {
    this.model = model;
    this.labelSettings = graph.order <= 300 ? { labelDensity: 10, labelGridCellSize: 40 } : { labelDensity: 0.7, labelGridCellSize: 120 };
    this.display = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
    useDictionaryAdjacency(this.display); // as the loader's graph: building 80k edges took seconds without it
    // Large graphs get smaller nodes so the picture is not a solid block.
    const scale = graph.order <= 300 ? 1 : Math.max(0.25, Math.sqrt(300 / graph.order));
    graph.forEachNode((id, node) => {
      const style = NODE_STYLE[node.kind];
      const p = positions.get(id) ?? { x: 0, y: 0 };
      const isAnswer = node.kind === 'claim' && node.role === 'answer';
      this.display.addNode(id, { x: p.x, y: -p.y, size: (isAnswer ? ANSWER_SIZE : style.size) * scale, color: style.color, label: node.label, kind: node.kind, shape: style.shape });
    });
    graph.forEachEdge((id, edge, source, target) => {
      this.display.addDirectedEdgeWithKey(id, source, target, { size: EDGE_STYLE[edge.kind].size, color: EDGE_STYLE[edge.kind].color, kind: edge.kind });
    });

    this.sigma = new Sigma<DisplayNode, DisplayEdge>(this.display, container, {
      primitives: {
        nodes: { shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond()], layers: [layerFill()] },
        edges: { paths: [pathLine()], extremities: [extremityArrow()], layers: [layerPlain()], defaultHead: 'arrow' },
      },
      settings: {
        itemSizesReference: 'screen',
        labelRenderedSizeThreshold: graph.order <= 300 ? 0 : 6,
        ...this.labelSettings,
        stagePadding: 40,
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
      },
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });

    this.fitLabels();
    this.sigma.on('clickNode', ({ node }) => events.select(node));
    this.sigma.on('clickStage', () => events.select(null));
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = { node, neighbours: new Set([node, ...this.display.neighbors(node)]) };
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.sigma.refresh({ skipIndexation: true });
    });
  }

  setModel(model: ViewModel): void {
    this.model = model;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Moves nodes to new positions (y grows downwards in layouts, upwards in sigma). */
  setPositions(positions: Map<string, Position>): void {
    this.display.updateEachNodeAttributes((id, attributes) => {
      const p = positions.get(id);
      return p ? { ...attributes, x: p.x, y: -p.y } : attributes;
    });
    this.fitLabels();
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
  }

  /**
   * Frames a node and the nodes that matter with it (its evidence paths): centred on their bounding box,
   * zoomed so the box fits the view with room for labels, at most a little further out than the whole graph.
   */
  async focusNodes(id: string, companions: Iterable<string> = []): Promise<void> {
    const points = [id, ...companions].map((n) => this.sigma.getNodeDisplayData(n)).filter((d): d is NodeDisplayData => d !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const box = { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] } as const;
    const centre = { x: (box.x[0] + box.x[1]) / 2, y: (box.y[0] + box.y[1]) / 2 };
    // Measure the box on screen at ratio 1; screen sizes scale with 1 / ratio.
    const at1 = { ...centre, ratio: 1, angle: 0 };
    const a = this.sigma.framedGraphToViewport({ x: box.x[0], y: box.y[0] }, { cameraState: at1 });
    const b = this.sigma.framedGraphToViewport({ x: box.x[1], y: box.y[1] }, { cameraState: at1 });
    const { width, height } = this.sigma.getDimensions();
    const labelRoom = 260;
    const needed = Math.max(Math.abs(b.x - a.x) / Math.max(width - labelRoom - 80, 100), Math.abs(b.y - a.y) / Math.max(height - 80, 100));
    const ratio = Math.min(1.4, Math.max(0.15, needed));
    // Shift right by half the label room so the labels of the rightmost nodes stay in view.
    const shift = this.sigma.viewportToFramedGraph({ x: width / 2 + labelRoom / 2, y: height / 2 }, { cameraState: { ...centre, ratio, angle: 0 } });
    await this.sigma.getCamera().animate({ x: shift.x, y: centre.y, ratio }, { duration: 400 });
  }

  async resetCamera(): Promise<void> {
    await this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  }

  /** The current picture as a PNG on a white background. */
  toPng(): Promise<Blob> {
    return new Promise((resolve, reject) => {
      const capture = () => {
        const source = this.sigma.getStageCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = source.width;
        canvas.height = source.height;
        const context = canvas.getContext('2d');
        if (!context) return reject(new Error('claimgraph/viewer: no 2D canvas to draw the PNG on'));
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(source, 0, 0);
        canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('claimgraph/viewer: the PNG could not be encoded'))), 'image/png');
      };
      // A WebGL canvas keeps its pixels only until the frame is shown: draw it right after a render.
      this.sigma.once('afterRender', capture);
      this.sigma.refresh();
    });
  }

  kill(): void {
    this.sigma.kill();
  }

  private reduceNode(node: string, data: NodeDisplayData): Partial<NodeDisplayData> {
    const { visible, selected, highlight, weak } = this.model;
    const attributes = this.display.getNodeAttributes(node);
    const out: Partial<NodeDisplayData> = { ...data, shape: attributes.shape };
    // The question ends the flow at the right edge: its label hangs below it, where there is room.
    if (attributes.kind === 'question') out.labelPosition = 'below';
    if (!visible.nodes.has(node)) return { ...out, visibility: 'hidden', label: null };
    if (weak.has(node)) {
      out.color = WEAK_COLOR;
      out.label = `⚠ ${attributes.label}`;
    }
    const focus = this.hovered?.neighbours ?? highlight?.nodes;
    if (focus && !focus.has(node)) {
      out.color = DIM_NODE;
      out.label = null;
      out.zIndex = 0;
    } else if (focus) {
      out.zIndex = 1;
      out.labelVisibility = 'visible';
    }
    if (node === selected || node === this.hovered?.node) {
      out.highlighted = true;
      out.labelVisibility = 'visible';
      out.zIndex = 2;
      out.size = (data.size ?? attributes.size) * 1.3;
    }
    return out;
  }

  private reduceEdge(edge: string, data: EdgeDisplayData): Partial<EdgeDisplayData> {
    const { visible, highlight } = this.model;
    if (!visible.edges.has(edge)) return { ...data, visibility: 'hidden' };
    if (this.hovered) {
      const [s, t] = this.display.extremities(edge);
      return s === this.hovered.node || t === this.hovered.node ? { ...data, size: 2, zIndex: 1 } : { ...data, color: DIM_EDGE };
    }
    if (highlight) return highlight.edges.has(edge) ? { ...data, color: HIGHLIGHT_EDGE, size: 2, zIndex: 1 } : { ...data, color: DIM_EDGE };
    return data;
  }
}
