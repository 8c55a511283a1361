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
  type GraphEdge,
  type GraphNode,
} from '../model/schema.js';
import { JsonLocator } from './locate.js';
import { DatasetError, toPointer, type Problem } from './problems.js';
import { article, issueMessages } from './zod-issues.js';

/** One file of a dataset: the name used in messages, and its text. */
export interface DatasetText {
  path: string;
  text: string;
}

export interface BuildOptions {
  /** What the files are, for the error's first line (a folder path, a URL). */
  source: string;
  /** Title used when no file carries `dataset` meta. */
  defaultTitle: string;
}

/** The top level of a file, with nodes and edges left to be checked one by one. */
const FileShapeSchema = DatasetFileSchema.extend({
  nodes: z.array(z.unknown()).optional(),
  edges: z.array(z.unknown()).optional(),
});

type Path = (string | number)[];

interface Placed<T> {
  value: T;
  file: number;
  path: Path;
}

/** Validates the files and returns the graph; throws DatasetError listing every problem, never a partial graph. */
export function buildGraph(files: readonly DatasetText[], options: BuildOptions): ClaimGraph {
  const problems: Problem[] = [];
  const locators = files.map((f) => new JsonLocator(f.text));
  const report = (file: number, path: Path, message: string) => {
    const { line, column } = locators[file]!.positionOfPath(path);
    problems.push({ file: files[file]!.path, line, column, pointer: toPointer(path), message });
  };

  const nodes: Placed<GraphNode>[] = [];
  const edges: Placed<GraphEdge>[] = [];
  /** Ids of nodes that exist but failed validation: edges to them are not reported again. */
  const invalidIds = new Set<string>();
  let meta: Placed<DatasetMeta> | undefined;

  files.forEach((file, index) => {
    const json = parseJson(file.text);
    if (!json.ok) {
      const { line, column } = locators[index]!.position(json.offset);
      problems.push({ file: file.path, line, column, pointer: '', message: `invalid JSON: ${json.message}` });
      return;
    }
    const shape = FileShapeSchema.safeParse(json.value);
    if (!shape.success) {
      for (const { path, message } of issueMessages(shape.error.issues, json.value)) {
        if (path[0] !== 'nodes' && path[0] !== 'edges') report(index, path, message);
        else if (path.length === 1) report(index, path, message);
      }
    }
    const raw = json.value as { dataset?: unknown; nodes?: unknown; edges?: unknown };
    if (shape.success && shape.data.dataset) {
      if (meta) report(index, ['dataset'], `"dataset" is given again (first in ${files[meta.file]!.path}); a dataset folder has one`);
      else meta = { value: shape.data.dataset, file: index, path: ['dataset'] };
    }
    if (Array.isArray(raw.nodes)) {
      raw.nodes.forEach((item, i) => {
        const result = NodeSchema.safeParse(item);
        if (result.success) nodes.push({ value: result.data, file: index, path: ['nodes', i] });
        else {
          for (const m of issueMessages(result.error.issues, item, ['nodes', i])) report(index, m.path, m.message);
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id === 'string') invalidIds.add(id);
        }
      });
    }
    if (Array.isArray(raw.edges)) {
      raw.edges.forEach((item, i) => {
        const result = EdgeSchema.safeParse(item);
        if (result.success) edges.push({ value: result.data, file: index, path: ['edges', i] });
        else for (const m of issueMessages(result.error.issues, item, ['edges', i])) report(index, m.path, m.message);
      });
    }
  });

  const byId = new Map<string, Placed<GraphNode>>();
  for (const node of nodes) {
    const first = byId.get(node.value.id);
    if (first) {
      const at = locators[first.file]!.positionOfPath(first.path);
      report(node.file, [...node.path, 'id'], `duplicate id "${node.value.id}" (first defined at ${files[first.file]!.path}:${at.line}:${at.column})`);
    } else byId.set(node.value.id, node);
  }
  for (const id of byId.keys()) invalidIds.delete(id);

  const seenKeys = new Map<string, Placed<GraphEdge>>();
  const acyclic = new Map<string, DirectedGraph>();
  const goodEdges: Placed<GraphEdge>[] = [];
  for (const edge of edges) {
    const { kind, from, to } = edge.value;
    const ends: [string, 'from' | 'to', Placed<GraphNode> | undefined][] = [
      [from, 'from', byId.get(from)],
      [to, 'to', byId.get(to)],
    ];
    let ok = true;
    for (const [id, field, node] of ends) {
      if (node) continue;
      ok = false;
      if (!invalidIds.has(id)) report(edge.file, [...edge.path, field], `edge ${field === 'from' ? 'from' : 'to'} unknown node "${id}"`);
    }
    if (!ok) continue;
    const fromKind = byId.get(from)!.value.kind;
    const toKind = byId.get(to)!.value.kind;
    if (from === to) {
      report(edge.file, [...edge.path, 'to'], `${article(kind)} edge cannot start and end at the same node "${from}"`);
      continue;
    }
    if (!edgeEndpointsAllowed(kind, fromKind, toKind)) {
      const allowed = EDGE_KIND_TABLE[kind].endpoints.map(([f, t]) => `${f} -> ${t}`).join(', ');
      report(edge.file, [...edge.path, 'kind'], `${article(kind)} edge cannot go from ${fromKind} to ${toKind} (allowed: ${allowed})`);
      continue;
    }
    const key = edgeKey(edge.value);
    const twin = seenKeys.get(key);
    if (twin) {
      const at = locators[twin.file]!.positionOfPath(twin.path);
      report(edge.file, edge.path, `duplicate edge "${key}" (first at ${files[twin.file]!.path}:${at.line}:${at.column}); give one an "id" if both are meant`);
      continue;
    }
    seenKeys.set(key, edge);
    if (isAcyclicKind(kind)) {
      let dag = acyclic.get(kind);
      if (!dag) acyclic.set(kind, (dag = new DirectedGraph()));
      dag.mergeNode(from);
      dag.mergeNode(to);
      if (willCreateCycle(dag, from, to)) {
        const back = bidirectional(dag, to, from) ?? [to, from];
        report(edge.file, edge.path, `${kind} edges form a cycle: ${[from, ...back].join(' -> ')}`);
        continue;
      }
      dag.mergeEdge(from, to);
    }
    goodEdges.push(edge);
  }

  if (problems.length > 0) throw new DatasetError(options.source, problems);

  const graph = createClaimGraph(meta?.value ?? { title: options.defaultTitle });
  for (const node of nodes) graph.addNode(node.value.id, node.value);
  for (const edge of goodEdges) graph.addDirectedEdgeWithKey(edgeKey(edge.value), edge.value.from, edge.value.to, edge.value);
  return graph;
}

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
