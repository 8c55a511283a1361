// GEXF 1.2 (1.2draft: what Gephi, NetworkX 2.x and 3.x all read) for Gephi and NetworkX: graphology-gexf's writer over a flat, sorted copy of the graph, with colours, shapes and sizes by kind.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE, ANSWER_SIZE, type NodeShape } from '../../style/kinds.js';
import { dropXmlForbidden } from '../escape.js';
import { joinChunks, mapped } from '../chunks.js';
import { sortedEdges, sortedNodes, type KeyedEdge } from '../order.js';
import type { GraphNode } from '../../model/schema.js';
import type { ExportFormat } from '../types.js';
import {
  checkXmlId,
  EDGE_FIELD_ORDER,
  EDGE_IDENTITY,
  fieldTypes,
  GRAPH_FIELD_ORDER,
  NODE_FIELD_ORDER,
  NODE_IDENTITY,
  pick,
  scalarFields,
  type Scalar,
} from '../fields.js';

type Attributes = Record<string, Scalar>;

const GEXF_SHAPE: Record<NodeShape, string> = { circle: 'disc', square: 'square', triangle: 'triangle', diamond: 'diamond' };

/**
 * graphology-gexf writes a hex colour as `hex="#..."`, which NetworkX cannot read (it expects r, g, b);
 * an `rgb(...)` colour makes graphology-gexf write r, g, b, which every reader takes.
 */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** The writer does not drop characters XML 1.0 forbids (it would emit them raw and the file would not parse): drop them first. */
const clean = (value: Scalar): Scalar => (typeof value === 'string' ? dropXmlForbidden(value) : value);
const flat = (fields: [string, Scalar][]): Attributes => Object.fromEntries(fields.map(([name, value]) => [name, clean(value)]));

/** The writer's options: styles by kind; the template elements of the streamed writer (ids not in the graph) get none. */
function writerOptions(graph: ClaimGraph) {
  return {
    version: '1.2' as const,
    formatNode(id: string, { label, ...attributes }: Attributes) {
      if (!graph.hasNode(id)) return { attributes };
      const node = graph.getNodeAttributes(id);
      const style = NODE_STYLE[node.kind];
      const size = node.kind === 'claim' && node.role === 'answer' ? ANSWER_SIZE : style.size;
      return {
        ...(typeof label === 'string' ? { label } : {}),
        attributes,
        viz: { color: rgb(style.color), size, shape: GEXF_SHAPE[style.shape] },
      };
    },
    formatEdge(key: string, attributes: Attributes) {
      if (!graph.hasEdge(key)) return { attributes };
      const style = EDGE_STYLE[graph.getEdgeAttribute(key, 'kind')];
      // `kind` stays a value: as the GEXF `kind` attribute (what the default formatter makes of it) NetworkX would drop it.
      return { attributes, viz: { color: rgb(style.color), thickness: style.size } };
    },
  };
}

/**
 * The writer escapes line breaks in attribute values but leaves a carriage return raw in element text (the dataset's
 * title and description in <meta>), where XML parsers turn it into a line feed; a raw \r comes only from there.
 */
const crAsReference = (xml: string) => xml.replace(/\r/g, '&#13;');

const graphFields = (graph: ClaimGraph) => flat(scalarFields('gexf', 'the dataset', pick(graph.getAttributes(), GRAPH_FIELD_ORDER), GRAPH_FIELD_ORDER, new Set()));
const nodeFields = (node: GraphNode) => scalarFields('gexf', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY);
const edgeFields = ({ key, edge }: KeyedEdge) => scalarFields('gexf', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY);

/** The whole document at once, through graphology-gexf's writer. */
function wholeGexf(graph: ClaimGraph): string {
  // The writer turns object values into "[object Object]", drops null and empty values, and walks the graph in insertion
  // order: so it gets a copy that holds only scalars, built in id order.
  const copy = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
  copy.replaceAttributes(graphFields(graph));
  const nodes = sortedNodes(graph).map((node) => [node.id, nodeFields(node)] as const);
  const edges = sortedEdges(graph).map((keyed) => [keyed.key, edgeFields(keyed)] as const);
  // The writer infers one type per field; check here that the records agree, so a mixed field fails with our message.
  fieldTypes('gexf', 'node', nodes.map(([, fields]) => fields));
  fieldTypes('gexf', 'edge', edges.map(([, fields]) => fields));
  for (const [id, fields] of nodes) copy.addNode(checkXmlId('gexf', 'node', id), flat(fields));
  for (const [key, fields] of edges) copy.addDirectedEdgeWithKey(checkXmlId('gexf', 'edge', key), graph.source(key), graph.target(key), flat(fields));
  return crAsReference(writeGexf(copy, writerOptions(graph))) + '\n';
}

/** Ids of the template elements: `claimgraph` is no node kind, so no node id or edge key of a valid graph is one of them. */
const TEMPLATE = 'claimgraph:template';
const TEMPLATE_EDGE = 'claimgraph:template-edge';
const TEMPLATE_ENDS = ['claimgraph:template-from', 'claimgraph:template-to'] as const;

/**
 * The attribute model graphology-gexf infers, as a template record: every field, in the order the writer first meets it
 * with a value (the order of its declarations and of every element's values), each with a sample value of its type
 * (integer, double, string, boolean: the lowest of the writer's type priorities wins).
 */
function templateOf(records: Iterable<Attributes>): Attributes {
  const template = new Map<string, Scalar>();
  const rank = (v: Scalar) => (typeof v === 'string' ? 0 : typeof v === 'number' ? (v === (v | 0) ? 2 : 1) : 3);
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === '' || Number.isNaN(value)) continue;
      const before = template.get(name);
      if (before === undefined || rank(value) < rank(before)) template.set(name, typeof value === 'string' ? 'x' : typeof value === 'number' ? (value === (value | 0) ? 1 : 0.5) : true);
    }
  }
  return Object.fromEntries(template);
}

/** The text of a writer's document between the end of the template element `id` and `closing` (the elements after it). */
function after(doc: string, element: 'node' | 'edge', id: string, closing: string): string {
  const start = doc.indexOf(`</${element}>\n`, doc.indexOf(`<${element} id="${id}"`)) + `</${element}>\n`.length;
  return doc.slice(start, doc.lastIndexOf(closing));
}

/**
 * The same bytes as wholeGexf, in pieces: the declarations come from a document holding only template elements that
 * carry the whole model; then the writer writes `batch` nodes (or edges) at a time behind the template element, whose
 * output is cut away, so every element is written exactly as in the whole document. Small graphs are written whole.
 */
export function* gexfChunks(graph: ClaimGraph, batch = 4000, wholeBelow = 20_000): Generator<string> {
  if (graph.order + graph.size < wholeBelow || graph.order === 0 || graph.size === 0) {
    yield wholeGexf(graph);
    return;
  }
  const options = writerOptions(graph);
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  fieldTypes('gexf', 'node', mapped(nodes, nodeFields));
  fieldTypes('gexf', 'edge', mapped(edges, edgeFields));
  const nodeTemplate = templateOf(mapped(nodes, (node) => {
    const { label: _label, ...attributes } = flat(nodeFields(node));
    return attributes;
  }));
  const edgeTemplate = templateOf(mapped(edges, (keyed) => flat(edgeFields(keyed))));
  if (Object.keys(nodeTemplate).length === 0 || Object.keys(edgeTemplate).length === 0) {
    yield wholeGexf(graph);
    return;
  }
  const skeleton = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
  skeleton.replaceAttributes(graphFields(graph));
  skeleton.addNode(TEMPLATE, nodeTemplate);
  for (const end of TEMPLATE_ENDS) skeleton.addNode(end, {});
  skeleton.addDirectedEdgeWithKey(TEMPLATE_EDGE, ...TEMPLATE_ENDS, edgeTemplate);
  const doc = writeGexf(skeleton, options);
  const lineStart = (index: number) => doc.lastIndexOf('\n', index) + 1;
  yield crAsReference(doc.slice(0, lineStart(doc.indexOf(`<node id="${TEMPLATE}"`))));
  for (let start = 0; start < nodes.length; start += batch) {
    const copy = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
    copy.addNode(TEMPLATE, nodeTemplate);
    for (const node of nodes.slice(start, start + batch)) copy.addNode(checkXmlId('gexf', 'node', node.id), flat(nodeFields(node)));
    yield crAsReference(after(writeGexf(copy, options), 'node', TEMPLATE, '    </nodes>'));
  }
  yield crAsReference(doc.slice(lineStart(doc.indexOf('</nodes>')), lineStart(doc.indexOf(`<edge id="${TEMPLATE_EDGE}"`))));
  for (let start = 0; start < edges.length; start += batch) {
    const copy = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
    for (const end of TEMPLATE_ENDS) copy.addNode(end, {});
    copy.addDirectedEdgeWithKey(TEMPLATE_EDGE, ...TEMPLATE_ENDS, edgeTemplate);
    for (const keyed of edges.slice(start, start + batch)) {
      const from = graph.source(keyed.key);
      const to = graph.target(keyed.key);
      copy.mergeNode(from);
      copy.mergeNode(to);
      copy.addDirectedEdgeWithKey(checkXmlId('gexf', 'edge', keyed.key), from, to, flat(edgeFields(keyed)));
    }
    yield crAsReference(after(writeGexf(copy, options), 'edge', TEMPLATE_EDGE, '    </edges>'));
  }
  yield crAsReference(doc.slice(lineStart(doc.indexOf('</edges>')))) + '\n';
}

export const gexfFormat: ExportFormat = {
  id: 'gexf',
  title: 'GEXF',
  use: 'Gephi, NetworkX',
  extension: 'gexf',
  mediaType: 'application/gexf+xml',
  write: (graph) => joinChunks(gexfChunks(graph)),
  stream: (graph) => gexfChunks(graph),
};
