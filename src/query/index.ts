// The query API: plain typed results, so callers never need graphology.
export * from './node-ref.js';
export * from './sources-for.js';
export * from './obstacles-for.js';
export * from './claims-backed-by.js';
export * from './audit.js';
export * from './find.js';
export * from './neighbourhood.js';
export * from './stats.js';
export * from './describe-node.js';
export * from './subgraph-of.js';
export * from './subgraph.js';
export * from './figures.js';
export * from './rate.js';
export * from './funnel.js';
