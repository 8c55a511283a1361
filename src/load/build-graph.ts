// Builds a validated ClaimGraph from the texts of a dataset's files (pure: no file system), collecting every problem.
import { DirectedGraph } from 'graphology';
import { willCreateCycle } from 'graphology-dag';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { createClaimGraph, type ClaimGraph } from '../model/graph.js';
import {
  DatasetFileSchema,
  EDGE_KIND_TABLE,
  EdgeSchema,
  NodeSchema,
  edgeEndpointsAllowed,
  edgeKey,
  isAcyclicKind,
  type DatasetMeta,
  type DocumentEntry,
  type NodeKind,
} from '../model/schema.js';
import { CorpusRules } from './corpus-rules.js';
import { isLegacyNode, legacyMessage } from './legacy-form.js';
import { JsonLocator } from './locate.js';
import { DatasetError, listOf, toPointer, type Problem } from './problems.js';
import { article, issueMessages } from './zod-issues.js';

/** One file of a dataset: the name used in messages, and its text. */
export interface DatasetText {
  path: string;
  text: string;
  /** The brief whose folder the file is in (`briefs/<name>/` → `brief:<name>`): it may hold only that brief's nodes and edges. */
  scope?: string;
}

export interface BuildOptions {
  /** What the files are, for the error's first line (a folder path, a URL). */
  source: string;
  /** Title used when no file carries `dataset` meta. */
  defaultTitle: string;
  /**
   * The text of a document the dataset lists (by its path), or undefined when it cannot be read. Given, the loader
   * checks that every quoted edge's quote occurs in its document (whitespace aside); without it, no quote is checked.
   */
  documentText?: (path: string) => string | undefined;
}

/** The top level of a file, with nodes and edges left to be checked one by one. */
const FileShapeSchema = DatasetFileSchema.extend({
  nodes: z.array(z.unknown()).optional(),
  edges: z.array(z.unknown()).optional(),
});

type Path = (string | number)[];

/** Where an element came from: its file and its index in that file's `nodes` or `edges`. */
interface Origin {
  file: number;
  index: number;
}

/**
 * Validates the files and returns the graph; throws DatasetError listing every problem, never a partial graph.
 *
 * One pass per element kind, checking into the graph it builds: the graph's own indexes find duplicate ids, duplicate
 * edge keys and missing ends, so no second index of a million keys is built beside it. Where an element came from is
 * kept in flat arrays in insertion order, and looked up only when a duplicate needs the first one's position.
 */
export function buildGraph(files: readonly DatasetText[], options: BuildOptions): ClaimGraph {
  try {
    return buildChecked(files, options);
  } catch (error) {
    // Arrays or objects nested thousands deep overflow the stack of a recursive step (locating a problem, a schema):
    // find the first place nesting passes the limit, and say so there.
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    const problems: Problem[] = [];
    files.forEach((file) => {
      const offset = nestingBeyond(file.text, MAX_NESTING);
      if (offset >= 0) problems.push({ file: file.path, ...new JsonLocator(file.text).position(offset), pointer: '', message: `arrays and objects nested more than ${MAX_NESTING} deep` });
    });
    if (problems.length === 0) throw error;
    throw new DatasetError(options.source, problems);
  }
}

/** How deep a dataset file's arrays and objects may nest (a real one nests 4 deep). */
export const MAX_NESTING = 1000;

/** The offset of the first `[` or `{` that opens level `limit + 1`, or -1 (strings skipped). */
function nestingBeyond(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

function buildChecked(files: readonly DatasetText[], options: BuildOptions): ClaimGraph {
  const problems: Problem[] = [];
  const locators = files.map((f) => new JsonLocator(f.text));
  const report = (file: number, path: Path, message: string) => {
    const { line, column } = locators[file]!.positionOfPath(path);
    problems.push({ file: files[file]!.path, line, column, pointer: toPointer(path), message });
  };
  const where = (origin: Origin, kind: 'nodes' | 'edges') => {
    const at = locators[origin.file]!.positionOfPath([kind, origin.index]);
    return `${files[origin.file]!.path}:${at.line}:${at.column}`;
  };

  let meta: { value: DatasetMeta; file: number } | undefined;
  /** Documents listed by files beside the one carrying `dataset`, with where each was listed. */
  const moreDocuments: { document: DocumentEntry; file: number; index: number }[] = [];
  const raws: { nodes?: unknown[]; edges?: unknown[] }[] = files.map((file, index) => {
    const json = parseJson(file.text);
    if (!json.ok) {
      const { line, column } = locators[index]!.position(json.offset);
      problems.push({ file: file.path, line, column, pointer: '', message: `${INVALID_JSON}${json.message}` });
      return {};
    }
    if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
      const got = json.value === null ? 'null' : Array.isArray(json.value) ? 'an array' : `a ${typeof json.value}`;
      problems.push({ file: file.path, line: 1, column: 1, pointer: '', message: `a dataset file holds one JSON object ({ "nodes": [...], "edges": [...] }), not ${got}` });
      return {};
    }
    const shape = FileShapeSchema.safeParse(json.value);
    if (!shape.success) {
      for (const { path, message } of issueMessages(shape.error.issues, json.value)) {
        if (path[0] !== 'nodes' && path[0] !== 'edges') report(index, path, message);
        else if (path.length === 1) report(index, path, message);
      }
    }
    if (shape.success && shape.data.dataset) {
      if (meta) report(index, ['dataset'], `"dataset" is given again (first in ${files[meta.file]!.path}); a dataset folder has one`);
      else meta = { value: shape.data.dataset, file: index };
    }
    if (shape.success) shape.data.documents?.forEach((document, i) => moreDocuments.push({ document, file: index, index: i }));
    const raw = json.value as { nodes?: unknown; edges?: unknown };
    return { ...(Array.isArray(raw.nodes) ? { nodes: raw.nodes } : {}), ...(Array.isArray(raw.edges) ? { edges: raw.edges } : {}) };
  });
  // A file that cannot be parsed is the cause: it is reported first, and the nodes it may hold are not reported as
  // unknown by the edges of the other files (hundreds of lines that would bury it).
  const unparsed = problems.some((p) => p.message.startsWith(INVALID_JSON));

  const graph = createClaimGraph({ title: options.defaultTitle });
  const nodeOrigins = new OriginList();
  let nodeIndex: Map<string, number> | undefined;
  /** Where a node already added was read (the index of ids is built on the first need, then kept up to date). */
  const nodeAt = (id: string): Origin => {
    nodeIndex ??= new Map(graph.nodes().map((key, i) => [key, i]));
    return nodeOrigins.at(nodeIndex.get(id)!);
  };
  const corpus = new CorpusRules(report, (file) => files[file]!.scope, (id) => where(nodeAt(id), 'nodes'));

  // Nodes, all files first, so an edge may point at a node of any file.
  /** Ids of nodes that exist but failed validation: edges to them are not reported again. */
  const invalidIds = new Set<string>();
  raws.forEach(({ nodes }, file) => {
    let legacy = 0;
    nodes?.forEach((item, index) => {
      const result = NodeSchema.safeParse(item);
      if (!result.success) {
        if (isLegacyNode(item)) legacy++;
        for (const m of issueMessages(result.error.issues, item, ['nodes', index])) report(file, m.path, m.message);
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') invalidIds.add(id);
        return;
      }
      const { id } = result.data;
      if (graph.hasNode(id)) {
        report(file, ['nodes', index, 'id'], `duplicate id "${id}" (first defined at ${where(nodeAt(id), 'nodes')})`);
        return;
      }
      graph.addNode(id, result.data);
      // Once an error has needed the index, it is kept up to date for the next one.
      nodeIndex?.set(id, nodeOrigins.size);
      nodeOrigins.push(file, index);
      corpus.node(result.data, { file, index });
    });
    if (legacy > 0) problems.push({ file: files[file]!.path, line: 1, column: 1, pointer: '', message: legacyMessage(legacy) });
  });
  for (const id of invalidIds) if (graph.hasNode(id)) invalidIds.delete(id);

  const quoteCheck = quoteChecker([...(meta?.value.documents ?? []), ...moreDocuments.map((d) => d.document)], options.documentText);
  const edgeOrigins = new OriginList();
  const acyclic = new Map<string, DirectedGraph>();
  let edgeIndex: Map<string, number> | undefined;
  raws.forEach(({ edges }, file) => {
    edges?.forEach((item, index) => {
      const result = EdgeSchema.safeParse(item);
      if (!result.success) {
        for (const m of issueMessages(result.error.issues, item, ['edges', index])) report(file, m.path, m.message);
        return;
      }
      const edge = result.data;
      const { kind, from, to } = edge;
      const fromNode = graph.hasNode(from) ? graph.getNodeAttributes(from) : undefined;
      const toNode = graph.hasNode(to) ? graph.getNodeAttributes(to) : undefined;
      const wrong = quoteCheck(edge, corpus.briefDocument(fromNode, toNode));
      if (wrong) report(file, ['edges', index, wrong.field], wrong.message);
      const hasFrom = fromNode !== undefined;
      const hasTo = toNode !== undefined;
      if (!hasFrom && !invalidIds.has(from) && !unparsed) report(file, ['edges', index, 'from'], `edge from unknown node "${from}"`);
      if (!hasTo && !invalidIds.has(to) && !unparsed) report(file, ['edges', index, 'to'], `edge to unknown node "${to}"`);
      if (!hasFrom || !hasTo) return;
      if (from === to) {
        report(file, ['edges', index, 'to'], `${article(kind)} edge cannot start and end at the same node "${from}"`);
        return;
      }
      // A node's id starts with its kind (the schema checks it), so no lookup is needed for the kinds.
      const fromKind = kindOfId(from);
      const toKind = kindOfId(to);
      if (!edgeEndpointsAllowed(kind, fromKind, toKind)) {
        const allowed = EDGE_KIND_TABLE[kind].endpoints.map(([f, t]) => `${f} -> ${t}`).join(', ');
        report(file, ['edges', index, 'kind'], `${article(kind)} edge cannot go from ${fromKind} to ${toKind} (allowed: ${allowed})`);
        return;
      }
      if (!corpus.edge(edge, fromNode, toNode, { file, index })) return;
      const key = edgeKey(edge);
      if (graph.hasEdge(key)) {
        edgeIndex ??= new Map(graph.edges().map((k, i) => [k, i]));
        report(file, ['edges', index], `duplicate edge "${key}" (first at ${where(edgeOrigins.at(edgeIndex.get(key)!), 'edges')}); give one an "id" if both are meant`);
        return;
      }
      if (isAcyclicKind(kind)) {
        let dag = acyclic.get(kind);
        if (!dag) acyclic.set(kind, (dag = new DirectedGraph()));
        dag.mergeNode(from);
        dag.mergeNode(to);
        if (willCreateCycle(dag, from, to)) {
          const back = bidirectional(dag, to, from) ?? [to, from];
          report(file, ['edges', index], `${kind} edges form a cycle: ${[from, ...back].join(' -> ')}`);
          return;
        }
        dag.mergeEdge(from, to);
      }
      graph.addDirectedEdgeWithKey(key, from, to, edge);
      edgeIndex?.set(key, edgeOrigins.size);
      edgeOrigins.push(file, index);
    });
  });

  const documents = [...(meta?.value.documents ?? [])];
  // A corpus lists a document per brief: look paths up in a set, not in the list (100,000 briefs, 10^10 comparisons).
  const listed = new Set(documents.map((d) => d.path));
  for (const { document, file, index } of moreDocuments) {
    if (listed.has(document.path)) report(file, ['documents', index, 'path'], `document "${document.path}" is listed twice`);
    else {
      documents.push(document);
      listed.add(document.path);
    }
  }
  if (!unparsed) corpus.finish(graph, listed, nodeAt);

  if (problems.length > 0) throw new DatasetError(options.source, problems);
  if (meta) graph.replaceAttributes(meta.value);
  if (moreDocuments.length > 0) graph.setAttribute('documents', documents);
  return graph;
}

/** Whitespace runs as one space, trimmed: the only normalisation a quote gets before it is looked up. */
export const normaliseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A check of edges against the dataset's documents: an edge's `document` must be listed; given a reader, a quoted edge's
 * quote must occur verbatim, whitespace aside, in its document (default: its brief's document; for the only brief of a
 * dataset without one, the first brief document listed, else the first document), which must
 * be readable. A dataset that lists no documents has no quotes to check.
 */
function quoteChecker(
  documents: readonly DocumentEntry[],
  read: BuildOptions['documentText'],
): (edge: { basis: string; quote?: string | undefined; document?: string | undefined }, scope?: { brief: string; document: string | undefined; alone: boolean }) => { field: string; message: string } | undefined {
  const fallback = (documents.find((d) => d.role === 'brief') ?? documents[0])?.path;
  const paths = new Set(documents.map((d) => d.path));
  const texts = new Map<string, string | undefined>();
  const textOf = (path: string) => {
    if (!texts.has(path)) {
      const raw = read?.(path);
      texts.set(path, raw === undefined ? undefined : normaliseSpace(raw));
    }
    return texts.get(path);
  };
  return (edge, scope) => {
    if (edge.document !== undefined && !paths.has(edge.document)) {
      return { field: 'document', message: `document "${edge.document}" is not among the dataset's documents (${listOf(documents.map((d) => d.path))})` };
    }
    // A brief of several with no document of its own: another brief's text says nothing of its quotes.
    if (edge.document === undefined && scope !== undefined && scope.document === undefined && !scope.alone && edge.basis === 'quoted' && edge.quote !== undefined) {
      return { field: 'quote', message: `${scope.brief} has no document, so this quote cannot be checked against its text: give the brief its "document" (or the edge a "document")` };
    }
    // Without a reader (a graph built from text in memory) the quote cannot be checked, only where it claims to be from.
    const path = edge.document ?? scope?.document ?? fallback;
    if (!read || path === undefined || edge.basis !== 'quoted' || edge.quote === undefined) return undefined;
    const text = textOf(path);
    if (text === undefined) return { field: 'document', message: `document "${path}" cannot be read, so the quote cannot be checked` };
    if (!text.includes(normaliseSpace(edge.quote))) {
      return { field: 'quote', message: `the quote does not occur in "${path}" (only whitespace may differ): ${JSON.stringify(clipQuote(edge.quote))}` };
    }
    return undefined;
  };
}

const clipQuote = (quote: string) => (quote.length > 60 ? `${quote.slice(0, 59)}…` : quote);

const kindOfId = (id: string) => id.slice(0, id.indexOf(':')) as NodeKind;

/** (file, index) pairs in insertion order, in one growing typed array: no object per element. */
class OriginList {
  private data = new Uint32Array(1024);
  private length = 0;

  /** How many pairs it holds: the position the next one gets. */
  get size(): number {
    return this.length / 2;
  }

  push(file: number, index: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = file;
    this.data[this.length++] = index;
  }

  at(position: number): Origin {
    return { file: this.data[2 * position]!, index: this.data[2 * position + 1]! };
  }
}

/** How a file that cannot be parsed is reported (problems.ts lists these first). */
export const INVALID_JSON = 'invalid JSON: ';

type JsonResult = { ok: true; value: unknown } | { ok: false; offset: number; message: string };

/** JSON.parse on the fast path; on failure, a second parse finds where and what went wrong. */
function parseJson(text: string): JsonResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const errors: ParseError[] = [];
    parseLenient(body, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const first = errors[0];
    const offset = (first?.offset ?? 0) + (body === text ? 0 : 1);
    const message = first
      ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
      : (error as Error).message;
    return { ok: false, offset, message: body.trim() === '' ? 'the file is empty' : message };
  }
}
