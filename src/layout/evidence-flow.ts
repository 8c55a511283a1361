// The "evidence flow" layout: works -> sources -> claims (deepest first) -> answer -> question (with its brief) from
// left to right, obstacles in a band below beside the claims they explain, stages in pipeline order along the bottom, and the
// figures published at each stage stacked under it (with the works no source cites, which only report figures, to their left).
// Pure and deterministic: the same graph always gets the same positions.
import type { ClaimGraph } from '../model/graph.js';
import { naturalCompare } from '../model/natural-order.js';

export interface Position {
  x: number;
  y: number;
}

const COLUMN_WIDTH = 10;
/** Tall enough that a label can pass between two nodes of the next column, which sits half a row lower. */
const ROW_HEIGHT = 2;
const BAND_GAP = 3;
/** Spacing of the sub-columns a tall column wraps into. */
const SUB_COLUMN_WIDTH = 1.6;

/** Positions for every node; y grows downwards (sigma's convention is up, so the viewer flips it). */
export function evidenceFlowLayout(graph: ClaimGraph): Map<string, Position> {
  const claimDepth = claimDepths(graph);
  let maxDepth = 0;
  for (const d of claimDepth.values()) maxDepth = Math.max(maxDepth, d);
  const column = new Map<string, number>();
  const band = new Map<string, 'main' | 'obstacle' | 'stage' | 'figure' | 'reporter' | 'brief'>();

  graph.forEachNode((id, node) => {
    if (node.kind === 'claim') column.set(id, 1 + maxDepth - (claimDepth.get(id) ?? 0));
    else if (node.kind === 'question') column.set(id, maxDepth + 4.5);
  });
  graph.forEachNode((id, node) => {
    if (node.kind === 'work') {
      // A work some source refers to sits left of the sources; one no source cites (it reports figures) with the figures.
      if (graph.someInEdge(id, (_e, edge) => edge.kind === 'refers-to')) {
        column.set(id, -0.6);
        band.set(id, 'main');
      } else band.set(id, 'reporter');
    } else if (node.kind === 'source' && graph.someOutEdge(id, (_e, edge) => edge.kind === 'reports') && !graph.someOutEdge(id, (_e, edge) => edge.kind !== 'reports')) {
      band.set(id, 'reporter');
    } else if (node.kind === 'source') {
      column.set(id, 0);
      band.set(id, 'main');
    } else if (node.kind === 'obstacle') {
      band.set(id, 'obstacle');
    } else if (node.kind === 'stage') {
      column.set(id, node.order);
      band.set(id, 'stage');
    } else if (node.kind === 'figure') {
      band.set(id, 'figure');
    } else if (node.kind === 'brief') {
      band.set(id, 'brief');
    } else band.set(id, 'main');
  });
  const positions = new Map<string, Position>();
  const members = (name: string) => [...band].filter(([, b]) => b === name).map(([id]) => id);
  const main = placeBand(graph, members('main'), column, 0, positions);
  placeBriefs(graph, members('brief'), positions);
  let top = main.height + BAND_GAP;
  const obstacles = members('obstacle');
  if (obstacles.length > 0) {
    orderObstacles(graph, obstacles, positions, column);
    top += placeRow(obstacles, column, main.width, top, positions, true) + BAND_GAP;
  }
  const stages = members('stage');
  if (stages.length > 0) top += placeRow(stages, column, main.width, top, positions, false) + BAND_GAP;
  // Figures stacked under the stage each measures (the last, for a share spanning two); the sources that only report
  // figures stacked left of the first stage, level with them.
  const figures = members('figure');
  const stacks = new Map<number, string[]>();
  for (const id of figures.sort(compare)) {
    let x = Number.NEGATIVE_INFINITY;
    graph.forEachOutEdge(id, (_e, edge, _s, target) => {
      const at = positions.get(target);
      if (edge.kind === 'measures' && at) x = Math.max(x, at.x);
    });
    const key = Number.isFinite(x) ? x : main.width + COLUMN_WIDTH;
    if (!stacks.has(key)) stacks.set(key, []);
    stacks.get(key)!.push(id);
  }
  const reporters = members('reporter').sort(compare);
  if (reporters.length > 0) stacks.set(-COLUMN_WIDTH, reporters);
  for (const [x, ids] of stacks) ids.forEach((id, i) => positions.set(id, { x, y: top + i * ROW_HEIGHT }));
  return positions;
}

/**
 * A brief sits by its question: one brief just above it (its label clear of the question's, and of the answer's to
 * their left); several in a column of their own to the right, each level with its question.
 */
function placeBriefs(graph: ClaimGraph, briefs: string[], out: Map<string, Position>): void {
  const questionOf = new Map<string, Position>();
  graph.forEachNode((id, node) => {
    const at = out.get(id);
    if (node.kind === 'question' && at && !questionOf.has(node.brief)) questionOf.set(node.brief, at);
  });
  const xs = [...questionOf.values()].map((p) => p.x);
  const right = (xs.length ? Math.max(...xs) : 0) + COLUMN_WIDTH;
  briefs.sort(compare).forEach((id, i) => {
    const question = questionOf.get(id);
    if (briefs.length === 1 && question) out.set(id, { x: question.x, y: question.y - 3.5 * ROW_HEIGHT });
    else out.set(id, { x: right, y: question?.y ?? i * ROW_HEIGHT });
  });
}

/** Orders obstacles under the claims they explain (mean x, then mean y); a part follows its whole. */
function orderObstacles(graph: ClaimGraph, obstacles: string[], placed: Map<string, Position>, column: Map<string, number>): void {
  const key = new Map<string, number>();
  for (const id of obstacles) {
    const explained = graph.outNeighbors(id).map((n) => placed.get(n)).filter((p): p is Position => p !== undefined);
    if (explained.length === 0) continue;
    const mean = (f: (p: Position) => number) => explained.reduce((a, p) => a + f(p), 0) / explained.length;
    key.set(id, mean((p) => p.x) + mean((p) => p.y) / 1000);
  }
  for (const id of obstacles) {
    if (key.has(id)) continue;
    const whole = graph.outNeighbors(id).find((n) => key.has(n));
    key.set(id, whole === undefined ? Number.MAX_SAFE_INTEGER : key.get(whole)! + 1e-6);
  }
  for (const id of obstacles) column.set(id, key.get(id)!);
}

/** Places nodes in rows spread over `width`, in the order of their column; alternate nodes dropped half a row if `stagger`. */
function placeRow(members: string[], column: Map<string, number>, width: number, top: number, out: Map<string, Position>, stagger: boolean): number {
  const ordered = members.sort((a, b) => column.get(a)! - column.get(b)! || compare(a, b));
  const perRow = Math.max(6, Math.ceil(Math.sqrt(ordered.length) * 1.5));
  const rowHeight = stagger ? ROW_HEIGHT * 2.5 : ROW_HEIGHT * 1.5;
  const rows = Math.ceil(ordered.length / perRow);
  ordered.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, ordered.length - row * perRow);
    const k = i - row * perRow;
    const x = inRow > 1 ? (k * width) / (inRow - 1) : width / 2;
    out.set(id, { x, y: top + row * rowHeight + (stagger && k % 2 === 1 ? ROW_HEIGHT * 1.2 : 0) });
  });
  return rows * rowHeight;
}

/**
 * Places the main band: nodes grouped by column and ordered by the mean row of their neighbours (two sweeps).
 * A column taller than `maxRows` wraps into sub-columns, so large graphs keep a readable aspect ratio.
 * Returns the band's width and height.
 *
 * The sweeps work on numbers: each member's index, its neighbours in the band (each once, as graphology's
 * forEachNeighbor gives them) and its rank in natural order, all computed once. Asking the graph for neighbours and
 * comparing ids by collator in every sweep took about 1.2 of the 1.9 s this layout took at 40k nodes. Exported for its
 * test, which checks it against those plain sweeps.
 */
export function placeBand(graph: ClaimGraph, members: string[], column: Map<string, number>, top: number, out: Map<string, Position>): { width: number; height: number } {
  members.sort(compare);
  const n = members.length;
  const at = new Map<string, number>();
  // Ids the collator finds equal (claim:c01 and claim:c1) share a rank, so the sorts below keep their order as before.
  const rank = new Int32Array(n);
  members.forEach((id, i) => {
    at.set(id, i);
    rank[i] = i > 0 && compare(members[i - 1]!, id) === 0 ? rank[i - 1]! : i;
  });
  const neighbours = bandNeighbours(graph, at);
  const columns = new Map<number, number[]>();
  members.forEach((id, i) => {
    const c = column.get(id)!;
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c)!.push(i);
  });
  const maxRows = Math.max(24, Math.ceil(Math.sqrt(n) * 0.8));
  const keys = [...columns.keys()].sort((a, b) => a - b);
  const tallest = Math.min(maxRows, Math.max(...[...columns.values()].map((ids) => ids.length)));
  // x where each column starts: its index times COLUMN_WIDTH, plus the extra width of wrapped columns to its left.
  const start = new Map<number, number>();
  let extra = 0;
  for (const key of keys) {
    start.set(key, key * COLUMN_WIDTH + extra);
    extra += (Math.ceil(columns.get(key)!.length / maxRows) - 1) * SUB_COLUMN_WIDTH;
  }
  const row = new Float64Array(n).fill(Number.NaN); // NaN: not placed yet
  const score = new Float64Array(n);
  const sweep = () => {
    for (let k = keys.length - 1; k >= 0; k--) {
      const ids = columns.get(keys[k]!)!;
      for (const i of ids) {
        let sum = 0;
        let count = 0;
        for (let j = neighbours.offsets[i]!; j < neighbours.offsets[i + 1]!; j++) {
          const r = row[neighbours.targets[j]!]!;
          if (!Number.isNaN(r)) (sum += r), count++;
        }
        score[i] = count > 0 ? sum / count : Number.POSITIVE_INFINITY;
      }
      // Two unplaced neighbourhoods give Infinity - Infinity = NaN, which falls through to the natural order.
      ids.sort((a, b) => score[a]! - score[b]! || rank[a]! - rank[b]!);
      // Centre short columns on whole rows; every other column sits half a row lower, so the labels
      // of one column run between the nodes of the next instead of through them.
      const offset = (ids.length < tallest ? Math.floor((tallest - ids.length) / 2) : 0) + (k % 2) * 0.5;
      ids.forEach((i, place) => (row[i] = offset + (place % maxRows)));
    }
  };
  sweep();
  sweep();
  for (const key of keys) {
    columns.get(key)!.forEach((i, place) => {
      out.set(members[i]!, { x: start.get(key)! + Math.floor(place / maxRows) * SUB_COLUMN_WIDTH, y: top + row[i]! * ROW_HEIGHT });
    });
  }
  const last = keys[keys.length - 1] ?? 0;
  return { width: last * COLUMN_WIDTH + extra, height: tallest * ROW_HEIGHT };
}

/** Each band member's neighbours within the band, by index, each once (in either direction), as offsets into one array. */
function bandNeighbours(graph: ClaimGraph, at: Map<string, number>): { offsets: Int32Array; targets: Int32Array } {
  const n = at.size;
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = at.get(source);
    const b = at.get(target);
    if (a !== undefined && b !== undefined) pairs.push(a, b);
  });
  const degree = new Int32Array(n + 1);
  for (let p = 0; p < pairs.length; p += 2) degree[pairs[p]!]!++, degree[pairs[p + 1]!]!++;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const all = new Int32Array(offsets[n]!);
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    all[fill[a]!++] = b;
    all[fill[b]!++] = a;
  }
  // Each neighbour once, as forEachNeighbor counts it: parallel edges, and edges both ways, add nothing.
  const seen = new Int32Array(n).fill(-1);
  const unique = new Int32Array(all.length);
  const uniqueOffsets = new Int32Array(n + 1);
  let size = 0;
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const t = all[j]!;
      if (seen[t] === i) continue;
      seen[t] = i;
      unique[size++] = t;
    }
    uniqueOffsets[i + 1] = size;
  }
  return { offsets: uniqueOffsets, targets: unique.subarray(0, size) };
}

/** For each claim, how many supports edges it is from a claim that supports nothing further (the answer, usually). */
function claimDepths(graph: ClaimGraph): Map<string, number> {
  const depth = new Map<string, number>();
  // The ends' attributes come with each edge: no lookup by id (a third of this layout's time at 40k nodes in Chromium).
  const sinks = graph.filterNodes((id, node) => node.kind === 'claim' && !graph.someOutEdge(id, (_e, edge, _s, _t, _sa, target) => edge.kind === 'supports' && target.kind === 'claim'));
  const queue = [...sinks];
  for (const id of sinks) depth.set(id, 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    graph.forEachInEdge(id, (_e, edge, source, _t, sourceNode) => {
      if (edge.kind !== 'supports' || sourceNode.kind !== 'claim' || depth.has(source)) return;
      depth.set(source, depth.get(id)! + 1);
      queue.push(source);
    });
  }
  return depth;
}

/** Ids in natural order (claim:c2 before claim:c10). */
const compare = naturalCompare;
