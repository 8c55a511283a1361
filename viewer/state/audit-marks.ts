// The audit's flags as the viewer shows them: for each flagged node, one marker and one reason per check that flags it
// (markers from the audit's own table, reasons from its findings).
import { AUDIT_CHECKS, type AuditReport, type ClaimFinding, type NodeFinding } from '../../src/query/audit.js';

export interface AuditFlag {
  check: keyof AuditReport;
  marker: string;
  reason: string;
}

/** The node a finding is about: a claim finding's claim, else the node itself. */
export const findingNode = (finding: ClaimFinding | NodeFinding): string => ('claim' in finding ? finding.claim.id : finding.id);

/** For each flagged node: its flags, in check order. */
export function auditFlags(report: AuditReport): Map<string, AuditFlag[]> {
  const flags = new Map<string, AuditFlag[]>();
  for (const { key, marker } of AUDIT_CHECKS) {
    for (const finding of report[key] as (ClaimFinding | NodeFinding)[]) {
      const id = findingNode(finding);
      const list = flags.get(id) ?? [];
      list.push({ check: key, marker, reason: finding.reason });
      flags.set(id, list);
    }
  }
  return flags;
}

/** The markers drawn before each flagged node's label. */
export function auditMarkers(flags: Map<string, AuditFlag[]>): Map<string, string> {
  return new Map([...flags].map(([id, list]) => [id, list.map((f) => f.marker).join('')]));
}
