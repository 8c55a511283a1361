// The corpus overview's picture: briefs around a circle (for many briefs, a spiral of several turns around it),
// ordered so briefs sharing works sit side by side; each shared work at the mean of the briefs citing it, nudged along
// a spiral until it overlaps nothing. Sizes grow with a brief's claims and a work's briefs. Pure and deterministic.
import type { CorpusOverview } from '../query/corpus-overview.js';
import type { Position } from './evidence-flow.js';

export interface OverviewLayout {
  /** y grows downwards, as in the evidence flow. */
  positions: Map<string, Position>;
  /** Each node's radius, in the units of the positions (and the viewer's size units). */
  sizes: Map<string, number>;
}

/** A brief's radius: grows with the square root of its claims. */
export const briefSize = (claims: number): number => Math.min(20, 6 + 1.3 * Math.sqrt(Math.max(0, claims)));
/** A work's radius: grows with the square root of the briefs sharing it. */
export const workSize = (briefs: number): number => Math.min(24, 4.5 + 1.6 * Math.sqrt(Math.max(0, briefs - 1)));

/** Room around each node, as a share of the two radii; a work keeps more, for its label. */
const CLEARANCE = 1.35;
const WORK_CLEARANCE = 1.8;
/** Spiral steps tried for a work before it is left where the last one fell. */
const MAX_TRIES = 20_000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function corpusOverviewLayout(overview: CorpusOverview): OverviewLayout {
  const sizes = new Map<string, number>();
  for (const b of overview.briefs) sizes.set(b.id, briefSize(b.claims));
  for (const w of overview.works) sizes.set(w.id, workSize(w.briefs));
  const positions = new Map<string, Position>();
  const order = briefOrder(overview);
  const n = order.length;
  if (n === 0 && overview.works.length === 0) return { positions, sizes };

  // Chain neighbours one pitch apart: on a circle around the works when they fit, else along a spiral out from it.
  const largestBrief = Math.max(0, ...overview.briefs.map((b) => sizes.get(b.id)!));
  const pitch = 2 * largestBrief * CLEARANCE;
  // Room inside for the works: about twice their area.
  const workArea = overview.works.reduce((sum, w) => sum + Math.PI * (sizes.get(w.id)! * WORK_CLEARANCE) ** 2, 0);
  const start = Math.sqrt((2 * workArea) / Math.PI) + pitch;
  const spiral = n * pitch > 2 * Math.PI * start;
  if (!spiral) {
    const radius = Math.max(start, n > 1 ? pitch / (2 * Math.sin(Math.PI / n)) : 0);
    order.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  } else {
    // r = start + pitch × turns: one pitch between turns, one pitch along the spiral between neighbours.
    let theta = 0;
    for (const id of order) {
      const r = start + (pitch * theta) / (2 * Math.PI);
      positions.set(id, { x: r * Math.cos(theta - Math.PI / 2), y: r * Math.sin(theta - Math.PI / 2) });
      theta += pitch / r;
    }
  }

  // Works: most shared first, each at the mean of its briefs, else the nearest free place on a spiral around it. Inside
  // a spiral of briefs, a mean among them is drawn in to the room left for the works.
  const inside = spiral ? Math.max(0, start - pitch) : Infinity;
  const grid = new SpatialGrid(2 * Math.max(largestBrief, ...overview.works.map((w) => sizes.get(w.id)!), 1) * WORK_CLEARANCE);
  for (const id of order) grid.add(id, positions.get(id)!, sizes.get(id)!);
  const briefsOf = briefsByWork(overview);
  for (const w of overview.works) {
    const at = (briefsOf.get(w.id) ?? []).map((b) => positions.get(b)).filter((p): p is Position => p !== undefined);
    const mean = at.length ? { x: at.reduce((s, p) => s + p.x, 0) / at.length, y: at.reduce((s, p) => s + p.y, 0) / at.length } : { x: 0, y: 0 };
    const out = Math.hypot(mean.x, mean.y);
    const target = out > inside ? { x: (mean.x * inside) / out, y: (mean.y * inside) / out } : mean;
    const size = sizes.get(w.id)!;
    const step = size * 0.5;
    let place = target;
    for (let k = 0; k < MAX_TRIES; k++) {
      const r = step * Math.sqrt(k);
      const candidate = { x: target.x + r * Math.cos(k * GOLDEN_ANGLE), y: target.y + r * Math.sin(k * GOLDEN_ANGLE) };
      place = candidate;
      if (grid.free(candidate, size, WORK_CLEARANCE)) break;
    }
    positions.set(w.id, place);
    grid.add(w.id, place, size);
  }
  return { positions, sizes };
}

/** Each drawn work's briefs, from the overview's edges. */
function briefsByWork(overview: CorpusOverview): Map<string, string[]> {
  const briefsOf = new Map<string, string[]>();
  for (const e of overview.edges) {
    const list = briefsOf.get(e.work);
    if (list) list.push(e.brief);
    else briefsOf.set(e.work, [e.brief]);
  }
  return briefsOf;
}

/**
 * Briefs in ring order: a greedy chain that takes next the brief sharing the most with the last one taken, a work
 * counting more the fewer briefs share it (1 / (briefs − 1)); when none shares anything, the brief sharing the most
 * overall. Ties go by id, so the order is the same for the same overview.
 */
export function briefOrder(overview: CorpusOverview): string[] {
  const ids = overview.briefs.map((b) => b.id).sort(compare);
  const worksOf = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of overview.edges) worksOf.get(e.brief)?.push(e.work);
  const briefsOf = briefsByWork(overview);
  const weight = (work: string) => 1 / Math.max(1, (briefsOf.get(work)?.length ?? 2) - 1);
  const total = (id: string) => worksOf.get(id)?.length ?? 0;
  // Better: a higher score, then more shared works, then the smaller id.
  const better = (a: string, scoreA: number, b: string | undefined, scoreB: number) =>
    b === undefined || scoreA > scoreB + 1e-12 || (Math.abs(scoreA - scoreB) <= 1e-12 && (total(a) > total(b) || (total(a) === total(b) && compare(a, b) < 0)));
  const byTotal = [...ids].sort((a, b) => total(b) - total(a) || compare(a, b));
  const placed = new Set<string>();
  const order: string[] = [];
  let fallback = 0;
  while (order.length < ids.length) {
    const last = order[order.length - 1];
    let best: string | undefined;
    let top = 0;
    if (last !== undefined) {
      const score = new Map<string, number>();
      for (const w of worksOf.get(last) ?? []) for (const b of briefsOf.get(w) ?? []) if (!placed.has(b)) score.set(b, (score.get(b) ?? 0) + weight(w));
      for (const [b, s] of score) {
        if (better(b, s, best, top)) {
          best = b;
          top = s;
        }
      }
    }
    if (best === undefined) {
      while (placed.has(byTotal[fallback]!)) fallback++;
      best = byTotal[fallback]!;
    }
    placed.add(best);
    order.push(best);
  }
  return order;
}

/** Nodes bucketed in square cells at least as wide as any two radii with their clearance: a free test looks at 3×3 cells. */
class SpatialGrid {
  private readonly cells = new Map<string, { p: Position; size: number }[]>();
  constructor(private readonly cell: number) {}

  private key(x: number, y: number): string {
    return `${Math.floor(x / this.cell)},${Math.floor(y / this.cell)}`;
  }

  add(_id: string, p: Position, size: number): void {
    const k = this.key(p.x, p.y);
    const list = this.cells.get(k);
    if (list) list.push({ p, size });
    else this.cells.set(k, [{ p, size }]);
  }

  free(p: Position, size: number, clearance: number): boolean {
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const other of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(other.p.x - p.x, other.p.y - p.y) < (other.size + size) * clearance) return false;
        }
    return true;
  }
}
