// The viewer application: holds the view state, keeps the URL, the graph view, the sidebar and the panel in step.
import type { ClaimGraph } from '../src/model/graph.js';
import { evidenceFlowLayout, type Position } from '../src/layout/evidence-flow.js';
import { audit, weakClaims, type AuditReport } from '../src/query/audit.js';
import { obstaclesFor } from '../src/query/obstacles-for.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { stats } from '../src/query/stats.js';
import { subgraphOf } from '../src/query/subgraph-of.js';
import { DOWNLOAD_FORMATS, download, slug } from './export/downloads.js';
import { GraphView, type ViewModel } from './graph/graph-view.js';
import { computeVisibility } from './graph/visibility.js';
import { LIVE_LAYOUT_MAX_NODES, runLayout, type LayoutRun } from './layout/run-layout.js';
import { DEFAULT_STATE, stateFromHash, stateToHash, type ViewState } from './state/view-state.js';
import { byId, h, replaceChildren } from './ui/dom.js';
import { mountFunnel } from './ui/funnel.js';
import { renderPanel } from './ui/panel.js';
import { mountSearch } from './ui/search.js';
import { renderSidebar } from './ui/sidebar.js';

type Highlight = ViewModel['highlight'];

export class App {
  private state: ViewState = DEFAULT_STATE;
  private readonly view: GraphView;
  private readonly counts;
  private auditReport: AuditReport | null = null;
  private pathHighlight: Highlight = null;
  private layoutRun: LayoutRun | null = null;
  private layoutShown: ViewState['layout'] | null = null;
  /** The evidence-flow positions, computed once: the default picture and the seed of ForceAtlas2. */
  private flow: Map<string, Position> = new Map();

  constructor(
    private readonly graph: ClaimGraph,
    mark: (step: string) => void = () => {},
  ) {
    const s = stats(graph);
    this.counts = { nodes: s.nodesByKind, edges: s.edgesByKind };
    this.state = this.validState(stateFromHash(location.hash));
    document.title = `${s.title} · claimgraph`;
    byId('dataset-title').textContent = s.title;
    byId('dataset-stats').textContent = `${s.nodes.toLocaleString('en')} nodes · ${s.edges.toLocaleString('en')} edges`;

    const positions = evidenceFlowLayout(graph);
    this.flow = positions;
    mark('layout');
    this.view = new GraphView(byId('graph'), graph, positions, this.model(), { select: (id) => (id === null ? this.update({ selected: null, focus: null }, 'push') : this.select(id)) });
    this.layoutShown = 'flow';
    mark('sigma');
    this.view.sigma.once('afterRender', () => {
      mark('first-frame');
      document.body.dataset.firstFrame = 'true';
    });

    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('suggestions'), graph, (id) => this.select(id));
    this.mountToolbar();
    window.addEventListener('popstate', () => this.restoreFromUrl());
    window.addEventListener('hashchange', () => this.restoreFromUrl());
    this.render();
    this.focusSelection();
    document.body.dataset.ready = 'true';
  }

  /** Selects a node: a new history entry, so Back returns to the previous selection. */
  select(id: string): void {
    if (!this.graph.hasNode(id)) return;
    this.update({ selected: id }, 'push');
    this.focusSelection();
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
    this.state = next;
    this.pathHighlight = null;
    this.render();
    if (moved) this.focusSelection();
  }

  /** Frames the selection with what it highlights, once the panel beside the graph has taken its room. */
  private focusSelection(): void {
    const id = this.state.selected;
    if (!id) return;
    const companions = [...(this.selectionHighlight()?.nodes ?? [])].filter((n) => this.model().visible.nodes.has(n));
    requestAnimationFrame(() => {
      this.view.sigma.resize();
      void this.view.focusNodes(id, companions);
    });
  }

  /** Drops what does not fit the data: an unknown selection, a focus without selection. */
  private validState(state: ViewState): ViewState {
    const selected = state.selected && this.graph.hasNode(state.selected) ? state.selected : null;
    return { ...state, selected, focus: selected ? state.focus : null };
  }

  private render(): void {
    if (this.state.audit && !this.auditReport) this.auditReport = audit(this.graph);
    if (this.layoutShown !== this.state.layout) this.applyLayout();
    this.view.setModel(this.model());
    renderSidebar(byId('sidebar-content'), this.state, this.counts, this.state.audit ? this.auditReport : null, {
      update: (change) => this.update(change),
      select: (id) => this.select(id),
    });
    renderPanel(byId('panel'), this.graph, this.state.selected, {
      select: (id) => this.select(id),
      highlightPath: (path) => {
        this.pathHighlight = path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : null;
        this.view.setModel(this.model());
      },
    });
    byId<HTMLSelectElement>('layout').value = this.state.layout;
  }

  private model(): ViewModel {
    const visible = computeVisibility(this.graph, this.state);
    const weak = this.state.audit && this.auditReport ? weakClaims(this.auditReport) : new Set<string>();
    return { visible, selected: this.state.selected, highlight: this.pathHighlight ?? this.selectionHighlight(), weak };
  }

  /** For a claim: its evidence paths and the obstacles that explain it; otherwise: its neighbours. */
  private selectionHighlight(): Highlight {
    const id = this.state.selected;
    if (!id) return null;
    const nodes = new Set([id]);
    const edges = new Set<string>();
    if (this.graph.getNodeAttribute(id, 'kind') === 'claim') {
      for (const s of sourcesFor(this.graph, id)) {
        s.path.forEach((n) => nodes.add(n));
        s.steps.forEach((step) => edges.add(step.edge));
      }
      for (const o of obstaclesFor(this.graph, id, { direct: true })) {
        nodes.add(o.obstacle.id);
        edges.add(o.explains.edge);
      }
    }
    this.graph.forEachEdge(id, (edge, _a, source, target) => {
      nodes.add(source);
      nodes.add(target);
      edges.add(edge);
    });
    return { nodes, edges };
  }

  private applyLayout(): void {
    this.layoutRun?.cancel();
    const name = this.state.layout;
    this.layoutShown = name;
    const status = byId('layout-status');
    status.textContent = name === 'fa2' ? 'ForceAtlas2: starting…' : '';
    const live = this.graph.order <= LIVE_LAYOUT_MAX_NODES;
    const run = runLayout(this.graph, name, this.flow, (positions, done, total) => {
      if (live) this.view.setPositions(positions);
      status.textContent = `ForceAtlas2: ${Math.round((100 * done) / total)}%`;
    });
    this.layoutRun = run;
    run.done.then(
      (positions) => {
        if (this.layoutRun !== run) return;
        this.view.setPositions(positions);
        status.textContent = name === 'fa2' ? 'ForceAtlas2: settled' : '';
        document.body.dataset.layout = `${name}:settled`;
      },
      (error: Error) => {
        status.textContent = error.message;
      },
    );
  }

  private mountToolbar(): void {
    byId<HTMLSelectElement>('layout').addEventListener('change', (e) => this.update({ layout: (e.target as HTMLSelectElement).value as ViewState['layout'] }));
    byId('reset-camera').addEventListener('click', () => void this.view.resetCamera());
    mountFunnel(byId('show-funnel'), document.querySelector('main')!, this.graph, (id) => this.select(id));
    const copied = byId('copy-status');
    byId('copy-link').addEventListener('click', () => {
      const url = location.href;
      navigator.clipboard.writeText(url).then(
        () => (copied.textContent = 'Link copied'),
        () => {
          const field = h('input', { type: 'text', readonly: true, value: url, 'aria-label': 'link to this view' });
          replaceChildren(copied, field);
          field.select();
        },
      );
    });
    const menu = byId('download-menu');
    replaceChildren(
      menu,
      ...DOWNLOAD_FORMATS.map((format) =>
        h('button', {
          type: 'button',
          'data-format': format.id,
          onclick: () => {
            const visible = computeVisibility(this.graph, this.state);
            void download(format, { visible: subgraphOf(this.graph, visible.nodes, visible.edges), view: this.view, stem: slug(this.graph.getAttribute('title')) });
          },
        }, format.label),
      ),
    );
  }
}
