// Places node labels without collisions: in priority order, each label takes the first of its positions (right, left,
// below, above; shifted sideways to stay on screen) whose box is free of every label already placed and of the nodes drawn; else it is dropped.

export type LabelSide = 'right' | 'left' | 'below' | 'above';

export interface LabelCandidate {
  node: string;
  text: string;
  /** Viewport position of the node's centre and its radius on screen, in CSS pixels. */
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
  /** Sides to try, in order. */
  sides: readonly LabelSide[];
  bold: boolean;
  /** The hovered node's label: it may cover nodes (never another label), so it always shows if it fits on screen. */
  overNodes?: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  node: string;
  text: string;
  side: LabelSide;
  bold: boolean;
}

const GAP = 3;
const PAD = 1;
const CELL = 64;

/** A uniform grid of boxes, for collision tests in time proportional to the boxes nearby. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  private key(cx: number, cy: number): number {
    return (cy + 1000) * 4096 + (cx + 1000);
  }
  private range(box: Box): [number, number, number, number] {
    return [Math.floor(box.x / CELL), Math.floor((box.x + box.width) / CELL), Math.floor(box.y / CELL), Math.floor((box.y + box.height) / CELL)];
  }
  add(box: Box): void {
    const [x0, x1, y0, y1] = this.range(box);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        const k = this.key(cx, cy);
        const cell = this.cells.get(k);
        if (cell) cell.push(box);
        else this.cells.set(k, [box]);
      }
  }
  hits(box: Box, ignore?: Box): boolean {
    const [x0, x1, y0, y1] = this.range(box);
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++) {
        for (const other of this.cells.get(this.key(cx, cy)) ?? []) if (other !== ignore && overlaps(box, other)) return true;
      }
    return false;
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function labelBox(c: Pick<LabelCandidate, 'x' | 'y' | 'radius' | 'width' | 'height'>, side: LabelSide): Box {
  const start = c.radius + GAP;
  switch (side) {
    case 'right':
      return { x: c.x + start, y: c.y - c.height / 2, width: c.width, height: c.height };
    case 'left':
      return { x: c.x - start - c.width, y: c.y - c.height / 2, width: c.width, height: c.height };
    case 'below':
      return { x: c.x - c.width / 2, y: c.y + start, width: c.width, height: c.height };
    case 'above':
      return { x: c.x - c.width / 2, y: c.y - start - c.height, width: c.width, height: c.height };
  }
}

/**
 * `candidates` in priority order (most important first); `obstacles` are the node discs drawn, as boxes, keyed by node
 * (a label may touch its own node). Returns the labels placed, none overlapping another or a node.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: ReadonlyMap<string, Box>, viewport: { width: number; height: number }): PlacedLabel[] {
  const labels = new BoxGrid();
  const nodes = new BoxGrid();
  for (const box of obstacles.values()) nodes.add(box);
  const placed: PlacedLabel[] = [];
  for (const c of candidates) {
    const own = obstacles.get(c.node);
    for (const side of c.sides) {
      const box = labelBox(c, side);
      // A label centred under or over its node shifts sideways to stay on screen.
      if (side === 'below' || side === 'above') box.x = Math.max(0, Math.min(box.x, viewport.width - box.width));
      if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) continue;
      const padded = { x: box.x - PAD, y: box.y - PAD, width: box.width + 2 * PAD, height: box.height + 2 * PAD };
      if (labels.hits(padded) || (!c.overNodes && nodes.hits(box, own))) continue;
      labels.add(padded);
      placed.push({ ...box, node: c.node, text: c.text, side, bold: c.bold });
      break;
    }
  }
  return placed;
}
