// A ClaimGraph from the triples a store returned: records checked with the model's zod schemas, nodes and edges added in
// their dataset order (so exports list them, and queries meet them, in the same order as on the local files), edges
// whose ends were not fetched left out.
import { readTriples, type RdfTriple } from '../export/rdf/read-triples.js';
import { createClaimGraph, type ClaimGraph } from '../model/graph.js';
import { DatasetMetaSchema, EdgeSchema, edgeKey, NodeSchema } from '../model/schema.js';
import { StoreError } from './http-client.js';

export function graphFromRdf(metaTriples: readonly RdfTriple[], triples: readonly RdfTriple[]): ClaimGraph {
  const { meta } = readTriples(metaTriples);
  const data = readTriples(triples);
  const checkedMeta = DatasetMetaSchema.safeParse(meta);
  if (!checkedMeta.success) throw new StoreError(`the store's dataset title and documents are not valid: ${checkedMeta.error.issues[0]?.message}`, 'data');
  const graph = createClaimGraph(checkedMeta.data);
  for (const record of data.nodes) {
    const node = NodeSchema.safeParse(record);
    if (!node.success) throw new StoreError(`the store holds a node ${JSON.stringify(record.id)} that is not valid: ${node.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'data');
    if (!graph.hasNode(node.data.id)) graph.addNode(node.data.id, node.data);
  }
  for (const record of data.edges) {
    const edge = EdgeSchema.safeParse(record);
    if (!edge.success) throw new StoreError(`the store holds an edge that is not valid: ${edge.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'data');
    const key = edgeKey(edge.data);
    if (!graph.hasNode(edge.data.from) || !graph.hasNode(edge.data.to) || graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, edge.data.from, edge.data.to, edge.data);
  }
  return graph;
}
