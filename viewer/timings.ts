// The viewer's start-up marks: milliseconds since navigation at each step (read by the browser tests and the benchmark).
const timings: Record<string, number> = {};
(window as unknown as { claimgraphTimings: typeof timings }).claimgraphTimings = timings;
export const mark = (name: string) => (timings[name] = Math.round(performance.now()));
