// How the viewer keeps nodes apart on a small screen: the layout's spacing per size, and the size divisor it gives sigma.
import { describe, expect, it } from 'vitest';
import { sizeDivisor, spacingPerSize } from '../viewer/graph/node-spacing.js';

describe('node spacing', () => {
  it('is the low (10%) nearest-neighbour distance over the two sizes; coincident nodes and lone ones do not count', () => {
    // A column of claims (size 10) two units apart, a column of sources (size 8) three apart, ten units to the left.
    const claims = Array.from({ length: 10 }, (_, i) => ({ x: 10, y: 2 * i, size: 10 }));
    const sources = Array.from({ length: 10 }, (_, i) => ({ x: 0, y: 3 * i, size: 8 }));
    expect(spacingPerSize(claims)).toBeCloseTo(0.1);
    expect(spacingPerSize([...claims, ...sources])).toBeCloseTo(0.1);
    expect(spacingPerSize(sources)).toBeCloseTo(3 / 16);
    expect(spacingPerSize([...sources, { ...sources[0]! }])).toBeCloseTo(3 / 16);
    expect(spacingPerSize([{ x: 0, y: 0, size: 5 }])).toBe(Infinity);
  });

  it("keeps sigma's √ratio while the spacing on screen holds the sizes, then follows the spacing, to a third at most", () => {
    expect(sizeDivisor(1, Infinity)).toBe(1);
    expect(sizeDivisor(0.25, 2)).toBe(0.5);
    // Squeezed: at ratio 1 the layout's spacing fits sizes only at 0.5 of their size.
    expect(sizeDivisor(1, 0.5)).toBe(2);
    expect(sizeDivisor(0.5, 0.5)).toBe(1);
    expect(sizeDivisor(1, 0.1)).toBe(3);
  });
});
