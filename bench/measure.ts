// Timing helpers for the benchmark: a run's duration in milliseconds, medians of several runs.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('claimgraph/bench: median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds `fn` takes, and what it returned. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The median of `runs` timings of `fn` (in milliseconds). */
export function medianMs(runs: number, fn: () => unknown): number {
  return median(Array.from({ length: runs }, () => timed(fn).ms));
}

/** Runs garbage collection when node was started with --expose-gc, so one measurement's garbage does not bill the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
