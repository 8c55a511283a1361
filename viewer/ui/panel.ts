// The side panel: one node's full text and provenance, and what the queries say about it (sources, obstacles, backing).
import { authorsLine } from '../../src/model/authors.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { NODE_KIND_INFO, type GraphNode } from '../../src/model/schema.js';
import { claimsBackedBy, obstaclesDocumentedBy } from '../../src/query/claims-backed-by.js';
import { describeNode } from '../../src/query/describe-node.js';
import type { NodeRef, Step } from '../../src/query/node-ref.js';
import { obstacleDetail, obstaclesFor } from '../../src/query/obstacles-for.js';
import { sourcesFor, type SourceSupport } from '../../src/query/sources-for.js';
import { NODE_STYLE } from '../graph/styles.js';
import { h, replaceChildren, safeHttpUrl } from './dom.js';

export interface PanelActions {
  select(id: string): void;
  /** Highlight one path (node ids and edge keys), or go back to the selection's default highlight. */
  highlightPath(path: { nodes: string[]; edges: string[] } | null): void;
}

export function renderPanel(container: HTMLElement, graph: ClaimGraph, id: string | null, actions: PanelActions): void {
  if (id === null || !graph.hasNode(id)) {
    replaceChildren(container, h('p', { class: 'hint' }, 'Select a node (click it, or search above) to read it here.'));
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const node = graph.getNodeAttributes(id);
  const link = (ref: NodeRef) =>
    h('button', { class: `node-link kind-${ref.kind}`, type: 'button', 'data-node': ref.id, title: ref.id, onclick: () => actions.select(ref.id) }, ref.label);
  const sections: (HTMLElement | null)[] = [header(node), ...fields(node)];

  if (node.kind === 'claim') {
    const sources = sourcesFor(graph, id);
    const direct = sources.filter((s) => s.direct);
    const indirect = sources.filter((s) => !s.direct);
    sections.push(
      section(`Supported directly by ${direct.length} source${direct.length === 1 ? '' : 's'}`, 'sources-direct', direct.map((s) => sourceItem(graph, s, link, actions))),
      section(`Supported indirectly by ${indirect.length} source${indirect.length === 1 ? '' : 's'}`, 'sources-indirect', indirect.map((s) => sourceItem(graph, s, link, actions))),
    );
    const obstacles = obstaclesFor(graph, id);
    sections.push(
      section(
        `Explained by ${obstacles.length} obstacle${obstacles.length === 1 ? '' : 's'}`,
        'obstacles',
        obstacles.map((o) =>
          h(
            'li',
            {},
            link(o.obstacle),
            h('span', { class: 'meta' }, ` ${o.obstacle.affects}${o.direct ? '' : ' · via a supporting claim'}`),
            h('div', { class: 'meta' }, 'documented by ', ...joinNodes(o.documentedBy.map((d) => d.source), link), o.documentedBy.length ? null : 'nobody'),
          ),
        ),
      ),
    );
  } else if (node.kind === 'source') {
    const backed = claimsBackedBy(graph, id);
    sections.push(
      section(
        `Backs ${backed.length} claim${backed.length === 1 ? '' : 's'}`,
        'backs',
        backed.map((c) =>
          h(
            'li',
            { onmouseenter: () => actions.highlightPath({ nodes: c.path, edges: c.steps.map((s) => s.edge) }), onmouseleave: () => actions.highlightPath(null) },
            link(c.claim),
            h('span', { class: 'meta' }, c.direct ? ' direct' : ` via ${c.path.length - 2} claim${c.path.length === 3 ? '' : 's'}`),
          ),
        ),
      ),
      section('Documents obstacles', 'documents', obstaclesDocumentedBy(graph, id).map((o) => h('li', {}, link(o.obstacle), quote(o.step)))),
    );
  } else if (node.kind === 'obstacle') {
    const detail = obstacleDetail(graph, id);
    sections.push(
      section('Parts', 'parts', detail.parts.map((p) => h('li', {}, link(p)))),
      section('Part of', 'part-of', detail.partOf.map((p) => h('li', {}, link(p)))),
      section('Documented by', 'documented-by', detail.documentedBy.map((d) => h('li', {}, link(d.source), quote(d.step)))),
      section('Hinders stages', 'hinders', detail.hinders.map((s) => h('li', {}, link(s)))),
    );
  }
  const described = describeNode(graph, id);
  const explainsOrAnswers = [...described.outgoing, ...described.incoming].filter(
    ({ step }) => !['supports', 'documents', 'part-of', 'hinders'].includes(step.kind) || (node.kind === 'claim' && step.kind === 'supports' && step.from === id),
  );
  sections.push(
    section(
      'Other links',
      'edges',
      explainsOrAnswers.map(({ step, node: other }) => h('li', {}, h('span', { class: 'edge-kind' }, step.from === id ? `${step.kind} →` : `← ${step.kind}`), ' ', link(other), quote(step))),
    ),
  );
  replaceChildren(container, ...sections.filter((s): s is HTMLElement => s !== null));
}

function header(node: GraphNode): HTMLElement {
  const style = NODE_STYLE[node.kind];
  return h(
    'header',
    {},
    h('span', { class: 'kind-badge', style: `background:${style.color}` }, NODE_KIND_INFO[node.kind].title),
    node.kind === 'claim' ? h('span', { class: 'role' }, node.role) : null,
    h('h2', { id: 'panel-title' }, node.label),
    h('code', { class: 'node-id' }, node.id),
  );
}

/** The node's own fields: full text, quote and section, source details (a URL becomes a link only if http or https). */
function fields(node: GraphNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  const para = (cls: string, text: string | undefined) => (text ? out.push(h('p', { class: cls }, text)) : undefined);
  switch (node.kind) {
    case 'question':
      para('text', node.text);
      break;
    case 'claim':
      para('text', node.text);
      if (node.quote) out.push(h('blockquote', {}, `“${node.quote}”`, node.section ? h('footer', {}, `Brief, section ${node.section}`) : null));
      break;
    case 'obstacle':
      para('text', node.description);
      para('meta', `Affects ${node.affects}`);
      break;
    case 'stage':
      para('text', node.description);
      para('meta', `Step ${node.order} of the pipeline`);
      break;
    case 'source': {
      para('text', node.description);
      const rows: [string, string | number | undefined][] = [
        ['Citation', `[${node.citation}]`],
        ['Type', node.type],
        ['Identification', node.identification],
        ['Title', node.title],
        ['Authors', node.authors ? authorsLine(node.authors) : undefined],
        ['In', node.container],
        ['Publisher', node.publisher],
        ['Issued', node.issued],
        ['DOI', node.doi],
        ['Evidence', node.evidence],
      ];
      const list = h('dl', { class: 'source-fields' });
      for (const [name, value] of rows) if (value !== undefined) list.append(h('dt', {}, name), h('dd', {}, String(value)));
      if (node.url) {
        const href = safeHttpUrl(node.url);
        list.append(h('dt', {}, 'URL'), h('dd', {}, href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, node.url) : h('span', { class: 'inert-url', title: 'not an http(s) address: shown as text' }, node.url)));
      }
      out.push(list);
      break;
    }
  }
  return out;
}

function sourceItem(graph: ClaimGraph, s: SourceSupport, link: (ref: NodeRef) => HTMLElement, actions: PanelActions): HTMLElement {
  const path = { nodes: s.path, edges: s.steps.map((step) => step.edge) };
  const chain = s.path.slice(1).map((id) => graph.getNodeAttribute(id, 'label'));
  return h(
    'li',
    { class: 'source-item', 'data-source': s.source.id, onmouseenter: () => actions.highlightPath(path), onmouseleave: () => actions.highlightPath(null) },
    link(s.source),
    h('span', { class: 'meta' }, ` ${s.source.type}`),
    s.direct ? null : h('div', { class: 'path' }, '→ ', chain.join(' → ')),
    quote(s.steps[0]),
  );
}

function quote(step: Step | undefined): HTMLElement | null {
  if (!step || (!step.quote && !step.note)) return null;
  return h('details', { class: 'quote' }, h('summary', {}, step.quote ? 'quote' : 'note'), step.quote ? `“${step.quote}”` : '', step.note && step.quote ? h('p', {}, step.note) : step.note ?? '');
}

function section(title: string, name: string, items: HTMLElement[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h('section', { class: `panel-section ${name}`, 'data-section': name }, h('h3', {}, title), h('ul', {}, ...items));
}

function joinNodes(refs: NodeRef[], link: (ref: NodeRef) => HTMLElement): (HTMLElement | string)[] {
  return refs.flatMap((ref, i) => (i === 0 ? [link(ref)] : [', ', link(ref)]));
}
