// Audit of a graph's weak spots: thinly or weakly supported claims, uncited sources, undocumented obstacles.
import type { ClaimGraph } from '../model/graph.js';
import { compareCitations, nodeRef, type NodeRef, type SourceRef } from './node-ref.js';
import { sourcesFor } from './sources-for.js';

export interface ClaimFinding {
  claim: NodeRef;
  /** Every source that supports the claim, directly or not. */
  sources: SourceRef[];
}

export interface AuditReport {
  /** Claims no source supports, directly or through other claims. */
  unsupportedClaims: NodeRef[];
  /** Claims resting on exactly one source. */
  singleSourceClaims: ClaimFinding[];
  /** Claims whose every source is known only from what the brief says (`identification: stated`). */
  onlyStatedClaims: ClaimFinding[];
  /** Claims whose every source is a press release. */
  onlyPressReleaseClaims: ClaimFinding[];
  /** Sources with no supports, contradicts, documents or reports edge. */
  uncitedSources: NodeRef[];
  /** Obstacles no source documents. */
  undocumentedObstacles: NodeRef[];
}

/** The names of the audit's checks, in report order (the command and the viewer list them from here). */
export const AUDIT_CHECKS: readonly { key: keyof AuditReport; title: string }[] = [
  { key: 'unsupportedClaims', title: 'Claims no source supports' },
  { key: 'singleSourceClaims', title: 'Claims resting on a single source' },
  { key: 'onlyStatedClaims', title: 'Claims backed only by sources known from the brief alone (stated)' },
  { key: 'onlyPressReleaseClaims', title: 'Claims backed only by press releases' },
  { key: 'uncitedSources', title: 'Sources cited nowhere' },
  { key: 'undocumentedObstacles', title: 'Obstacles nobody documents' },
];

export function audit(graph: ClaimGraph): AuditReport {
  const report: AuditReport = {
    unsupportedClaims: [],
    singleSourceClaims: [],
    onlyStatedClaims: [],
    onlyPressReleaseClaims: [],
    uncitedSources: [],
    undocumentedObstacles: [],
  };
  graph.forEachNode((id, node) => {
    if (node.kind === 'claim') {
      const sources = sourcesFor(graph, id).map((s) => s.source).sort(compareCitations);
      const finding = { claim: nodeRef(graph, id), sources };
      if (sources.length === 0) report.unsupportedClaims.push(finding.claim);
      if (sources.length === 1) report.singleSourceClaims.push(finding);
      if (sources.length > 0 && sources.every((s) => s.identification === 'stated')) report.onlyStatedClaims.push(finding);
      if (sources.length > 0 && sources.every((s) => s.type === 'press-release')) report.onlyPressReleaseClaims.push(finding);
    } else if (node.kind === 'source') {
      const cited = graph.someOutEdge(
        id,
        (_e, edge) => edge.kind === 'supports' || edge.kind === 'contradicts' || edge.kind === 'documents' || edge.kind === 'reports',
      );
      if (!cited) report.uncitedSources.push(nodeRef(graph, id));
    } else if (node.kind === 'obstacle') {
      if (!graph.someInEdge(id, (_e, edge) => edge.kind === 'documents')) report.undocumentedObstacles.push(nodeRef(graph, id));
    }
  });
  return report;
}

/** Ids of claims the audit marks as weakly supported: no source, one source, or only stated / press-release sources. */
export function weakClaims(report: AuditReport): Set<string> {
  return new Set([
    ...report.unsupportedClaims.map((c) => c.id),
    ...[...report.singleSourceClaims, ...report.onlyStatedClaims, ...report.onlyPressReleaseClaims].map((f) => f.claim.id),
  ]);
}
