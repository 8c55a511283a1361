// Figure 3: subgraph extraction and export to JSON and GraphML, per element of the subgraph, against JSON.stringify of
// the same subgraph (the floor for writing it at all).
import { graphmlFormat } from '../src/export/formats/graphml.js';
import { jsonFormat } from '../src/export/formats/json.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { toDatasetFile } from '../src/model/serialize.js';
import { subgraph } from '../src/query/subgraph.js';
import { medianMs } from './measure.js';

export interface ExportFigure {
  /** Elements (nodes + edges) of the subgraph: the answer claim and everything within `depth` hops. */
  elements: number;
  depth: number;
  subgraphUsPerElement: number;
  jsonUsPerElement: number;
  graphmlUsPerElement: number;
  stringifyUsPerElement: number;
  /** (subgraph + json) / JSON.stringify, and (subgraph + graphml) / JSON.stringify. */
  jsonRatio: number;
  graphmlRatio: number;
}

export function measureExports(graph: ClaimGraph, options: { depth: number; runs: number }): ExportFigure {
  const answer = graph.findNode((_id, node) => node.kind === 'claim' && node.role === 'answer')!;
  const part = subgraph(graph, { focus: answer, depth: options.depth });
  const elements = part.order + part.size;
  const per = (ms: number) => (ms * 1000) / elements;
  const sub = medianMs(options.runs, () => subgraph(graph, { focus: answer, depth: options.depth }));
  const json = medianMs(options.runs, () => jsonFormat.write(part));
  const graphml = medianMs(options.runs, () => graphmlFormat.write(part));
  const stringify = medianMs(options.runs, () => JSON.stringify(toDatasetFile(part)));
  return {
    elements,
    depth: options.depth,
    subgraphUsPerElement: per(sub),
    jsonUsPerElement: per(json),
    graphmlUsPerElement: per(graphml),
    stringifyUsPerElement: per(stringify),
    jsonRatio: (sub + json) / stringify,
    graphmlRatio: (sub + graphml) / stringify,
  };
}
