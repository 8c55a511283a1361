// What the graph area shows of a corpus of several briefs: every brief, one brief's view (briefView), or the corpus
// overview (corpusOverview, built once); which of them shows a node (selecting a claim of another brief switches to
// it); and what of a view state fits the data. A dataset of one brief has none of this: every state shows it whole.
import type { ClaimGraph } from '../src/model/graph.js';
import { naturalCompare } from '../src/model/natural-order.js';
import { briefOf } from '../src/model/brief-of.js';
import { corpusOverviewLayout, type OverviewLayout } from '../src/layout/corpus-overview.js';
import { briefIds, briefView } from '../src/query/brief-view.js';
import { corpusOverview, type CorpusOverview } from '../src/query/corpus-overview.js';
import { overviewSource, type OverviewDisplay } from './graph/overview-source.js';
import type { ViewState } from './state/view-state.js';

/** What the graph area shows: 'overview', 'all' (every brief), or a brief's id. */
export type Shown = string;

export interface Overview {
  data: CorpusOverview;
  layout: OverviewLayout;
  display: OverviewDisplay;
}

export class CorpusView {
  /** The corpus's briefs in natural order; empty when there is one brief or none (or when the controls are off). */
  readonly briefs: string[];
  private readonly known: Set<string>;
  private view: { brief: string; graph: ClaimGraph } | null = null;
  private built: Overview | null = null;

  constructor(
    readonly corpus: ClaimGraph,
    /** False on a store's page, which holds only the neighbourhoods loaded so far: no brief filter, no overview. */
    enabled = true,
  ) {
    const ids = enabled ? briefIds(corpus).sort(naturalCompare) : [];
    this.briefs = ids.length > 1 ? ids : [];
    this.known = new Set(this.briefs);
  }

  get isCorpus(): boolean {
    return this.briefs.length > 1;
  }

  /** What a state shows. */
  shown(state: Pick<ViewState, 'brief' | 'overview'>): Shown {
    return state.overview ? 'overview' : state.brief ?? 'all';
  }

  /** The graph one brief sees (the last one asked is kept), or the whole corpus. */
  graphFor(brief: string | null): ClaimGraph {
    if (brief === null) return this.corpus;
    if (this.view?.brief !== brief) this.view = { brief, graph: briefView(this.corpus, brief) };
    return this.view.graph;
  }

  /** The overview of the corpus, built the first time it is asked for. */
  overview(): Overview {
    if (!this.built) {
      const data = corpusOverview(this.corpus);
      const layout = corpusOverviewLayout(data);
      this.built = { data, layout, display: overviewSource(data, layout) };
    }
    return this.built;
  }

  /** Drops what does not fit the data: a brief or an overview outside a corpus, an unknown brief, a selection the view does not hold. */
  valid(state: ViewState): ViewState {
    const brief = state.brief !== null && this.known.has(state.brief) ? state.brief : null;
    const overview = this.isCorpus && state.overview;
    let selected = state.selected !== null && this.corpus.hasNode(state.selected) ? state.selected : null;
    if (selected !== null && this.isCorpus) {
      const holds = overview ? this.overview().display.graph.hasNode(selected) : this.graphFor(brief).hasNode(selected);
      if (!holds) selected = null;
    }
    return { ...state, brief, overview, selected, focus: selected !== null && !overview ? state.focus : null };
  }

  /**
   * The brief filter and overview that show node `id`: a brief picked in the overview shows itself alone; nothing
   * changes when the view shows the node; another brief's node switches to that brief; a node of no brief (a work, the
   * library) keeps the brief whose view holds it, or shows every brief.
   */
  route(state: ViewState, id: string): Partial<ViewState> {
    if (!this.isCorpus || !this.corpus.hasNode(id)) return {};
    const node = this.corpus.getNodeAttributes(id);
    const own = briefOf(node);
    if (node.kind === 'brief' && this.known.has(id) && state.overview) return { overview: false, brief: id, camera: null };
    if (state.overview ? this.overview().display.graph.hasNode(id) : this.graphFor(state.brief).hasNode(id)) return {};
    if (own !== undefined) return { overview: false, brief: this.known.has(own) ? own : null, camera: null };
    // Only the overview can leave a brief's view that holds the node (the check above was on the overview's graph).
    const keep = state.overview && state.brief !== null && this.graphFor(state.brief).hasNode(id) ? state.brief : null;
    return { overview: false, brief: keep, camera: null };
  }
}
