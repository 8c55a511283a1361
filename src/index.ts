// claimgraph's public API: the model, the loader and the queries.
export * from './model/schema.js';
export * from './model/graph.js';
export { buildGraph, type DatasetText, type BuildOptions } from './load/build-graph.js';
export { loadGraph, datasetFiles } from './load/load-graph.js';
export { DatasetError, formatProblem, type Problem } from './load/problems.js';
export * from './query/index.js';
