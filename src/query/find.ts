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

/** Printable ASCII: NFKD, the accents and the dashes leave it as it is, and its only white space is the space. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** A text as search compares it: accents, case, dash forms and runs of white space ignored. */
export function normalise(text: string): string {
  // The common case, a third of the cost: only case, runs of spaces and the ends to change.
  if (PRINTABLE_ASCII.test(text)) return (text.includes('  ') ? text.replace(/ +/g, ' ') : text).toLowerCase().trim();
  return normaliseAnyText(text);
}

/** The whole rule of `normalise`, for any text (exported so that a test checks the shortcut against it). */
export function normaliseAnyText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A node's searched fields, as found and as `normalise` gives them (undefined where a field is not text). */
interface SearchedTexts {
  raw: unknown[];
  /** The text each field shows (authors as one line), for the excerpt. */
  shown: (string | undefined)[];
  /** That text normalised, for matching. */
  texts: (string | undefined)[];
}

/**
 * Each node's searched texts, by its attributes object. The viewer searches at every keystroke: normalising every
 * field of 40k nodes again each time made a search take 0.2 s. A field given another value since is read afresh; an
 * authors list changed in place is not (claimgraph never does that: a node's attributes are replaced, not edited).
 */
const searched = new WeakMap<object, SearchedTexts>();

const FIELD_NAMES = FIND_FIELDS.map(([field]) => field);

function searchedTexts(node: GraphNode): SearchedTexts {
  const record = node as GraphNode & Record<string, unknown>;
  const known = searched.get(node);
  if (known) {
    let same = true;
    for (let i = 0; i < FIELD_NAMES.length && same; i++) same = record[FIELD_NAMES[i]!] === known.raw[i];
    if (same) return known;
  }
  const raw = FIELD_NAMES.map((field) => record[field]);
  const shown = raw.map((value, i) => {
    const text = FIELD_NAMES[i] === 'authors' && Array.isArray(value) ? authorsLine(value as Author[]) : value;
    return typeof text === 'string' ? text : undefined;
  });
  const entry = { raw, shown, texts: shown.map((text) => (text === undefined ? undefined : normalise(text))) };
  searched.set(node, entry);
  return entry;
}

function fieldScore(v: string, query: string, words: string[]): number {
  if (v === query) return 100;
  if (v.startsWith(query)) return 80;
  const at = v.indexOf(query);
  if (at >= 0) return /\w/.test(v[at - 1] ?? ' ') ? 50 : 60;
  if (words.length > 1 && words.every((w) => v.includes(w))) return 40;
  return 0;
}

/** The order of `localeCompare` (the default locale and options), from one collator rather than one per call. */
const labelOrder = new Intl.Collator();
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
    const { shown, texts } = searchedTexts(node);
    FIND_FIELDS.forEach(([field, weight], i) => {
      const text = texts[i];
      if (text === undefined) return;
      const score = fieldScore(text, query, words) * weight;
      if (score > (best?.score ?? 0)) best = { id, kind: node.kind, label: node.label, score, field, excerpt: shown[i]! };
    });
    const role = (node as GraphNode & { role?: unknown }).role;
    if (best && typeof role === 'string') best.role = role;
    if (best) hits.push(best);
  });
  return options.limit === undefined ? hits.sort(byRank) : firstInOrder(hits, options.limit, byRank);
}

const byRank = (a: FindHit, b: FindHit) => tier(a) - tier(b) || b.score - a.score || kindRank.get(a.kind)! - kindRank.get(b.kind)! || labelOrder.compare(a.label, b.label) || (a.id < b.id ? -1 : 1);

/** The most results firstInOrder keeps in order by insertion. */
const FEW = 64;

/**
 * What `items.sort(compare).slice(0, limit)` gives (ties kept in their order), without sorting them all: the viewer
 * asks for 8 of the 15k nodes a prefix such as "claim 1" matches at 200k elements, at every keystroke.
 */
export function firstInOrder<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  // Each insertion moves up to `limit` items: past a few dozen, sorting them all is the cheaper way.
  if (!(limit >= 0 && limit <= FEW)) return [...items].sort(compare).slice(0, limit);
  const first: T[] = [];
  if (limit <= 0) return first;
  for (const item of items) {
    if (first.length === limit && compare(item, first[limit - 1]!) >= 0) continue;
    // After every item it ties with, as a stable sort would put it.
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, first[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, item);
    if (first.length > limit) first.pop();
  }
  return first;
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
