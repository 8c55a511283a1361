// The rows of an evidence table: one per claim, with its sources (as citation keys) on the brief's word, direct and
// indirect, those reached only through the curator's inferred links, and the obstacles that explain it. Computed with
// the same queries as the command (sourcesFor, obstaclesFor).
import type { ClaimGraph } from '../model/graph.js';
import { naturalCompare } from '../model/natural-order.js';
import type { ClaimNode } from '../model/schema.js';
import { obstaclesFor } from '../query/obstacles-for.js';
import { compareCitations } from '../query/node-ref.js';
import { sourcesFor } from '../query/sources-for.js';
import { citationKeys } from './citation-keys.js';

export interface EvidenceRow {
  claim: ClaimNode;
  /** Citation keys (one per work): sources of the claim itself, by a quoted edge. */
  direct: string[];
  /** Sources reached through other claims by quoted edges only. */
  indirect: string[];
  /** Sources reached only through links the curator inferred. */
  inferred: string[];
  obstacles: string[];
}

/** Answer claims first, then by section (numerically) and id. */
export function evidenceRows(graph: ClaimGraph): EvidenceRow[] {
  const keys = citationKeys(graph);
  const claims = graph.filterNodes((_id, node) => node.kind === 'claim').map((id) => graph.getNodeAttributes(id) as ClaimNode);
  claims.sort(
    (a, b) =>
      Number(b.role === 'answer') - Number(a.role === 'answer') ||
      naturalCompare(a.section ?? '', b.section ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return claims.map((claim) => {
    // Sources in citation order ([2] before [10]), as a reader expects them in a table.
    const sources = sourcesFor(graph, claim.id).sort((a, b) => compareCitations(a.source, b.source));
    // Two markers that point to one work cite it once; a key shown in an earlier column is not repeated in a later one.
    const shown = new Set<string>();
    const cite = (list: typeof sources) => [...new Set(list.map((s) => keys.ofSource(s.source.id)))].filter((k) => !shown.has(k) && shown.add(k));
    return {
      claim,
      direct: cite(sources.filter((s) => s.basis === 'quoted' && s.direct)),
      indirect: cite(sources.filter((s) => s.basis === 'quoted' && !s.direct)),
      inferred: cite(sources.filter((s) => s.basis === 'inferred')),
      // By label: the query lists them in the order the data was written, which a table must not depend on.
      obstacles: obstaclesFor(graph, claim.id, { direct: true }).map((o) => o.obstacle.label).sort(),
    };
  });
}
