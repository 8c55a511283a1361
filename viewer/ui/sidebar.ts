// The legend, which is also the filter: node kinds and edge kinds from the schema's tables, plus focus and audit controls
// (and, in a corpus, the brief filter first: ./corpus-controls.ts).
import { EDGE_KIND_TABLE, EDGE_KINDS, NODE_KIND_INFO, NODE_KINDS, type EdgeKind, type NodeKind } from '../../src/model/schema.js';
import type { AuditReport } from '../../src/query/audit.js';
import { DIRECTIONS, type Direction } from '../../src/query/neighbourhood.js';
import { EDGE_STYLE, NODE_STYLE } from '../graph/styles.js';
import type { ViewState } from '../state/view-state.js';
import type { AuditFlag } from '../state/audit-marks.js';
import { auditList } from './audit-list.js';
import { h, replaceChildren } from './dom.js';

export interface SidebarActions {
  update(change: Partial<ViewState>): void;
  select(id: string): void;
}

/**
 * `corpus` (a dataset of several briefs): its brief filter goes first; in the overview, its legend takes the place of
 * the kind filters, focus and audit (which are the graph's).
 */
export function renderSidebar(
  container: HTMLElement,
  state: ViewState,
  counts: { nodes: Record<NodeKind, number>; edges: Record<EdgeKind, number> },
  audit: { report: AuditReport; flags: Map<string, AuditFlag[]> } | null,
  actions: SidebarActions,
  corpus: { section: HTMLElement; overview: HTMLElement | null } | null = null,
): void {
  if (corpus?.overview) {
    replaceChildren(container, corpus.section, corpus.overview);
    return;
  }
  const toggle = <K extends string>(list: K[], kind: K) => (list.includes(kind) ? list.filter((k) => k !== kind) : [...list, kind]);
  const nodeRows = NODE_KINDS.map((kind) =>
    h(
      'label',
      { class: 'legend-row', title: NODE_KIND_INFO[kind].description },
      h('input', { type: 'checkbox', 'data-node-kind': kind, checked: !state.hiddenNodeKinds.includes(kind), onchange: () => actions.update({ hiddenNodeKinds: toggle(state.hiddenNodeKinds, kind) }) }),
      h('span', { class: `shape shape-${NODE_STYLE[kind].shape}`, style: `--c:${NODE_STYLE[kind].color}` }),
      NODE_KIND_INFO[kind].title,
      h('span', { class: 'count' }, counts.nodes[kind]),
    ),
  );
  const edgeRows = EDGE_KINDS.filter((kind) => counts.edges[kind] > 0).map((kind) =>
    h(
      'label',
      { class: 'legend-row', title: `${EDGE_KIND_TABLE[kind].description} (${EDGE_KIND_TABLE[kind].endpoints.map(([f, t]) => `${f} → ${t}`).join(', ')})` },
      h('input', { type: 'checkbox', 'data-edge-kind': kind, checked: !state.hiddenEdgeKinds.includes(kind), onchange: () => actions.update({ hiddenEdgeKinds: toggle(state.hiddenEdgeKinds, kind) }) }),
      h('span', { class: 'edge-swatch', style: `--c:${EDGE_STYLE[kind].color}` }),
      kind,
      h('span', { class: 'count' }, counts.edges[kind]),
    ),
  );
  const focus = state.focus ?? { depth: 2, direction: 'both' as Direction };
  const focusControls = h(
    'div',
    { class: 'focus' },
    h(
      'label',
      {},
      h('input', { type: 'checkbox', id: 'focus-toggle', checked: state.focus !== null, disabled: state.selected === null, onchange: (e: Event) => actions.update({ focus: (e.target as HTMLInputElement).checked ? focus : null }) }),
      ' Only the selection’s neighbourhood',
    ),
    h(
      'div',
      { class: 'focus-options' },
      h('select', { id: 'focus-depth', 'aria-label': 'hops', onchange: (e: Event) => actions.update({ focus: { ...focus, depth: Number((e.target as HTMLSelectElement).value) } }) }, ...[1, 2, 3, 4, 5].map((d) => h('option', { value: d, selected: d === focus.depth }, `${d} hop${d > 1 ? 's' : ''}`))),
      h('select', { id: 'focus-direction', 'aria-label': 'direction', onchange: (e: Event) => actions.update({ focus: { ...focus, direction: (e.target as HTMLSelectElement).value as Direction } }) }, ...DIRECTIONS.map((d) => h('option', { value: d, selected: d === focus.direction }, d === 'in' ? 'incoming' : d === 'out' ? 'outgoing' : 'both ways'))),
    ),
  );
  const auditToggle = h('label', { class: 'audit-toggle' }, h('input', { type: 'checkbox', id: 'audit-toggle', checked: state.audit, onchange: (e: Event) => actions.update({ audit: (e.target as HTMLInputElement).checked }) }), ' Audit: flag weakly supported claims');
  replaceChildren(
    container,
    corpus?.section,
    h('h2', {}, 'Nodes'),
    ...nodeRows,
    h('h2', {}, 'Edges'),
    ...edgeRows,
    h('h2', {}, 'Focus'),
    focusControls,
    h('h2', {}, 'Audit'),
    auditToggle,
    audit ? auditList(audit.report, audit.flags, state.selected, actions) : null,
  );
}
