// The tooltip of an edge under the pointer: its kind, its ends, its quote, and its basis (the curator's inference with
// its note, when the edge says so); in the corpus overview, which brief cites which work with which markers. Text only.
import type { ClaimGraph } from '../../src/model/graph.js';
import type { OverviewDisplay } from '../graph/overview-source.js';
import { h, replaceChildren } from './dom.js';

const clip = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function showEdgeTip(tip: HTMLElement, graph: ClaimGraph, edge: string | null, at: { x: number; y: number }): void {
  if (edge === null || !graph.hasEdge(edge)) {
    tip.hidden = true;
    return;
  }
  const attributes = graph.getEdgeAttributes(edge) as Record<string, unknown> & { kind: string };
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const inferred = attributes.basis === 'inferred';
  replaceChildren(
    tip,
    h('div', { class: 'edge-tip-kind' }, `${label(graph.source(edge))} —${attributes.kind}→ ${label(graph.target(edge))}`),
    inferred ? h('div', { class: 'basis' }, 'curator’s inference') : null,
    typeof attributes.quote === 'string' ? h('div', { class: 'quote' }, `“${clip(attributes.quote)}”`) : null,
    typeof attributes.note === 'string' ? h('div', { class: 'meta' }, clip(attributes.note)) : null,
  );
  tip.dataset.edge = edge;
  tip.style.left = `${Math.round(at.x + 12)}px`;
  tip.style.top = `${Math.round(at.y + 12)}px`;
  tip.hidden = false;
}

/** An overview's edge: the brief, the work, and the brief's markers citing it. */
export function showOverviewEdgeTip(tip: HTMLElement, display: OverviewDisplay, edge: string | null, at: { x: number; y: number }): void {
  if (edge === null || !display.graph.hasEdge(edge)) {
    tip.hidden = true;
    return;
  }
  const { edge: cites } = display.graph.getEdgeAttributes(edge);
  const label = (id: string) => display.graph.getNodeAttribute(id, 'label');
  const markers = cites.markers.map((m) => `[${m.citation}]`).join(' ');
  replaceChildren(
    tip,
    h('div', { class: 'edge-tip-kind' }, `${clip(label(cites.brief), 80)} —cites→ ${clip(label(cites.work), 80)}`),
    h('div', { class: 'meta' }, `${cites.markers.length} marker${cites.markers.length === 1 ? '' : 's'}: ${markers}`),
  );
  tip.dataset.edge = edge;
  tip.style.left = `${Math.round(at.x + 12)}px`;
  tip.style.top = `${Math.round(at.y + 12)}px`;
  tip.hidden = false;
}
