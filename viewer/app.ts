// The viewer application: holds the view state, keeps the URL, the graph view, the sidebar and the panel in step. In a
// corpus of several briefs the graph area shows every brief, one brief's view, or the corpus overview (./corpus-view.ts).
import type { ClaimGraph } from '../src/model/graph.js';
import { NODE_KIND_INFO } from '../src/model/schema.js';
import { evidenceFlowLayout, type Position } from '../src/layout/evidence-flow.js';
import { audit, type AuditReport } from '../src/query/audit.js';
import { stats } from '../src/query/stats.js';
import { subgraphOf, withIdentity } from '../src/query/subgraph-of.js';
import { CorpusView, type Shown } from './corpus-view.js';
import { DOWNLOAD_FORMATS, download, slug } from './export/downloads.js';
import type { ViewFigure } from './export/view-figure.js';
import { claimGraphSource } from './graph/display-source.js';
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
import { corpusSection, overviewCaption, overviewSection } from './ui/corpus-controls.js';
import { showEdgeTip, showOverviewEdgeTip } from './ui/edge-tip.js';
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
  /** The corpus's briefs, brief views and overview; which of them shows a node. */
  readonly corpusView: CorpusView;
  /** What the graph area shows ('overview', 'all', or a brief's id), and the graph it shows (the corpus in the overview). */
  private shown: Shown = 'all';
  private graph: ClaimGraph;
  private counts: ReturnType<typeof kindCounts>;
  /** The corpus's counts, taken once (the title bar's numbers and the legend's when every brief shows). */
  private readonly corpusCounts: ReturnType<typeof kindCounts>;
  private corpusLaid: { counts: ReturnType<typeof kindCounts>; flow: Map<string, Position> } | null = null;
  private windowed = false;
  private audited: { report: AuditReport; flags: Map<string, AuditFlag[]>; markers: Map<string, string> } | null = null;
  private readonly noMarks = new Map<string, string>();
  private pathHighlight: Highlight | null = null;
  /** The selection's highlight and the visible set, computed once per selection and per filter change. */
  private highlightMemo: { id: string; value: Highlight } | null = null;
  private visibleMemo: { key: string; value: Visibility } | null = null;
  private announced: string | null = null;
  private announcedShown: Shown | null = null;
  /** The selection the panel shows, and whether it lists a large graph's indirect sources (asked for). */
  private panelShown: { id: string | null; full: boolean } | null = null;
  private panelFull: string | null = null;
  private layoutRun: LayoutRun | null = null;
  private layoutShown: ViewState['layout'] | null = null;
  /** The evidence-flow positions, computed once per graph shown: the default picture and the seed of ForceAtlas2. */
  private flow: Map<string, Position> = new Map();
  private readonly sidebarDrawer;
  /** The control outside the panel that opened it or last changed its node: it gets the focus back when the panel closes. */
  private panelOpener: { element: HTMLElement; id: string } | null = null;
  /** The camera is written into the URL once it has rested this long (a pan or an animation moves it every frame). */
  private cameraTimer: number | undefined;

  constructor(
    private readonly corpus: ClaimGraph,
    mark: (step: string) => void = () => {},
    options: { corpusControls?: boolean } = {},
  ) {
    const s = stats(corpus);
    this.graph = corpus;
    this.counts = this.corpusCounts = { nodes: s.nodesByKind, edges: s.edgesByKind };
    this.corpusView = new CorpusView(corpus, options.corpusControls !== false);
    this.state = this.validState(stateFromHash(location.hash));
    document.title = `${s.title} · claimgraph`;
    byId('dataset-title').textContent = s.title;
    byId('dataset-stats').textContent = `${s.nodes.toLocaleString('en')} nodes · ${s.edges.toLocaleString('en')} edges`;

    mark('app');
    const first = this.prepare(this.corpusView.shown(this.state));
    // A large graph opens on its answer and the answer's evidence, not on every node at once.
    const answer = this.shown === 'overview' ? null : answerClaim(this.graph);
    if (this.windowed && !this.state.selected && answer) {
      this.state = { ...this.state, selected: answer };
      window.history.replaceState(null, '', `${location.pathname}${location.search}${stateToHash(this.state)}`);
    }
    mark('layout');
    const window0 = this.shown !== 'overview' && this.windowed ? this.windowAround(this.state.selected) : null;
    mark('window');
    this.view = new GraphView(
      byId('graph'),
      first.source,
      first.positions,
      this.model(),
      { select: (id) => (id === null ? this.deselect() : this.select(id)), hoverEdge: (edge, at) => this.showTip(edge, at) },
      window0,
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

    // The search suggests the nodes of what is shown: one brief's when one is, else the whole corpus's.
    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), byId('search-empty'), () => this.graph, (id) => this.select(id));
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
    // A link's camera is shown as it was; without one, the selection is framed (the overview: all of it, above its caption).
    if (this.state.camera) this.view.sigma.getCamera().setState(this.state.camera);
    else if (this.shown === 'overview' && !this.state.selected) void this.view.fitVisible(this.inset());
    else this.focusSelection();
    document.body.dataset.ready = 'true';
  }

  /**
   * Makes `shown` the graph the app works on: the corpus or a brief's view with its evidence-flow positions, counts and
   * window, or the overview with its own positions. Returns what the graph view is to draw.
   */
  private prepare(shown: Shown) {
    this.shown = shown;
    this.audited = null;
    this.highlightMemo = null;
    this.visibleMemo = null;
    this.pathHighlight = null;
    this.panelFull = null;
    document.body.dataset.shown = shown;
    if (shown === 'overview') {
      const overview = this.corpusView.overview();
      this.graph = this.corpus;
      this.windowed = false;
      return { source: overview.display, positions: overview.layout.positions };
    }
    this.graph = this.corpusView.graphFor(shown === 'all' ? null : shown);
    // The whole corpus's layout is kept (a large corpus's takes a second); a brief's is small.
    const kept = this.graph === this.corpus ? this.corpusLaid : null;
    const laid = kept ?? { counts: this.graph === this.corpus ? this.corpusCounts : kindCounts(this.graph), flow: evidenceFlowLayout(this.graph) };
    if (this.graph === this.corpus) this.corpusLaid = laid;
    this.counts = laid.counts;
    this.flow = laid.flow;
    this.windowed = this.graph.order > WINDOW_ABOVE_NODES;
    return { source: claimGraphSource(this.graph), positions: this.flow };
  }

  /** Shows what the state asks for when the graph area shows something else; true when it changed. */
  private switchShown(): boolean {
    const shown = this.corpusView.shown(this.state);
    if (shown === this.shown) return false;
    this.layoutRun?.cancel();
    this.layoutRun = null;
    const next = this.prepare(shown);
    const window = shown !== 'overview' && this.windowed ? this.windowAround(this.state.selected) : null;
    this.view.replace(next.source, next.positions, this.model(), window);
    // The evidence flow is drawn; ForceAtlas2, if asked for, starts from it.
    this.layoutShown = shown === 'overview' ? this.state.layout : 'flow';
    showStatus(byId('layout-status'), '');
    return true;
  }

  /**
   * After a switch: a link's camera, else the selection framed, else the whole of what is shown as a page opened on it
   * shows it (the overview above its caption).
   */
  private frameShown(): void {
    const camera = this.view.sigma.getCamera();
    if (this.state.camera) camera.setState(this.state.camera);
    else if (this.state.selected) this.focusSelection();
    else if (this.shown === 'overview') void this.view.fitVisible(this.inset());
    else camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
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

  /**
   * Selects a node: a new history entry, so Back returns to the previous selection. A node the graph area does not
   * show switches it to the node's brief (or to every brief); a brief picked in the overview shows that brief.
   */
  select(id: string): void {
    if (!this.corpus.hasNode(id)) return;
    // The control outside the panel that opened it, or last changed what it shows, gets the focus back when it closes.
    if (!document.activeElement?.closest('#panel')) this.panelOpener = opener(document.activeElement);
    const switched = this.update({ selected: id, ...this.corpusView.route(this.state, id) }, 'push');
    if (!switched) this.focusSelection();
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

  /** Applies a change of the view state; true when the graph area switched to another graph (it is framed anew). */
  update(change: Partial<ViewState>, history: 'push' | 'replace' = 'replace'): boolean {
    this.state = this.validState({ ...this.state, ...change });
    this.pathHighlight = null;
    const hash = stateToHash(this.state);
    const url = `${location.pathname}${location.search}${hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const switched = this.render();
    if (switched) this.frameShown();
    return switched;
  }

  private restoreFromUrl(): void {
    const next = this.validState(stateFromHash(location.hash));
    const moved = next.selected !== this.state.selected;
    window.clearTimeout(this.cameraTimer);
    this.state = next;
    this.pathHighlight = null;
    if (this.render()) return this.frameShown();
    if (next.camera) {
      const { x, y, ratio } = this.view.sigma.getCamera().getState();
      if (!sameCamera(roundCamera({ x, y, ratio }), next.camera)) this.view.sigma.getCamera().setState(next.camera);
    } else if (moved) this.focusSelection();
  }

  /** The nodes a large graph shows for a selection: what it highlights and its neighbours. */
  private windowAround(id: string | null): Set<string> {
    if (id && this.graph.hasNode(id)) return windowFor(this.graph, id, this.selectionHighlight());
    const answer = answerClaim(this.graph);
    return answer ? windowFor(this.graph, answer, selectionHighlight(this.graph, answer, { paths: false })) : new Set(this.graph.nodes().slice(0, 500));
  }

  /** What the panel drawer (small screens), the zoom buttons and (in the overview) its caption cover of the graph area. */
  private inset() {
    const graph = byId('graph').getBoundingClientRect();
    const zoom = byId('zoom-controls').getBoundingClientRect();
    const inset = { ...panelInset(byId('panel'), byId('graph')), insetLeft: Math.max(0, zoom.right - graph.left) };
    const caption = byId('window-status');
    if (this.shown === 'overview' && !caption.hidden && caption.offsetHeight > 0) {
      inset.insetBottom = Math.max(inset.insetBottom ?? 0, graph.bottom - caption.getBoundingClientRect().top + 4);
    }
    return inset;
  }

  /** The zoom buttons' box in the graph area's coordinates: labels keep out of it. */
  private reserved() {
    const graph = byId('graph').getBoundingClientRect();
    const zoom = byId('zoom-controls').getBoundingClientRect();
    return [{ x: zoom.left - graph.left - 4, y: zoom.top - graph.top - 4, width: zoom.width + 8, height: zoom.height + 8 }];
  }

  /** Frames the selection with what it highlights, in the room the panel leaves; a brief of a corpus with its whole view. */
  private focusSelection(): void {
    const id = this.state.selected;
    if (!id) return;
    if (this.corpusView.isCorpus && this.shown !== 'overview' && this.corpus.getNodeAttribute(id, 'kind') === 'brief') {
      void this.view.fitVisible(this.inset());
      return;
    }
    // frame() keeps the visible ones. Reading the panel's size lays the page out now, so the frame and any new nodes make one render together.
    void this.view.frame([id, ...(this.selectionHighlight()?.nodes ?? [])], this.inset());
  }

  /** Drops what does not fit the data: an unknown selection, a focus without selection, a brief the corpus lacks. */
  private validState(state: ViewState): ViewState {
    return this.corpusView.valid(state);
  }

  /** Brings the page in line with the state; true when the graph area switched to another graph. */
  private render(): boolean {
    const switched = this.switchShown();
    const overview = this.shown === 'overview';
    if (!overview && this.state.audit && !this.audited) {
      const report = audit(this.graph);
      const flags = auditFlags(report);
      this.audited = { report, flags, markers: auditMarkers(flags) };
    }
    if (!overview && this.layoutShown !== this.state.layout) this.applyLayout();
    if (!overview && this.windowed && this.state.selected) this.view.show(this.windowAround(this.state.selected));
    this.view.setModel(this.model());
    const corpus = this.corpusView.isCorpus
      ? {
          section: corpusSection(this.corpus, this.corpusView.briefs, this.state, this.graph, { update: (change) => this.update(change, 'push') }),
          overview: overview ? overviewSection(this.corpusView.overview().data, { select: (id) => this.select(id) }) : null,
        }
      : null;
    renderSidebar(byId('sidebar-content'), this.state, this.counts, !overview && this.state.audit ? this.audited : null, {
      update: (change) => this.update(change),
      select: (id) => this.select(id),
    }, corpus);
    this.renderPanel();
    const layout = byId<HTMLSelectElement>('layout');
    layout.value = this.state.layout;
    layout.disabled = overview;
    if (overview) layout.title = 'The corpus overview has a layout of its own';
    else layout.removeAttribute('title');
    this.view.setInset(this.inset(), this.reserved());
    this.announceChanges();
    this.showWindowStatus();
    return switched;
  }

  /** The panel depends on the selection only: it is rebuilt when that changes (its queries are the costly part). */
  private renderPanel(): void {
    const id = this.state.selected;
    const full = !this.windowed || (id !== null && this.panelFull === id);
    if (this.panelShown && this.panelShown.id === id && this.panelShown.full === full) return;
    this.panelShown = { id, full };
    renderPanel(
      byId('panel'),
      this.corpus,
      id,
      {
        select: (next) => this.select(next),
        close: () => this.deselect(),
        highlightPath: (path) => {
          // A path through nodes the graph area does not show (another brief's) is not drawn.
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

  /** Tells screen-reader users what changed, in one message: the graph area switched (to a brief, every brief, the overview), the selection. */
  private announceChanges(): void {
    const parts: string[] = [];
    if (this.announcedShown !== this.shown) {
      if (this.announcedShown !== null && this.corpusView.isCorpus) parts.push(this.shownText());
      this.announcedShown = this.shown;
    }
    const selection = this.selectionChange();
    if (selection) parts.push(selection);
    if (parts.length) announce(parts.join(' '));
  }

  /** What the graph area shows, in words. */
  private shownText(): string {
    if (this.shown === 'overview') {
      const { data } = this.corpusView.overview();
      return `Corpus overview: ${data.briefs.length.toLocaleString('en')} briefs and ${data.works.length.toLocaleString('en')} works they share.`;
    }
    if (this.shown === 'all') return `Showing all ${this.corpusView.briefs.length.toLocaleString('en')} briefs.`;
    return `Showing one brief: ${this.corpus.getNodeAttribute(this.shown, 'label')} (${this.graph.order.toLocaleString('en')} nodes).`;
  }

  /** The selection, when it changed since the last announcement. */
  private selectionChange(): string | null {
    const id = this.state.selected;
    if (id === this.announced) return null;
    this.announced = id;
    if (!id) return 'Selection cleared';
    const node = this.corpus.getNodeAttributes(id);
    const flags = this.state.audit ? this.audited?.flags.get(id) : undefined;
    return `${NODE_KIND_INFO[node.kind].title} selected: ${node.label}.${flags ? ` Audit: ${flags.map((f) => f.reason).join('; ')}.` : ''} Details in the panel.`;
  }

  private showWindowStatus(): void {
    const status = byId('window-status');
    if (this.shown === 'overview') {
      status.hidden = false;
      replaceChildren(status, `${overviewCaption(this.corpusView.overview().data)} Click a brief to show it; click a work to read who cites it.`);
      return;
    }
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

  /** The tooltip of the edge under the pointer: a claim graph's edge, or an overview's brief citing a work. */
  private showTip(edge: string | null, at: { x: number; y: number }): void {
    const tip = byId('edge-tip');
    if (this.shown === 'overview') showOverviewEdgeTip(tip, this.corpusView.overview().display, edge, at);
    else showEdgeTip(tip, this.graph, edge, at);
  }

  private model(): ViewModel {
    const markers = this.state.audit && this.audited ? this.audited.markers : this.noMarks;
    return { visible: this.visibility(), selected: this.state.selected, highlight: this.pathHighlight ?? this.selectionHighlight(), weak: markers };
  }

  private visibility(): Visibility {
    if (this.shown === 'overview') {
      if (this.visibleMemo?.key !== 'overview') {
        const { graph } = this.corpusView.overview().display;
        this.visibleMemo = { key: 'overview', value: { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) } };
      }
      return this.visibleMemo.value;
    }
    const { hiddenNodeKinds, hiddenEdgeKinds, focus, selected } = this.state;
    const key = JSON.stringify([hiddenNodeKinds, hiddenEdgeKinds, focus, focus ? selected : null]);
    if (this.visibleMemo?.key !== key) this.visibleMemo = { key, value: computeVisibility(this.graph, this.state) };
    return this.visibleMemo.value;
  }

  /** For a claim: its evidence paths and the obstacles that explain it; otherwise (and in the overview): its neighbours. */
  private selectionHighlight(): Highlight | null {
    const id = this.state.selected;
    if (!id) return null;
    if (this.highlightMemo?.id !== id) {
      const value =
        this.shown === 'overview'
          ? neighbours(this.corpusView.overview().display.graph, id)
          : this.graph.hasNode(id)
            ? selectionHighlight(this.graph, id, { paths: !this.windowed })
            : { nodes: new Set([id]), edges: new Set<string>() };
      this.highlightMemo = { id, value };
    }
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

  /** The visible part of the graph as a graph of its own, with the briefs and works it needs to load (a download). */
  private visiblePart(visible: Visibility): ClaimGraph {
    if (this.shown === 'overview') return this.overviewPart();
    const nodes = new Set(visible.nodes);
    const { edges } = withIdentity(this.graph, nodes);
    return subgraphOf(this.graph, nodes, edges.length === 0 ? visible.edges : new Set([...visible.edges, ...edges]));
  }

  /** The overview as data: its briefs and works, and the markers (with their refers-to edges) that make each of its edges. */
  private overviewPart(): ClaimGraph {
    const { data } = this.corpusView.overview();
    const nodes = new Set<string>([...data.briefs.map((b) => b.id), ...data.works.map((w) => w.id)].filter((id) => this.corpus.hasNode(id)));
    for (const e of data.edges) for (const m of e.markers) nodes.add(m.id);
    const { edges } = withIdentity(this.corpus, nodes);
    return subgraphOf(this.corpus, new Set(this.corpus.filterNodes((id) => nodes.has(id))), new Set(edges));
  }

  /** The current view as a figure: what the graph area shows, titled with the dataset and the selection. */
  figure(): ViewFigure {
    const title = this.corpus.getAttribute('title');
    const parts: string[] = [];
    if (this.shown === 'overview') parts.push(this.shownText().replace(/\.$/, ''));
    else if (this.shown !== 'all') parts.push(`Brief: ${this.corpus.getNodeAttribute(this.shown, 'label')}`);
    if (this.state.selected) parts.push(`Selected: ${this.corpus.getNodeAttribute(this.state.selected, 'label')}`);
    if (this.shown !== 'overview') {
      if (this.state.hiddenNodeKinds.length) parts.push(`hidden: ${this.state.hiddenNodeKinds.join(', ')}`);
      if (this.state.hiddenEdgeKinds.length) parts.push(`hidden edges: ${this.state.hiddenEdgeKinds.join(', ')}`);
      if (this.state.focus) parts.push(`within ${this.state.focus.depth} hops`);
      if (this.state.audit) parts.push('audit flags shown');
    }
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
    // The funnel of what is shown: a brief's when one is (the overview shows the corpus).
    mountFunnel(byId('show-funnel'), document.querySelector('main')!, () => this.graph, (id) => this.select(id));
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
              void download(format, { visible: this.visiblePart(visible), figure: () => this.figure(), stem: slug(this.corpus.getAttribute('title')) });
            },
          },
          format.label,
        ),
      ),
    );
  }
}

/** A graph's nodes and edges counted by kind (the legend's numbers). */
function kindCounts(graph: ClaimGraph) {
  const s = stats(graph);
  return { nodes: s.nodesByKind, edges: s.edgesByKind };
}

/** A node, its edges and the nodes at their other ends (the overview's selected work and the briefs citing it). */
function neighbours(graph: { forEachEdge(node: string, fn: (edge: string, a: unknown, source: string, target: string) => void): void; hasNode(id: string): boolean }, id: string): Highlight {
  const nodes = new Set([id]);
  const edges = new Set<string>();
  if (!graph.hasNode(id)) return { nodes, edges };
  graph.forEachEdge(id, (edge, _a, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}
