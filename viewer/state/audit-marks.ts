// The audit's flags as the viewer shows them: one marker and one reason per check, and the claims each check flags.
import type { AuditReport, ClaimFinding } from '../../src/query/audit.js';
import type { NodeRef } from '../../src/query/node-ref.js';

/** One marker per claim check (shown before the claim's label in the graph and in the audit list), with its reason.
 * Plain brackets: circled letters are missing from common fonts. */
export const CLAIM_CHECK_MARKS: Partial<Record<keyof AuditReport, { marker: string; reason: (finding: ClaimFinding | NodeRef) => string }>> = {
  unsupportedClaims: { marker: '[no source]', reason: () => 'no source supports it, directly or through other claims' },
  singleSourceClaims: { marker: '[1 source]', reason: (f) => `rests on a single source${'sources' in f && f.sources[0] ? `: ${f.sources[0].label}` : ''}` },
  onlyStatedClaims: { marker: '[stated]', reason: (f) => `every source (${'sources' in f ? f.sources.length : 0}) is known only from the brief (stated, not identified)` },
  onlyPressReleaseClaims: { marker: '[press]', reason: (f) => `every source is a press release${'sources' in f ? ` (${f.sources.map((s) => s.label).join('; ')})` : ''}` },
};

export interface AuditFlag {
  check: keyof AuditReport;
  marker: string;
  reason: string;
}

/** For each flagged node: its flags, in check order. */
export function auditFlags(report: AuditReport): Map<string, AuditFlag[]> {
  const flags = new Map<string, AuditFlag[]>();
  for (const [check, mark] of Object.entries(CLAIM_CHECK_MARKS) as [keyof AuditReport, NonNullable<(typeof CLAIM_CHECK_MARKS)[keyof AuditReport]>][]) {
    for (const item of report[check] as (ClaimFinding | NodeRef)[]) {
      const id = 'claim' in item ? item.claim.id : item.id;
      const list = flags.get(id) ?? [];
      list.push({ check, marker: mark.marker, reason: mark.reason(item) });
      flags.set(id, list);
    }
  }
  return flags;
}

/** The markers drawn before each flagged claim's label. */
export function auditMarkers(flags: Map<string, AuditFlag[]>): Map<string, string> {
  return new Map([...flags].map(([id, list]) => [id, list.map((f) => f.marker).join('')]));
}
