// GEXF 1.2 (1.2draft: what Gephi, NetworkX 2.x and 3.x all read) for Gephi and NetworkX: graphology-gexf's writer over a flat, sorted copy of the graph, with colours, shapes and sizes by kind.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { ClaimGraph } from '../../model/graph.js';
import { EDGE_STYLE, NODE_STYLE, ANSWER_SIZE, type NodeShape } from '../../style/kinds.js';
import { dropXmlForbidden } from '../escape.js';
import { sortedEdges, sortedNodes } from '../order.js';
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

export const gexfFormat: ExportFormat = {
  id: 'gexf',
  title: 'GEXF',
  use: 'Gephi, NetworkX',
  extension: 'gexf',
  mediaType: 'application/gexf+xml',
  write(graph: ClaimGraph) {
    // The writer turns object values into "[object Object]", drops null and empty values, and walks the graph in insertion
    // order: so it gets a copy that holds only scalars, built in id order.
    const copy = new MultiDirectedGraph<Attributes, Attributes, Attributes>();
    copy.replaceAttributes(flat(scalarFields('gexf', 'the dataset', pick(graph.getAttributes(), GRAPH_FIELD_ORDER), GRAPH_FIELD_ORDER, new Set())));
    const nodeFields = sortedNodes(graph).map((node) => [node.id, scalarFields('gexf', `node "${node.id}"`, node, NODE_FIELD_ORDER, NODE_IDENTITY)] as const);
    const edgeFields = sortedEdges(graph).map(({ key, edge }) => [key, scalarFields('gexf', `edge "${key}"`, edge, EDGE_FIELD_ORDER, EDGE_IDENTITY)] as const);
    // The writer infers one type per field; check here that the records agree, so a mixed field fails with our message.
    fieldTypes('gexf', 'node', nodeFields.map(([, fields]) => fields));
    fieldTypes('gexf', 'edge', edgeFields.map(([, fields]) => fields));
    for (const [id, fields] of nodeFields) copy.addNode(checkXmlId('gexf', 'node', id), flat(fields));
    for (const [key, fields] of edgeFields) {
      copy.addDirectedEdgeWithKey(checkXmlId('gexf', 'edge', key), graph.source(key), graph.target(key), flat(fields));
    }
    const xml = writeGexf(copy, {
      version: '1.2',
      formatNode(id, { label, ...attributes }) {
        const node = graph.getNodeAttributes(id);
        const style = NODE_STYLE[node.kind];
        const size = node.kind === 'claim' && node.role === 'answer' ? ANSWER_SIZE : style.size;
        return {
          ...(typeof label === 'string' ? { label } : {}),
          attributes,
          viz: { color: rgb(style.color), size, shape: GEXF_SHAPE[style.shape] },
        };
      },
      formatEdge(key, attributes) {
        const style = EDGE_STYLE[graph.getEdgeAttribute(key, 'kind')];
        // `kind` stays a value: as the GEXF `kind` attribute (what the default formatter makes of it) NetworkX would drop it.
        return { attributes, viz: { color: rgb(style.color), thickness: style.size } };
      },
    });
    // The writer escapes line breaks in attribute values but leaves a carriage return raw in element text (the dataset's
    // title and description in <meta>), where XML parsers turn it into a line feed; a raw \r comes only from there.
    return xml.replace(/\r/g, '&#13;') + '\n';
  },
};
