// Names the Neo4j exports (Cypher, CSV) give to kinds: every node is a `Node` with a second label for its kind
// (`Claim`), every edge a relationship type from its kind (`supports` -> SUPPORTS, `part-of` -> PART_OF). From the schema's tables, never from data.
import { EDGE_KINDS, NODE_KIND_INFO, type EdgeKind, type NodeKind } from '../model/schema.js';

export const COMMON_LABEL = 'Node';

export function nodeLabel(kind: NodeKind): string {
  return NODE_KIND_INFO[kind].title.replace(/[^A-Za-z0-9]/g, '');
}

export function relationshipType(kind: EdgeKind): string {
  return kind.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** Every relationship type, for documentation and tests. */
export const RELATIONSHIP_TYPES: readonly string[] = EDGE_KINDS.map(relationshipType);
