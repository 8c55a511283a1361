// The brief a node belongs to in a corpus: a brief is its own; a question, claim or source names one; a work, and an
// obstacle, stage or figure of the library, belongs to none.
import type { GraphNode } from './schema.js';

/** The id of the node's brief, or undefined for the library and works (and for no node). */
export function briefOf(node: GraphNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  return node.kind === 'brief' ? node.id : 'brief' in node ? node.brief : undefined;
}
