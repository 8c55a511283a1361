// A small seeded pseudo-random generator (mulberry32): the same seed always gives the same sequence.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [0, n), small values far more likely (a long tail). */
  skewed(n: number, exponent?: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    skewed: (n, exponent = 2.5) => Math.min(n - 1, Math.floor(n * next() ** exponent)),
  };
}
