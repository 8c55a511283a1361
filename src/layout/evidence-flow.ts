// The "evidence flow" layout: sources -> claims (deepest first) -> answer -> question from left to right,
// obstacles in a band below beside the claims they explain, stages in pipeline order along the bottom.
// Pure and deterministic: the same graph always gets the same positions.
import type { ClaimGraph } from '../model/graph.js';

export interface Position {
  x: number;
  y: number;
}

const COLUMN_WIDTH = 3;
const ROW_HEIGHT = 1;
const BAND_GAP = 2;

/** Positions for every node; y grows downwards (sigma's convention is up, so the viewer flips it). */
export function evidenceFlowLayout(graph: ClaimGraph): Map<string, Position> {
  const claimDepth = claimDepths(graph);
  const maxDepth = Math.max(0, ...claimDepth.values());
  const column = new Map<string, number>();
  const band = new Map<string, 'main' | 'obstacle' | 'stage'>();

  graph.forEachNode((id, node) => {
    if (node.kind === 'claim') column.set(id, 1 + maxDepth - (claimDepth.get(id) ?? 0));
    else if (node.kind === 'question') column.set(id, maxDepth + 2);
  });
  graph.forEachNode((id, node) => {
    if (node.kind === 'source') {
      column.set(id, 0);
      band.set(id, 'main');
    } else if (node.kind === 'obstacle') {
      const explained = graph.outNeighbors(id).map((n) => column.get(n)).filter((c): c is number => c !== undefined);
      column.set(id, explained.length > 0 ? Math.min(...explained) - 0.5 : 0.5);
      band.set(id, 'obstacle');
    } else if (node.kind === 'stage') {
      column.set(id, node.order);
      band.set(id, 'stage');
    } else band.set(id, 'main');
  });
  // Obstacles with no explained claim sit beside the obstacle they are part of.
  graph.forEachNode((id, node) => {
    if (node.kind !== 'obstacle' || graph.outNeighbors(id).some((n) => graph.getNodeAttribute(n, 'kind') === 'claim')) return;
    const whole = graph.outNeighbors(id).find((n) => graph.getNodeAttribute(n, 'kind') === 'obstacle');
    if (whole !== undefined) column.set(id, (column.get(whole) ?? 0.5) - 0.5);
  });

  // Stages spread over the width of the main band.
  const stages = graph.filterNodes((_id, node) => node.kind === 'stage').sort((a, b) => column.get(a)! - column.get(b)! || compare(a, b));
  const mainWidth = maxDepth + 2;
  stages.forEach((id, i) => column.set(id, stages.length === 1 ? mainWidth / 2 : (i * mainWidth) / (stages.length - 1)));

  const positions = new Map<string, Position>();
  let top = 0;
  for (const name of ['main', 'obstacle', 'stage'] as const) {
    const members = [...band].filter(([, b]) => b === name).map(([id]) => id);
    if (members.length === 0) continue;
    const height = placeBand(graph, members, column, top, positions, name === 'stage');
    top += height + BAND_GAP;
  }
  return positions;
}

/** Places one band: nodes grouped by column, ordered by the mean row of their neighbours (two sweeps), centred. */
function placeBand(graph: ClaimGraph, members: string[], column: Map<string, number>, top: number, out: Map<string, Position>, singleRow: boolean): number {
  if (singleRow) {
    for (const id of members) out.set(id, { x: column.get(id)! * COLUMN_WIDTH, y: top });
    return ROW_HEIGHT;
  }
  const columns = new Map<number, string[]>();
  for (const id of members.sort(compare)) {
    const c = column.get(id)!;
    if (!columns.has(c)) columns.set(c, []);
    columns.get(c)!.push(id);
  }
  const keys = [...columns.keys()].sort((a, b) => b - a); // from the answer leftwards
  const row = new Map<string, number>();
  const assign = () => {
    for (const key of keys) {
      const ids = columns.get(key)!;
      const score = new Map<string, number>();
      for (const id of ids) {
        const rows = graph.neighbors(id).map((n) => row.get(n) ?? out.get(n)?.y).filter((r): r is number => r !== undefined);
        score.set(id, rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY);
      }
      ids.sort((a, b) => score.get(a)! - score.get(b)! || compare(a, b));
      const offset = (tallest - ids.length) / 2;
      ids.forEach((id, i) => row.set(id, offset + i));
    }
  };
  const tallest = Math.max(...[...columns.values()].map((ids) => ids.length));
  assign();
  assign();
  for (const [id, r] of row) out.set(id, { x: column.get(id)! * COLUMN_WIDTH, y: top + r * ROW_HEIGHT });
  return tallest * ROW_HEIGHT;
}

/** For each claim, how many supports edges it is from a claim that supports nothing further (the answer, usually). */
function claimDepths(graph: ClaimGraph): Map<string, number> {
  const depth = new Map<string, number>();
  const sinks = graph.filterNodes(
    (id, node) => node.kind === 'claim' && !graph.someOutEdge(id, (_e, edge, _s, target) => edge.kind === 'supports' && graph.getNodeAttribute(target, 'kind') === 'claim'),
  );
  const queue = [...sinks];
  for (const id of sinks) depth.set(id, 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    graph.forEachInEdge(id, (_e, edge, source) => {
      if (edge.kind !== 'supports' || graph.getNodeAttribute(source, 'kind') !== 'claim' || depth.has(source)) return;
      depth.set(source, depth.get(id)! + 1);
      queue.push(source);
    });
  }
  return depth;
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
