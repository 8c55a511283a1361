// Text search over node ids, labels and texts, best match first; and resolving "an id or a unique text match".
import type { ClaimGraph } from '../model/graph.js';
import { authorsLine } from '../model/authors.js';
import { NODE_KINDS, type Author, type GraphNode } from '../model/schema.js';
import type { NodeRef } from './node-ref.js';

export interface FindHit extends NodeRef {
  score: number;
  /** A claim's role (answer, finding, caveat): the answer ranks first. */
  role?: string;
  /** The field that matched best. */
  field: string;
  /** The matched field's text. */
  excerpt: string;
}

/** Fields searched, with the weight of a match in each. */
export const FIND_FIELDS: readonly [field: string, weight: number][] = [
  ['label', 1],
  ['id', 0.9],
  ['citation', 0.9],
  ['title', 0.7],
  ['text', 0.6],
  ['description', 0.5],
  ['quote', 0.5],
  ['authors', 0.5],
];

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function fieldScore(value: string, query: string, words: string[]): number {
  const v = normalise(value);
  if (v === query) return 100;
  if (v.startsWith(query)) return 80;
  const at = v.indexOf(query);
  if (at >= 0) return /\w/.test(v[at - 1] ?? ' ') ? 50 : 60;
  if (words.length > 1 && words.every((w) => v.includes(w))) return 40;
  return 0;
}

const kindRank = new Map(NODE_KINDS.map((k, i) => [k, i]));

/**
 * Rank of a hit before its score: a label equal to the query first, then the answer (the node a reader most often
 * wants), then everything else by score.
 */
function tier(hit: FindHit): number {
  if (hit.field === 'label' && hit.score >= 100) return 0;
  if (hit.role === 'answer') return 1;
  return 2;
}

/** Nodes whose id, label or texts match `text` (case and accents ignored): exact labels and the answer first, then best score. */
export function find(graph: ClaimGraph, text: string, options: { limit?: number } = {}): FindHit[] {
  if (typeof text !== 'string') throw new TypeError('claimgraph/find: expected a search text');
  const query = normalise(text);
  if (query === '') return [];
  const words = query.split(' ');
  const hits: FindHit[] = [];
  graph.forEachNode((id, node) => {
    let best: FindHit | undefined;
    for (const [field, weight] of FIND_FIELDS) {
      const raw = (node as GraphNode & Record<string, unknown>)[field];
      const value = field === 'authors' && Array.isArray(raw) ? authorsLine(raw as Author[]) : raw;
      if (typeof value !== 'string') continue;
      const score = fieldScore(value, query, words) * weight;
      if (score > (best?.score ?? 0)) best = { id, kind: node.kind, label: node.label, score, field, excerpt: value };
    }
    const role = (node as GraphNode & { role?: unknown }).role;
    if (best && typeof role === 'string') best.role = role;
    if (best) hits.push(best);
  });
  hits.sort((a, b) => tier(a) - tier(b) || b.score - a.score || kindRank.get(a.kind)! - kindRank.get(b.kind)! || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  return options.limit === undefined ? hits : hits.slice(0, options.limit);
}

export type Resolution = { ok: true; id: string } | { ok: false; message: string; candidates: FindHit[] };

/** Fields that name a node (as opposed to describing it). */
const NAMING_FIELDS = new Set(['label', 'id', 'citation', 'title']);

/** An id; else a text that matches one node, or one node's label or id in full, or the label or id of one node only. */
export function resolveNode(graph: ClaimGraph, idOrText: string): Resolution {
  if (graph.hasNode(idOrText)) return { ok: true, id: idOrText };
  const hits = find(graph, idOrText);
  if (hits.length === 1) return { ok: true, id: hits[0]!.id };
  const exact = hits.filter((h) => h.score >= 90);
  if (exact.length === 1) return { ok: true, id: exact[0]!.id };
  const named = hits.filter((h) => NAMING_FIELDS.has(h.field));
  if (named.length === 1) return { ok: true, id: named[0]!.id };
  if (hits.length === 0) return { ok: false, message: `no node matches "${idOrText}"`, candidates: [] };
  const shown = hits.slice(0, 5).map((h) => h.id).join(', ');
  return { ok: false, message: `"${idOrText}" matches ${hits.length} nodes (${shown}${hits.length > 5 ? ', …' : ''}); give an id`, candidates: hits };
}
