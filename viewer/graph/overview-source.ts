// The corpus overview as the graph view draws it: each brief a square sized by its claims, each shared work a circle
// sized by the briefs citing it, at the overview layout's places; one edge per citing brief, wider with more markers.
import { MultiDirectedGraph } from 'graphology';
import type { OverviewLayout } from '../../src/layout/corpus-overview.js';
import type { CorpusOverview, OverviewEdge } from '../../src/query/corpus-overview.js';
import type { DisplaySource } from './display-source.js';
import { NODE_STYLE } from './styles.js';

/** The overview's edge kind: not one of the model's (a brief cites a work through its markers' refers-to edges). */
export const CITES = 'cites';
const EDGE_COLOUR = '#64748b';
/** Works whose labels the overview always tries to show. */
export const NAMED_WORKS = 5;

export interface OverviewDisplay extends DisplaySource {
  graph: MultiDirectedGraph<{ kind: 'brief' | 'work'; label: string }, { kind: typeof CITES; edge: OverviewEdge }>;
}

/** The key of the edge from a brief to a work. */
export const citesEdge = (brief: string, work: string): string => `cites:${brief}→${work}`;

export function overviewSource(overview: CorpusOverview, layout: OverviewLayout): OverviewDisplay {
  const graph: OverviewDisplay['graph'] = new MultiDirectedGraph();
  for (const b of overview.briefs) graph.addNode(b.id, { kind: 'brief', label: b.label });
  for (const w of overview.works) graph.addNode(w.id, { kind: 'work', label: w.label });
  for (const e of overview.edges) graph.addDirectedEdgeWithKey(citesEdge(e.brief, e.work), e.brief, e.work, { kind: CITES, edge: e });
  // Many edges share the middle of the picture: the more there are, the fainter each (hex alpha).
  const alpha = overview.edges.length > 2000 ? '30' : overview.edges.length > 300 ? '60' : 'A0';
  // The most shared works are named even in a crowd: their labels come first and may cover other nodes.
  const named = new Set(overview.works.slice(0, NAMED_WORKS).map((w) => w.id));
  return {
    graph,
    node(id) {
      const { kind, label } = graph.getNodeAttributes(id);
      const style = NODE_STYLE[kind];
      return { label, kind, shape: style.shape, color: style.color, size: layout.sizes.get(id) ?? style.size, answer: named.has(id), labelOverNodes: named.has(id) };
    },
    edge(id) {
      const markers = graph.getEdgeAttribute(id, 'edge').markers.length;
      return { kind: CITES, color: EDGE_COLOUR + alpha, highlight: '#334155', size: Math.min(4, 0.5 + 0.6 * markers), inferred: false };
    },
  };
}
