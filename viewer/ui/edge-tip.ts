// The tooltip of an edge under the pointer: its kind, its ends, its quote, and its basis (the curator's inference with
// its note, when the edge says so). Text only.
import type { ClaimGraph } from '../../src/model/graph.js';
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
