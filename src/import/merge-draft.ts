// Merges a draft imported from a brief into a curated dataset: adds what is new, leaves every existing node and edge
// exactly as curated (ids included), and reports what the brief no longer holds. Pure: returns what to add.
import type { GraphEdge, GraphNode } from '../model/schema.js';
import { edgeKey } from '../model/schema.js';
import { IdAllocator, slugOf } from './ids.js';

export interface MergeReport {
  added: { nodes: string[]; edges: string[] };
  /** Items of the brief the dataset already has: left as they are. */
  left: { nodes: string[]; edges: string[] };
  /** Existing items whose fields differ from what the brief would give now: the curator's version stays. */
  curated: { id: string; fields: string[] }[];
  /** Existing claims, citation edges and sources that the brief no longer holds (kept; for the curator to decide). */
  gone: { nodes: string[]; edges: string[] };
}

export interface MergeResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  report: MergeReport;
  /** Each added node's id -> its id in the draft. */
  draftIdOf: Map<string, string>;
}

/**
 * `existing` is one brief's nodes and the edges touching them; `namespace` the brief's, under which new ids are made
 * (none for a brief kept at the corpus's top level).
 */
export function mergeDraft(existing: { nodes: GraphNode[]; edges: GraphEdge[] }, draft: { nodes: GraphNode[]; edges: GraphEdge[] }, namespace?: string): MergeResult {
  const report: MergeReport = { added: { nodes: [], edges: [] }, left: { nodes: [], edges: [] }, curated: [], gone: { nodes: [], edges: [] } };
  const byId = new Map(existing.nodes.map((n) => [n.id, n]));
  const ids = new IdAllocator(byId.keys(), namespace);
  const draftIdOf = new Map<string, string>();
  /** Draft id -> the id it has in the merged dataset. */
  const mapped = new Map<string, string>();
  const nodes: GraphNode[] = [];

  for (const node of draft.nodes) {
    const match = findMatch(node, existing.nodes);
    if (match) {
      mapped.set(node.id, match.id);
      report.left.nodes.push(match.id);
      const fields = differingFields(node, match);
      if (fields.length > 0) report.curated.push({ id: match.id, fields });
      continue;
    }
    const id = node.kind === 'source' ? ids.next('source', node.citation) : ids.next(node.kind, slugOf(node.kind === 'claim' ? (node.quote ?? node.text) : node.label));
    mapped.set(node.id, id);
    draftIdOf.set(id, node.id);
    nodes.push({ ...node, id });
    report.added.nodes.push(id);
  }

  const existingKeys = new Set(existing.edges.map((e) => `${e.kind} ${e.from} ${e.to}`));
  const edges: GraphEdge[] = [];
  const draftPairs = new Set<string>();
  for (const edge of draft.edges) {
    const moved = { ...edge, from: mapped.get(edge.from) ?? edge.from, to: mapped.get(edge.to) ?? edge.to };
    const key = `${moved.kind} ${moved.from} ${moved.to}`;
    draftPairs.add(key);
    if (existingKeys.has(key)) report.left.edges.push(edgeKey(moved));
    else {
      edges.push(moved);
      report.added.edges.push(edgeKey(moved));
    }
  }

  // What the brief no longer holds: quoted claims no draft claim matched, their citation edges, numbered sources it no longer cites.
  const draftQuotes = new Set(draft.nodes.flatMap((n) => (n.kind === 'claim' && n.quote ? [normalise(n.quote)] : [])));
  const draftCitations = new Set(draft.nodes.flatMap((n) => (n.kind === 'source' ? [n.citation] : [])));
  for (const node of existing.nodes) {
    if (node.kind === 'claim' && node.quote && !draftQuotes.has(normalise(node.quote))) report.gone.nodes.push(node.id);
    if (node.kind === 'source' && /^\d+$/.test(node.citation) && !draftCitations.has(node.citation)) report.gone.nodes.push(node.id);
  }
  for (const edge of existing.edges) {
    if (edge.kind !== 'supports' || byId.get(edge.from)?.kind !== 'source' || byId.get(edge.to)?.kind !== 'claim') continue;
    if (!draftPairs.has(`${edge.kind} ${edge.from} ${edge.to}`)) report.gone.edges.push(edgeKey(edge));
  }
  return { nodes, edges, report, draftIdOf };
}

/** The existing node a draft node stands for: the brief by its id, a question by its text (or the only question), a claim by its quote, a source by its citation, a figure by its label and value. */
function findMatch(node: GraphNode, existing: GraphNode[]): GraphNode | undefined {
  if (node.kind === 'brief') return existing.find((n) => n.id === node.id);
  if (node.kind === 'question') {
    const questions = existing.filter((n) => n.kind === 'question');
    return questions.find((q) => normalise(q.text) === normalise(node.text)) ?? (questions.length === 1 ? questions[0] : undefined);
  }
  if (node.kind === 'claim' && node.quote) {
    const quote = normalise(node.quote);
    return existing.find((n) => n.kind === 'claim' && n.quote !== undefined && normalise(n.quote) === quote);
  }
  if (node.kind === 'figure') return existing.find((n) => n.kind === 'figure' && n.label === node.label && n.value === node.value);
  if (node.kind === 'source') return existing.find((n) => n.kind === 'source' && n.citation === node.citation) ?? existing.find((n) => n.id === node.id);
  return undefined;
}

function differingFields(draft: GraphNode, existing: GraphNode): string[] {
  const a = draft as Record<string, unknown>;
  const b = existing as Record<string, unknown>;
  return Object.keys(a).filter((k) => k !== 'id' && a[k] !== undefined && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Quotes compare with whitespace collapsed and Unicode normalised, so re-wrapping a brief does not make new claims. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
