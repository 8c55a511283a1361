// The side panel: one node's full text and provenance, and what the queries say about it (sources, obstacles, backing,
// a claim's figures, a work's citing briefs, a stage's obstacles and figures); every item says its edge's kind and
// basis (the brief's quote, or the curator's inference with its note), a path each of its hops (→ quoted, ⇢
// inferred). Links keep the focus in the panel.
import { authorsLine } from '../../src/model/authors.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { NODE_KIND_INFO, type EdgeKind, type FigureNode, type GraphNode } from '../../src/model/schema.js';
import { citedBy, type Citation, type CitingBrief } from '../../src/query/cited-by.js';
import { claimsBackedBy, obstaclesDocumentedBy } from '../../src/query/claims-backed-by.js';
import { describeNode, type NodeDescription } from '../../src/query/describe-node.js';
import { figuresForClaim } from '../../src/query/figures-for-claim.js';
import { populationLabel, qualifierLabel, statusLabel, valueLabel } from '../../src/query/figures.js';
import { nodeRef, stepOf, type NodeRef, type Step } from '../../src/query/node-ref.js';
import { obstacleDetail, obstaclesFor } from '../../src/query/obstacles-for.js';
import { sourcesFor, type SourceSupport } from '../../src/query/sources-for.js';
import { NODE_STYLE } from '../graph/styles.js';
import { h, replaceChildren, safeHttpUrl } from './dom.js';

export interface PanelActions {
  select(id: string): void;
  /** Closes the panel (deselects). */
  close(): void;
  /** Highlight one path (node ids and edge keys), or go back to the selection's default highlight. */
  highlightPath(path: { nodes: string[]; edges: string[] } | null): void;
  /** Asks for the indirect sources and obstacles of a claim (listed only on demand on large graphs). */
  listIndirect?(): void;
}

export interface PanelOptions {
  /** List only a claim's direct sources and obstacles (on large graphs the indirect ones take seconds to find). */
  directOnly?: boolean;
}

export function renderPanel(container: HTMLElement, graph: ClaimGraph, id: string | null, actions: PanelActions, options: PanelOptions = {}): void {
  if (id === null || !graph.hasNode(id)) {
    replaceChildren(container, h('p', { class: 'hint' }, 'Select a node (click it, or search above) to read it here.'));
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const node = graph.getNodeAttributes(id);
  const link = (ref: NodeRef) =>
    h(
      'button',
      {
        class: `node-link kind-${ref.kind}`,
        type: 'button',
        'data-node': ref.id,
        title: ref.id,
        onclick: () => {
          actions.select(ref.id);
          // The panel was rebuilt: keep the focus in it, on the new node's title.
          container.querySelector<HTMLElement>('#panel-title')?.focus();
        },
      },
      ref.label,
    );
  const quote = (step: Step | undefined) => provenance(graph, step);
  // The node's edges with their basis: read by the obstacle's and the work's sections, and by "Other links".
  const described = describeNode(graph, id);
  const sections: (HTMLElement | null)[] = [header(node, actions), ...fields(node)];

  if (node.kind === 'claim') {
    const directOnly = options.directOnly === true;
    const sources = sourcesFor(graph, id, { direct: directOnly });
    const direct = sources.filter((s) => s.direct);
    const indirect = sources.filter((s) => !s.direct);
    sections.push(
      section(`Supported directly by ${direct.length} source${direct.length === 1 ? '' : 's'}`, 'sources-direct', direct.slice(0, MAX_SECTION_ITEMS).map((s) => sourceItem(graph, s, link, actions)), direct.length),
      directOnly
        ? h(
            'section',
            { class: 'panel-section', 'data-section': 'indirect-on-demand' },
            h('p', { class: 'hint' }, 'On a graph this large, the sources and obstacles reached through other claims are found on demand.'),
            h('button', { type: 'button', id: 'list-indirect', class: 'list-indirect', onclick: () => actions.listIndirect?.() }, 'List indirect sources and obstacles'),
          )
        : section(`Supported indirectly by ${indirect.length} source${indirect.length === 1 ? '' : 's'}`, 'sources-indirect', indirect.slice(0, MAX_SECTION_ITEMS).map((s) => sourceItem(graph, s, link, actions)), indirect.length),
    );
    sections.push(claimFigures(graph, id, link));
    const obstacles = obstaclesFor(graph, id, { direct: directOnly });
    sections.push(
      section(
        `Explained by ${obstacles.length} obstacle${obstacles.length === 1 ? '' : 's'}`,
        'obstacles',
        obstacles.map((o) =>
          h(
            'li',
            { 'data-basis': pathBasis([o.explains, ...o.viaSteps]) },
            link(o.obstacle),
            h('span', { class: 'meta' }, ` ${o.obstacle.affects}${o.direct ? '' : ' · via a supporting claim'}`),
            ...pathParts(graph, [o.obstacle.id, ...o.via], [o.explains, ...o.viaSteps]),
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
            { 'data-basis': pathBasis(c.steps), onmouseenter: () => actions.highlightPath({ nodes: c.path, edges: c.steps.map((s) => s.edge) }), onmouseleave: () => actions.highlightPath(null) },
            link(c.claim),
            h('span', { class: 'meta' }, c.direct ? ' direct' : ` via ${c.path.length - 2} claim${c.path.length === 3 ? '' : 's'}`),
            ...pathParts(graph, c.path, c.steps),
          ),
        ),
      ),
      section('Documents obstacles', 'documents', obstaclesDocumentedBy(graph, id).map((o) => h('li', { 'data-basis': o.step.basis }, link(o.obstacle), quote(o.step)))),
    );
  } else if (node.kind === 'obstacle') {
    const detail = obstacleDetail(graph, id);
    // obstacleDetail names the nodes at the other end; the edges (with their basis) come from the node's description.
    const { incoming, outgoing } = described;
    const edgeFrom = (kind: string, other: string) => incoming.find(({ step }) => step.kind === kind && step.from === other)?.step;
    const edgeTo = (kind: string, other: string) => outgoing.find(({ step }) => step.kind === kind && step.to === other)?.step;
    const item = (ref: NodeRef, step: Step | undefined) => h('li', { 'data-basis': step?.basis }, link(ref), quote(step));
    sections.push(
      section('Parts', 'parts', detail.parts.map((p) => item(p, edgeFrom('part-of', p.id)))),
      section('Part of', 'part-of', detail.partOf.map((p) => item(p, edgeTo('part-of', p.id)))),
      section('Documented by', 'documented-by', detail.documentedBy.map((d) => item(d.source, d.step))),
      section('Hinders stages', 'hinders', detail.hinders.map((s) => item(s, edgeTo('hinders', s.id)))),
    );
  } else if (node.kind === 'stage') {
    sections.push(...stageSections(graph, id, described, link, quote));
  } else if (node.kind === 'work') {
    sections.push(...workSections(graph, id, described, link, quote));
  }
  // Edges a section above already lists; everything else (including kinds added later) goes to "Other links".
  const shown = new Set<string>(['supports', 'documents', 'part-of', 'hinders', ...(node.kind === 'stage' ? ['measures'] : []), ...(node.kind === 'work' ? WORK_EDGES : [])]);
  const explainsOrAnswers = [...described.outgoing, ...described.incoming].filter(({ step }) => !shown.has(step.kind) || (node.kind === 'claim' && step.kind === 'supports' && step.from === id));
  sections.push(
    section(
      'Other links',
      'edges',
      explainsOrAnswers.map(({ step, node: other }) => h('li', { 'data-basis': step.basis }, h('span', { class: 'edge-kind' }, step.from === id ? `${step.kind} →` : `← ${step.kind}`), ' ', link(other), quote(step))),
    ),
  );
  const shownSections = sections.filter((s): s is HTMLElement => s !== null);
  // Paths drawn with hops get the key to their arrows, as `claimgraph sources` prints it.
  const hops = shownSections.some((s) => s.querySelector('.hop') !== null);
  replaceChildren(container, ...shownSections, hops ? h('p', { class: 'hint basis-key' }, '→ a link the brief states (quoted) · ⇢ a link the curator draws (inferred: its note is given)') : null);
}

function header(node: GraphNode, actions: PanelActions): HTMLElement {
  const style = NODE_STYLE[node.kind];
  return h(
    'header',
    {},
    h('button', { type: 'button', class: 'panel-close', id: 'panel-close', 'aria-label': 'Close the panel (Esc)', title: 'Close (Esc)', onclick: () => actions.close() }, '×'),
    h('span', { class: 'kind-badge', style: `background:${style.color}` }, NODE_KIND_INFO[node.kind].title),
    node.kind === 'claim' ? h('span', { class: 'role' }, node.role) : null,
    h('h2', { id: 'panel-title', tabindex: '-1' }, node.label),
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
        ['Evidence', node.evidence],
      ];
      const list = h('dl', { class: 'source-fields' });
      for (const [name, value] of rows) if (value !== undefined) list.append(h('dt', {}, name), h('dd', {}, String(value)));
      out.push(list);
      break;
    }
    case 'work': {
      para('text', node.description);
      const rows: [string, string | number | undefined][] = [
        ['Title', node.title],
        ['Authors', node.authors ? authorsLine(node.authors, node.authorsTruncated) : undefined],
        ['In', node.container],
        ['Publisher', node.publisher],
        ['Issued', node.issued],
        ['DOI', node.doi],
        ['Type', node.type],
        ['Record from', node.provenance],
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
    case 'brief':
      para('text', node.description);
      if (node.document) para('meta', `Text: ${node.document}`);
      break;
    case 'figure': {
      // The figure in words, as `claimgraph figures` and the funnel say it, then what a reader must know.
      const rows: [string, string | undefined][] = [
        ['Value', valueLabel(node)],
        ['Qualifier', qualifierLabel(node.qualifier)],
        ['Population', populationLabel(node)],
        ['Scope', node.scope],
        ['Numerator', node.numerator?.toLocaleString('en-US')],
        ['Denominator', node.denominator?.toLocaleString('en-US')],
        ['Status', statusLabel(node.status)],
      ];
      const list = h('dl', { class: 'source-fields figure-fields' });
      for (const [name, value] of rows) if (value !== undefined) list.append(h('dt', {}, name), h('dd', { 'data-field': name.toLowerCase() }, value));
      out.push(list);
      if (node.caveat) out.push(h('p', { class: 'caveat', 'data-field': 'caveat' }, h('strong', {}, 'Caveat: '), node.caveat));
      if (node.review) out.push(h('p', { class: 'caveat', 'data-field': 'review' }, h('strong', {}, 'Draft, to check: '), node.review));
      break;
    }
  }
  return out;
}

function sourceItem(graph: ClaimGraph, s: SourceSupport, link: (ref: NodeRef) => HTMLElement, actions: PanelActions): HTMLElement {
  const path = { nodes: s.path, edges: s.steps.map((step) => step.edge) };
  return h(
    'li',
    { class: 'source-item', 'data-source': s.source.id, 'data-basis': s.basis, onmouseenter: () => actions.highlightPath(path), onmouseleave: () => actions.highlightPath(null) },
    link(s.source),
    h('span', { class: 'meta' }, ` ${s.source.type}`),
    ...pathParts(graph, s.path, s.steps),
  );
}

/** quoted when every step is (the brief's word throughout), else inferred. */
const pathBasis = (steps: readonly Step[]): Step['basis'] => (steps.every((step) => step.basis === 'quoted') ? 'quoted' : 'inferred');

/**
 * A path from its first node (the item's own, not repeated): one step gives its provenance; longer ones each hop marked
 * → (quoted) or ⇢ (the curator's), then the first step's provenance and every later inferred step with its note.
 */
function pathParts(graph: ClaimGraph, nodes: readonly string[], steps: readonly Step[]): (HTMLElement | null)[] {
  if (steps.length <= 1) return [provenance(graph, steps[0])];
  const line = h('div', { class: 'path' });
  steps.forEach((step, i) => {
    if (i > 0) line.append(' ');
    line.append(hop(step), ' ', graph.getNodeAttribute(nodes[i + 1]!, 'label'));
  });
  const notes = steps.map((step, i) => (i > 0 && step.basis === 'inferred' ? provenance(graph, step, `(hop ${i + 1})`) : null));
  return [line, provenance(graph, steps[0], '(hop 1)'), ...notes];
}

/** One hop of a path: → the brief states it (quoted), ⇢ the curator draws it (inferred), with words for screen readers. */
function hop(step: Step): HTMLElement {
  const inferred = step.basis === 'inferred';
  return h(
    'span',
    { class: `hop ${step.basis}`, 'data-edge': step.edge, 'data-basis': step.basis, title: inferred ? `${step.kind}: the curator’s inference` : `${step.kind}: the brief states it (quoted)` },
    h('span', { 'aria-hidden': 'true' }, inferred ? '⇢' : '→'),
    h('span', { class: 'visually-hidden' }, inferred ? `(${step.kind}, curator’s inference) ` : `(${step.kind}, quoted) `),
  );
}

type Provenance = (step: Step | undefined) => HTMLElement | null;

/**
 * An edge's kind, quote and basis. The basis is read from the edge itself, so datasets without it still show: an
 * inferred edge says it is the curator's inference, with the curator's note.
 */
export function provenance(graph: ClaimGraph, step: Step | undefined, between?: string): HTMLElement | null {
  if (!step) return null;
  const attributes = graph.hasEdge(step.edge) ? (graph.getEdgeAttributes(step.edge) as Record<string, unknown>) : {};
  const inferred = attributes.basis === 'inferred';
  const basis = typeof attributes.basis === 'string' ? attributes.basis : undefined;
  const kind = h('span', { class: 'edge-kind' }, between ? `${step.kind} ${between}` : step.kind);
  if (inferred) {
    return h('div', { class: 'provenance inferred', 'data-edge': step.edge, 'data-basis': 'inferred' }, kind, ' · ', h('span', { class: 'basis' }, 'curator’s inference'), step.note ? h('p', { class: 'quote' }, step.note) : null);
  }
  if (!step.quote && !step.note) return h('div', { class: 'provenance', 'data-edge': step.edge, 'data-basis': basis }, kind);
  return h(
    'div',
    { class: 'provenance', 'data-edge': step.edge, 'data-basis': basis },
    kind,
    ' · ',
    h('details', { class: 'quote' }, h('summary', {}, step.quote ? 'quote' : 'note'), step.quote ? `“${step.quote}”` : '', step.note && step.quote ? h('p', {}, step.note) : step.note ?? ''),
  );
}

/** A stage: the obstacles that hinder it (with who documents them) and the figures measured there. */
function stageSections(graph: ClaimGraph, id: string, described: NodeDescription, link: (ref: NodeRef) => HTMLElement, quote: Provenance): (HTMLElement | null)[] {
  const hinderedBy = described.incoming.filter(({ step }) => step.kind === 'hinders');
  // Figures arrive as `measures` edges (figure -> stage); read through the edge table, whatever kinds exist.
  const measured = described.incoming.filter(({ step }) => (step.kind as string) === 'measures');
  return [
    section(
      `Hindered by ${hinderedBy.length} obstacle${hinderedBy.length === 1 ? '' : 's'}`,
      'hindered-by',
      hinderedBy.map(({ step, node: obstacle }) => {
        const documented = obstacleDetail(graph, obstacle.id).documentedBy;
        return h(
          'li',
          { 'data-basis': step.basis },
          link(obstacle),
          quote(step),
          h('div', { class: 'meta' }, 'documented by ', ...joinNodes(documented.map((d) => d.source), link), documented.length ? null : 'nobody'),
        );
      }),
    ),
    section(
      `Figures measured here: ${measured.length}`,
      'figures',
      measured.map(({ step, node: figure }) => {
        const attributes = graph.getNodeAttributes(figure.id) as Record<string, unknown>;
        const value = ['value', 'unit', 'jurisdiction', 'period', 'status'].map((f) => attributes[f]).filter((v) => typeof v === 'string' || typeof v === 'number');
        const reporters = describeNode(graph, figure.id).incoming.filter(({ step: s }) => (s.kind as string) === 'reports').map(({ node: n }) => n);
        return h(
          'li',
          { 'data-figure': figure.id, 'data-basis': step.basis },
          link(figure),
          value.length ? h('span', { class: 'meta' }, ` ${value.join(' · ')}`) : null,
          quote(step),
          reporters.length ? h('div', { class: 'meta' }, 'reported by ', ...joinNodes(reporters, link)) : null,
        );
      }),
    ) ?? h('section', { class: 'panel-section figures', 'data-section': 'figures' }, h('h3', {}, 'Figures measured here'), h('p', { class: 'hint' }, 'No figure in this dataset measures this stage.')),
  ];
}

/** The edge of `kind` from one node to another, as a step; undefined if there is none. */
function stepBetween(graph: ClaimGraph, from: string, to: string, kind: EdgeKind): Step | undefined {
  const edge = graph.outEdges(from, to).find((e) => graph.getEdgeAttribute(e, 'kind') === kind);
  return edge === undefined ? undefined : stepOf(graph, edge);
}

/** The steps of a path of nodes joined by edges of these kinds (one kind per hop); null if one is missing. */
function stepsAlong(graph: ClaimGraph, nodes: readonly string[], kinds: readonly EdgeKind[]): Step[] | null {
  const steps: Step[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const step = stepBetween(graph, nodes[i]!, nodes[i + 1]!, kinds[i]!);
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}

/**
 * A claim's "Figures its works publish" (figuresForClaim), by work: the work, the claim's sources citing it (each with
 * its refers-to edge), then the figures it reports (each with its reports edge).
 */
function claimFigures(graph: ClaimGraph, id: string, link: (ref: NodeRef) => HTMLElement): HTMLElement | null {
  const figures = figuresForClaim(graph, id);
  const byWork = new Map<string, typeof figures>();
  for (const f of figures) byWork.set(f.work.id, [...(byWork.get(f.work.id) ?? []), f]);
  return section(
    `Figures its works publish: ${figures.length}`,
    'claim-figures',
    [...byWork.values()].map((reported) => {
      const work = reported[0]!.work;
      const cites = reported[0]!.sources.map((source) => ({ source, step: stepBetween(graph, source, work.id, 'refers-to') }));
      const reports = reported.map((f) => ({ f, step: stepBetween(graph, work.id, f.figure.id, 'reports') }));
      const steps = [...cites, ...reports].map((x) => x.step).filter((step): step is Step => step !== undefined);
      return h(
        'li',
        { 'data-work': work.id, 'data-basis': pathBasis(steps) },
        link(work),
        ...cites.map(({ source, step }) => h('div', { class: 'figure-via' }, h('span', { class: 'meta' }, 'cited as '), link(nodeRef(graph, source)), provenance(graph, step))),
        h(
          'ul',
          { 'aria-label': `Figures ${work.label} reports` },
          ...reports.map(({ f, step }) =>
            h(
              'li',
              { 'data-figure': f.figure.id, 'data-basis': step?.basis },
              link(f.figure),
              h('span', { class: 'meta' }, ` ${f.figure.value} · ${f.figure.population}${f.figure.status === 'secondary' ? ' · secondary (read on a copy)' : ''}`),
              provenance(graph, step),
            ),
          ),
        ),
      );
    }),
  );
}

/** The edges a work's sections list (the rest go to "Other links"). */
const WORK_EDGES = ['refers-to', 'derives-from', 'reports'];

/**
 * A work: every brief citing it (or a work drawn from it), from citedBy, each with its markers, the path from each
 * marker to the work, and the claims resting on each marker; the works it derives from and those drawn from it; the
 * figures it reports.
 */
function workSections(graph: ClaimGraph, id: string, described: NodeDescription, link: (ref: NodeRef) => HTMLElement, quote: Provenance): (HTMLElement | null)[] {
  const cited = citedBy(graph, id);
  const { incoming, outgoing } = described;
  const derivesFrom = outgoing.filter(({ step }) => step.kind === 'derives-from');
  const drawnFrom = incoming.filter(({ step }) => step.kind === 'derives-from');
  const reports = outgoing.filter(({ step }) => step.kind === 'reports');
  const item = (ref: NodeRef, step: Step) => h('li', { 'data-basis': step.basis }, link(ref), quote(step));
  const markers = cited.briefs.reduce((n, b) => n + b.citations.length, 0);
  return [
    section(
      `Cited by ${cited.briefs.length} brief${cited.briefs.length === 1 ? '' : 's'} (${markers} marker${markers === 1 ? '' : 's'})`,
      'cited-by',
      cited.briefs.slice(0, MAX_SECTION_ITEMS).map((b) => citingBriefItem(graph, id, b, link)),
      cited.briefs.length,
    ),
    section('Derives from', 'derives-from', derivesFrom.map(({ step, node }) => item(node, step))),
    section(`Drawn from it: ${drawnFrom.length}`, 'drawn-from', drawnFrom.map(({ step, node }) => item(node, step))),
    section(
      `Reports ${reports.length} figure${reports.length === 1 ? '' : 's'}`,
      'reports',
      reports.map(({ step, node }) => {
        const figure = graph.getNodeAttributes(node.id) as FigureNode;
        return h('li', { 'data-figure': node.id, 'data-basis': step.basis }, link(node), h('span', { class: 'meta' }, ` ${valueLabel(figure)} · ${populationLabel(figure)}`), quote(step));
      }),
    ),
  ];
}

/** One brief citing a work: the brief, then each of its markers with its path to the work and the claims resting on it. */
function citingBriefItem(graph: ClaimGraph, work: string, brief: CitingBrief, link: (ref: NodeRef) => HTMLElement): HTMLElement {
  const citations = brief.citations.map((c) => ({ c, toWork: stepsAlong(graph, [c.source.id, ...c.through], ['refers-to', ...c.through.slice(1).map((): EdgeKind => 'derives-from')]) ?? [] }));
  const all = citations.flatMap(({ c, toWork }) => [...toWork, ...c.claims.flatMap((claim) => claim.steps)]);
  return h(
    'li',
    { class: 'citing-brief', 'data-brief': brief.brief.id, 'data-basis': pathBasis(all) },
    link(brief.brief),
    h('span', { class: 'meta' }, ` ${brief.citations.length} marker${brief.citations.length === 1 ? '' : 's'} · ${brief.claims.length} claim${brief.claims.length === 1 ? '' : 's'} resting on ${brief.citations.every((c) => c.work === work) ? 'it' : 'it or a work drawn from it'}`),
    h('ul', { class: 'citations' }, ...citations.map(({ c, toWork }) => citationItem(graph, c, toWork, link))),
  );
}

function citationItem(graph: ClaimGraph, c: Citation, toWork: Step[], link: (ref: NodeRef) => HTMLElement): HTMLElement {
  return h(
    'li',
    { 'data-source': c.source.id, 'data-basis': pathBasis([...toWork, ...c.claims.flatMap((claim) => claim.steps)]) },
    link(c.source),
    ...pathParts(graph, [c.source.id, ...c.through], toWork),
    c.claims.length
      ? h(
          'ul',
          { class: 'resting-claims', 'aria-label': `Claims resting on ${c.source.label}` },
          ...c.claims.map((claim) =>
            h(
              'li',
              { 'data-claim': claim.claim.id, 'data-basis': pathBasis(claim.steps) },
              link(claim.claim),
              h('span', { class: 'meta' }, claim.direct ? ' direct' : ` via ${claim.path.length - 2} claim${claim.path.length === 3 ? '' : 's'}`),
              ...pathParts(graph, claim.path, claim.steps),
            ),
          ),
        )
      : h('p', { class: 'hint' }, 'Backs no claim.'),
  );
}

/** Items listed in one section at most: a broad claim of a large graph has thousands of sources. */
export const MAX_SECTION_ITEMS = 200;

function section(title: string, name: string, items: HTMLElement[], total = items.length): HTMLElement | null {
  if (items.length === 0) return null;
  const more = total - Math.min(items.length, MAX_SECTION_ITEMS);
  return h(
    'section',
    { class: `panel-section ${name}`, 'data-section': name },
    h('h3', {}, title),
    h('ul', {}, ...items.slice(0, MAX_SECTION_ITEMS)),
    more > 0 ? h('p', { class: 'hint' }, `… and ${more.toLocaleString('en')} more (the command lists them all: claimgraph sources, obstacles, show).`) : null,
  );
}

function joinNodes(refs: NodeRef[], link: (ref: NodeRef) => HTMLElement): (HTMLElement | string)[] {
  return refs.flatMap((ref, i) => (i === 0 ? [link(ref)] : [', ', link(ref)]));
}
