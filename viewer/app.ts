// The viewer application: holds the view state, keeps the URL, the graph view, the sidebar and the panel in step.
import type { ClaimGraph } from '../src/model/graph.js';
import { NODE_KIND_INFO } from '../src/model/schema.js';
import { evidenceFlowLayout, type Position } from '../src/layout/evidence-flow.js';
import { audit, type AuditReport } from '../src/query/audit.js';
import { stats } from '../src/query/stats.js';
import { subgraphOf, withIdentity } from '../src/query/subgraph-of.js';
import { DOWNLOAD_FORMATS, download, slug } from './export/downloads.js';
import type { ViewFigure } from './export/view-figure.js';
import { GraphView, type ViewModel } from './graph/graph-view.js';
import { computeVisibility, type Visibility } from './graph/visibility.js';
import { LIVE_LAYOUT_MAX_NODES, runLayout, type LayoutRun } from './layout/run-layout.js';
import { auditFlags, auditMarkers, type AuditFlag } from './state/audit-marks.js';
import { windowFor, WINDOW_ABOVE_NODES } from './state/initial-window.js';
import { answerClaim, selectionHighlight, type Highlight } from './state/selection-highlight.js';
import { DEFAULT_STATE, roundCamera, stateFromHash, stateToHash, type CameraView, type ViewState } from './state/view-state.js';
import { announce } from './ui/announcer.js';
import { byId, h, replaceChildren } from './ui/dom.js';
import { mountFunnel } from './ui/funnel.js';
import { mountSidebarDrawer, panelInset } from './ui/drawers.js';
import { mountKeys } from './ui/keyboard.js';
import { showEdgeTip } from './ui/edge-tip.js';
import { renderPanel } from './ui/panel.js';
import { mountSearch } from './ui/search.js';
import { renderSidebar } from './ui/sidebar.js';
import { showStatus } from './ui/transient-status.js';

/** How long the camera must rest before the URL takes its place. */
const CAMERA_REST_MS = 250;

/** The element that has the focus, unless it is the page itself (a click on the graph leaves the focus there). */
function opener(active: Element | null): { element: HTMLElement; id: string } | null {
  if (!(active instanceof HTMLElement) && !(active instanceof SVGElement)) return null;
  if (active === document.body) return null;
  return { element: active as HTMLElement, id: active.id };
}

const sameCamera = (a: CameraView | null, b: CameraView | null): boolean => a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio;

export class App {
  private state: ViewState = DEFAULT_STATE;
  readonly view: GraphView;
  private readonly counts;
  private readonly windowed: boolean;
  private audited: { report: AuditReport; flags: Map<string, AuditFlag[]>; markers: Map<string, string> } | null = null;
  private readonly noMarks = new Map<string, string>();
  private pathHighlight: Highlight | null = null;
  /** The selection's highlight and the visible set, computed once per selection and per filter change. */
  private highlightMemo: { id: string; value: Highlight } | null = null;
  private visibleMemo: { key: string; value: Visibility } | null = null;
  private announced: string | null = null;
  /** The selection the panel shows, and whether it lists a large graph's indirect sources (asked for). */
  private panelShown: { id: string | null; full: boolean } | null = null;
  private panelFull: string | null = null;
  private layoutRun: LayoutRun | null = null;
  private layoutShown: ViewState['layout'] | null = null;
  /** The evidence-flow positions, computed once: the default picture and the seed of ForceAtlas2. */
  private flow: Map<string, Position> = new Map();
  private readonly sidebarDrawer;
  /** The control outside the panel that opened it or last changed its node: it gets the focus back when the panel closes. */
  private panelOpener: { element: HTMLElement; id: string } | null = null;
  /** The camera is written into the URL once it has rested this long (a pan or an animation moves it every frame). */
  private cameraTimer: number | undefined;

  constructor(
    private readonly graph: ClaimGraph,
    mark: (step: string) => void = () => {},
  ) {
    const s = stats(graph);
    this.counts = { nodes: s.nodesByKind, edges: s.edgesByKind };
    this.windowed = graph.order > WINDOW_ABOVE_NODES;
    this.state = this.validState(stateFromHash(location.hash));
    // A large graph opens on its answer and the answer's evidence, not on every node at once.
    const answer = answerClaim(graph);
    if (this.windowed && !this.state.selected && answer) {
      this.state = { ...this.state, selected: answer };
      window.history.replaceState(null, '', `${location.pathname}${location.search}${stateToHash(this.state)}`);
    }
    document.title = `${s.title} · claimgraph`;
    byId('dataset-title').textContent = s.title;
    byId('dataset-stats').textContent = `${s.nodes.toLocaleString('en')} nodes · ${s.edges.toLocaleString('en')} edges`;

    mark('app');
    const positions = evidenceFlowLayout(graph);
    this.flow = positions;
    mark('layout');
    const first = this.windowed ? this.windowAround(this.state.selected) : null;
    mark('window');
    this.view = new GraphView(
      byId('graph'),
      graph,
      positions,
      this.model(),
      { select: (id) => (id === null ? this.deselect() : this.select(id)), hoverEdge: (edge, at) => showEdgeTip(byId('edge-tip'), graph, edge, at) },
      first,
    );
    this.layoutShown = 'flow';
    mark('sigma');
    this.view.sigma.once('afterRender', () => {
      mark('first-frame');
      document.body.dataset.firstFrame = 'true';
    });
    this.view.sigma.getCamera().on('updated', () => {
      window.clearTimeout(this.cameraTimer);
      this.cameraTimer = window.setTimeout(() => this.keepCamera(), CAMERA_REST_MS);
    });

    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), byId('search-empty'), graph, (id) => this.select(id));
    this.sidebarDrawer = mountSidebarDrawer(byId<HTMLButtonElement>('sidebar-toggle'), byId('sidebar'));
    this.mountToolbar();
    mountKeys({
      zoomIn: () => this.view.zoom(1.5),
      zoomOut: () => this.view.zoom(1 / 1.5),
      fit: () => void this.view.fitVisible(this.inset()),
      escape: () => {
        const downloads = byId('download-menu').closest('details');
        if (downloads?.open) {
          downloads.open = false;
          downloads.querySelector('summary')?.focus();
        } else if (byId('sidebar').classList.contains('open')) this.sidebarDrawer.close();
        else if (this.state.selected) this.deselect();
      },
    });
    byId('skip-to-panel').addEventListener('click', (event) => {
      event.preventDefault();
      const panel = byId('panel');
      (panel.hidden ? byId('search') : (panel.querySelector<HTMLElement>('#panel-title') ?? panel)).focus();
    });
    window.addEventListener('popstate', () => this.restoreFromUrl());
    window.addEventListener('hashchange', () => this.restoreFromUrl());
    mark('controls');
    this.render();
    mark('rendered');
    // A link's camera is shown as it was; without one, the selection is framed.
    if (this.state.camera) this.view.sigma.getCamera().setState(this.state.camera);
    else this.focusSelection();
    document.body.dataset.ready = 'true';
  }

  /** Writes where the camera rests into the URL (the current history entry), so a copied link or Back returns to it. */
  private keepCamera(): void {
    window.clearTimeout(this.cameraTimer);
    const { x, y, ratio } = this.view.sigma.getCamera().getState();
    const camera = roundCamera({ x, y, ratio });
    if (sameCamera(camera, this.state.camera)) return;
    this.state = { ...this.state, camera };
    window.history.replaceState(null, '', `${location.pathname}${location.search}${stateToHash(this.state)}`);
  }

  /** Selects a node: a new history entry, so Back returns to the previous selection. */
  select(id: string): void {
    if (!this.graph.hasNode(id)) return;
    // The control outside the panel that opened it, or last changed what it shows, gets the focus back when it closes.
    if (!document.activeElement?.closest('#panel')) this.panelOpener = opener(document.activeElement);
    this.update({ selected: id }, 'push');
    this.focusSelection();
  }

  /** Closes the panel; the focus goes back to the control that opened it (the same one, or one with its id, as a rebuilt sidebar's), else to the search box. */
  deselect(): void {
    const back = this.panelOpener;
    this.panelOpener = null;
    this.update({ selected: null, focus: null }, 'push');
    for (const target of [back?.element.isConnected ? back.element : null, back?.id ? document.getElementById(back.id) : null]) {
      target?.focus();
      if (target && document.activeElement === target) return;
    }
    byId('search').focus();
  }

  update(change: Partial<ViewState>, history: 'push' | 'replace' = 'replace'): void {
    this.state = this.validState({ ...this.state, ...change });
    this.pathHighlight = null;
    const hash = stateToHash(this.state);
    const url = `${location.pathname}${location.search}${hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.render();
  }

  private restoreFromUrl(): void {
    const next = this.validState(stateFromHash(location.hash));
    const moved = next.selected !== this.state.selected;
    window.clearTimeout(this.cameraTimer);
    this.state = next;
    this.pathHighlight = null;
    this.render();
    if (next.camera) {
      const { x, y, ratio } = this.view.sigma.getCamera().getState();
      if (!sameCamera(roundCamera({ x, y, ratio }), next.camera)) this.view.sigma.getCamera().setState(next.camera);
    } else if (moved) this.focusSelection();
  }

  /** The nodes a large graph shows for a selection: what it highlights and its neighbours. */
  private windowAround(id: string | null): Set<string> {
    if (id) return windowFor(this.graph, id, this.selectionHighlight());
    const answer = answerClaim(this.graph);
    return answer ? windowFor(this.graph, answer, selectionHighlight(this.graph, answer, { paths: false })) : new Set(this.graph.nodes().slice(0, 500));
  }

  /** What the panel drawer (small screens) and the zoom buttons cover of the graph area. */
  private inset() {
    const graph = byId('graph').getBoundingClientRect();
    const zoom = byId('zoom-controls').getBoundingClientRect();
    return { ...panelInset(byId('panel'), byId('graph')), insetLeft: Math.max(0, zoom.right - graph.left) };
  }

  /** The zoom buttons' box in the graph area's coordinates: labels keep out of it. */
  private reserved() {
    const graph = byId('graph').getBoundingClientRect();
    const zoom = byId('zoom-controls').getBoundingClientRect();
    return [{ x: zoom.left - graph.left - 4, y: zoom.top - graph.top - 4, width: zoom.width + 8, height: zoom.height + 8 }];
  }

  /** Frames the selection with what it highlights, in the room the panel leaves. */
  private focusSelection(): void {
    const id = this.state.selected;
    if (!id) return;
    const companions = [...(this.selectionHighlight()?.nodes ?? [])].filter((n) => this.model().visible.nodes.has(n));
    // Reading the panel's size lays the page out now, so the frame and any new nodes make one render together.
    void this.view.frame([id, ...companions], this.inset());
  }

  /** Drops what does not fit the data: an unknown selection, a focus without selection. */
  private validState(state: ViewState): ViewState {
    const selected = state.selected && this.graph.hasNode(state.selected) ? state.selected : null;
    return { ...state, selected, focus: selected ? state.focus : null };
  }

  private render(): void {
    if (this.state.audit && !this.audited) {
      const report = audit(this.graph);
      const flags = auditFlags(report);
      this.audited = { report, flags, markers: auditMarkers(flags) };
    }
    if (this.layoutShown !== this.state.layout) this.applyLayout();
    if (this.windowed && this.state.selected) this.view.show(this.windowAround(this.state.selected));
    this.view.setModel(this.model());
    renderSidebar(byId('sidebar-content'), this.state, this.counts, this.state.audit ? this.audited : null, {
      update: (change) => this.update(change),
      select: (id) => this.select(id),
    });
    this.renderPanel();
    byId<HTMLSelectElement>('layout').value = this.state.layout;
    this.view.setInset(this.inset(), this.reserved());
    this.announceSelection();
    this.showWindowStatus();
  }

  /** The panel depends on the selection only: it is rebuilt when that changes (its queries are the costly part). */
  private renderPanel(): void {
    const id = this.state.selected;
    const full = !this.windowed || (id !== null && this.panelFull === id);
    if (this.panelShown && this.panelShown.id === id && this.panelShown.full === full) return;
    this.panelShown = { id, full };
    renderPanel(
      byId('panel'),
      this.graph,
      id,
      {
        select: (next) => this.select(next),
        close: () => this.deselect(),
        highlightPath: (path) => {
          this.pathHighlight = path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : null;
          this.view.setModel(this.model());
        },
        listIndirect: () => {
          this.panelFull = id;
          this.renderPanel();
        },
      },
      { directOnly: !full },
    );
  }

  private announceSelection(): void {
    const id = this.state.selected;
    if (id === this.announced) return;
    this.announced = id;
    if (!id) return announce('Selection cleared');
    const node = this.graph.getNodeAttributes(id);
    const flags = this.state.audit ? this.audited?.flags.get(id) : undefined;
    announce(`${NODE_KIND_INFO[node.kind].title} selected: ${node.label}.${flags ? ` Audit: ${flags.map((f) => f.reason).join('; ')}.` : ''} Details in the panel.`);
  }

  private showWindowStatus(): void {
    const status = byId('window-status');
    const partial = this.view.display.order < this.graph.order;
    status.hidden = !this.windowed;
    if (!this.windowed) return;
    replaceChildren(
      status,
      partial
        ? `Showing ${this.view.display.order.toLocaleString('en')} of ${this.graph.order.toLocaleString('en')} nodes: the selection’s evidence and neighbours. Selecting or searching a node adds its own. `
        : `Showing all ${this.graph.order.toLocaleString('en')} nodes. `,
      partial
        ? h('button', { type: 'button', id: 'show-all', onclick: () => this.showAll() }, `Show all (slow: every render draws ${this.graph.size.toLocaleString('en')} edges)`)
        : null,
    );
  }

  /** Puts the whole graph in the view (a large graph's renders then take seconds each with software WebGL). */
  private showAll(): void {
    this.view.show(this.graph.nodes());
    this.showWindowStatus();
  }

  private model(): ViewModel {
    const markers = this.state.audit && this.audited ? this.audited.markers : this.noMarks;
    return { visible: this.visibility(), selected: this.state.selected, highlight: this.pathHighlight ?? this.selectionHighlight(), weak: markers };
  }

  private visibility(): Visibility {
    const { hiddenNodeKinds, hiddenEdgeKinds, focus, selected } = this.state;
    const key = JSON.stringify([hiddenNodeKinds, hiddenEdgeKinds, focus, focus ? selected : null]);
    if (this.visibleMemo?.key !== key) this.visibleMemo = { key, value: computeVisibility(this.graph, this.state) };
    return this.visibleMemo.value;
  }

  /** For a claim: its evidence paths and the obstacles that explain it; otherwise: its neighbours. */
  private selectionHighlight(): Highlight | null {
    const id = this.state.selected;
    if (!id) return null;
    if (this.highlightMemo?.id !== id) this.highlightMemo = { id, value: selectionHighlight(this.graph, id, { paths: !this.windowed }) };
    return this.highlightMemo.value;
  }

  private applyLayout(): void {
    this.layoutRun?.cancel();
    const name = this.state.layout;
    this.layoutShown = name;
    const status = byId('layout-status');
    showStatus(status, name === 'fa2' ? 'ForceAtlas2: starting…' : '', 0);
    const live = this.graph.order <= LIVE_LAYOUT_MAX_NODES;
    const run = runLayout(this.graph, name, this.flow, (positions, done, total) => {
      if (live) this.view.setPositions(positions);
      showStatus(status, `ForceAtlas2: ${Math.round((100 * done) / total)}%`, 0);
    });
    this.layoutRun = run;
    run.done.then(
      (positions) => {
        if (this.layoutRun !== run) return;
        this.view.setPositions(positions);
        // The new picture is framed, unless a camera was given (a link's) or taken (a pan while the layout ran).
        if (!this.state.camera) void this.view.fitVisible(this.inset());
        showStatus(status, name === 'fa2' ? 'ForceAtlas2: settled' : '');
        document.body.dataset.layout = `${name}:settled`;
      },
      (error: Error) => showStatus(status, error.message, 0),
    );
  }

  /** The current view as a figure: what the graph area shows, titled with the dataset and the selection. */
  /** The visible part of the graph as a graph of its own, with the briefs and works it needs to load (a download). */
  private visiblePart(visible: Visibility): ClaimGraph {
    const nodes = new Set(visible.nodes);
    const { edges } = withIdentity(this.graph, nodes);
    return subgraphOf(this.graph, nodes, edges.length === 0 ? visible.edges : new Set([...visible.edges, ...edges]));
  }

  figure(): ViewFigure {
    const title = this.graph.getAttribute('title');
    const parts: string[] = [];
    if (this.state.selected) parts.push(`Selected: ${this.graph.getNodeAttribute(this.state.selected, 'label')}`);
    if (this.state.hiddenNodeKinds.length) parts.push(`hidden: ${this.state.hiddenNodeKinds.join(', ')}`);
    if (this.state.hiddenEdgeKinds.length) parts.push(`hidden edges: ${this.state.hiddenEdgeKinds.join(', ')}`);
    if (this.state.focus) parts.push(`within ${this.state.focus.depth} hops`);
    if (this.state.audit) parts.push('audit flags shown');
    return { scene: this.view.scene(), title, subtitle: parts.join(' · ') || 'The whole graph' };
  }

  private mountToolbar(): void {
    // A new layout drops the camera: its positions are framed once they settle.
    byId<HTMLSelectElement>('layout').addEventListener('change', (e) => {
      window.clearTimeout(this.cameraTimer);
      this.update({ layout: (e.target as HTMLSelectElement).value as ViewState['layout'], camera: null });
    });
    byId('reset-camera').addEventListener('click', () => void this.view.fitVisible(this.inset()));
    byId('zoom-in').addEventListener('click', () => this.view.zoom(1.5));
    byId('zoom-out').addEventListener('click', () => this.view.zoom(1 / 1.5));
    mountFunnel(byId('show-funnel'), document.querySelector('main')!, this.graph, (id) => this.select(id));
    const copied = byId('copy-status');
    byId('copy-link').addEventListener('click', () => {
      this.keepCamera();
      const url = location.href;
      navigator.clipboard.writeText(url).then(
        () => showStatus(copied, 'Link copied'),
        () => {
          const field = h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'link to this view' });
          replaceChildren(copied, field);
          field.select();
        },
      );
    });
    const menu = byId('download-menu');
    const details = menu.closest('details');
    replaceChildren(
      menu,
      ...DOWNLOAD_FORMATS.map((format) =>
        h(
          'button',
          {
            type: 'button',
            'data-format': format.id,
            onclick: () => {
              const visible = this.visibility();
              if (details) details.open = false;
              details?.querySelector('summary')?.focus();
              void download(format, { visible: this.visiblePart(visible), figure: () => this.figure(), stem: slug(this.graph.getAttribute('title')) });
            },
          },
          format.label,
        ),
      ),
    );
  }
}
