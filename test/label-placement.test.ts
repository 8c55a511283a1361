// Label placement (viewer/graph/label-placement.ts): whatever the candidates, no two labels placed overlap, none covers
// a node other than its own (unless it is the hovered one), every one is on screen, and the first candidate that fits wins.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelBox, overlaps, placeLabels, type Box, type LabelCandidate } from '../viewer/graph/label-placement.js';

const viewport = { width: 400, height: 300 };

const candidate = fc.record({
  x: fc.double({ min: 0, max: 400, noNaN: true }),
  y: fc.double({ min: 0, max: 300, noNaN: true }),
  radius: fc.double({ min: 1, max: 12, noNaN: true }),
  width: fc.integer({ min: 10, max: 200 }),
  overNodes: fc.boolean(),
});

describe('placeLabels', () => {
  it('never places overlapping labels, labels over other nodes, or labels off screen', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (specs) => {
        const candidates: LabelCandidate[] = specs.map((s, i) => ({ node: `n${i}`, text: `label ${i}`, x: s.x, y: s.y, radius: s.radius, width: s.width, height: 15, sides: ['right', 'left', 'above', 'below'], bold: false, overNodes: s.overNodes && i === 0 }));
        const obstacles = new Map<string, Box>(candidates.map((c) => [c.node, { x: c.x - c.radius, y: c.y - c.radius, width: 2 * c.radius, height: 2 * c.radius }]));
        const placed = placeLabels(candidates, obstacles, viewport);
        for (let i = 0; i < placed.length; i++) {
          const a = placed[i]!;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(viewport.width);
          expect(a.y + a.height).toBeLessThanOrEqual(viewport.height);
          for (let j = i + 1; j < placed.length; j++) expect(overlaps(a, placed[j]!)).toBe(false);
          const own = candidates.find((c) => c.node === a.node)!;
          if (!own.overNodes) for (const [node, box] of obstacles) if (node !== a.node) expect(overlaps(a, box)).toBe(false);
        }
      }),
    );
  });

  it('keeps the more important label and drops or moves the lesser one', () => {
    const first: LabelCandidate = { node: 'a', text: 'Answer', x: 100, y: 100, radius: 5, width: 80, height: 15, sides: ['right'], bold: true };
    const second: LabelCandidate = { node: 'b', text: 'Lesser', x: 100, y: 112, radius: 5, width: 60, height: 15, sides: ['right', 'left'], bold: false };
    const obstacles = new Map<string, Box>();
    const placed = placeLabels([first, second], obstacles, viewport);
    expect(placed.map((l) => [l.node, l.side])).toEqual([['a', 'right'], ['b', 'left']]);
    expect(placed[0]).toMatchObject(labelBox(first, 'right'));
    // With no side left, the lesser label is dropped.
    expect(placeLabels([first, { ...second, sides: ['right'] }], obstacles, viewport).map((l) => l.node)).toEqual(['a']);
  });
});
