// The audit in the sidebar: each check with its marker and its count, each flagged claim with its reasons, and
// Previous / Next buttons that step through the flagged nodes (selecting each in turn).
import { AUDIT_CHECKS, type AuditReport, type ClaimFinding, type NodeFinding } from '../../src/query/audit.js';
import { type AuditFlag } from '../state/audit-marks.js';
import { h } from './dom.js';

export interface AuditActions {
  select(id: string): void;
}

/** Flagged nodes in stepping order: the most flags first, then the audit's order. */
export function auditSteps(flags: Map<string, AuditFlag[]>): string[] {
  const order = [...flags.keys()];
  return order.sort((a, b) => flags.get(b)!.length - flags.get(a)!.length || order.indexOf(a) - order.indexOf(b));
}

export function auditList(report: AuditReport, flags: Map<string, AuditFlag[]>, selected: string | null, actions: AuditActions): HTMLElement {
  const steps = auditSteps(flags);
  const at = selected ? steps.indexOf(selected) : -1;
  const go = (delta: number) => {
    if (steps.length === 0) return;
    const next = at < 0 ? (delta > 0 ? 0 : steps.length - 1) : (at + delta + steps.length) % steps.length;
    actions.select(steps[next]!);
    // The sidebar was rebuilt: keep the focus on the button pressed.
    document.getElementById(delta > 0 ? 'audit-next' : 'audit-previous')?.focus();
  };
  const stepper = h(
    'div',
    { class: 'audit-stepper', role: 'group', 'aria-label': 'Step through the flagged claims' },
    h('button', { type: 'button', id: 'audit-previous', disabled: steps.length === 0, onclick: () => go(-1) }, '‹ Previous'),
    h('span', { class: 'meta', id: 'audit-position' }, steps.length === 0 ? 'nothing flagged' : at >= 0 ? `${at + 1} of ${steps.length}` : `${steps.length} flagged`),
    h('button', { type: 'button', id: 'audit-next', disabled: steps.length === 0, onclick: () => go(1) }, 'Next ›'),
  );
  return h(
    'div',
    { class: 'audit-report', id: 'audit-report' },
    stepper,
    ...AUDIT_CHECKS.map(({ key, title, marker }) => {
      const items = report[key] as (ClaimFinding | NodeFinding)[];
      return h(
        'details',
        { open: items.length > 0 && items.length <= 5, 'data-check': key },
        h('summary', {}, h('span', { class: 'audit-marker', 'aria-hidden': 'true' }, `${marker} `), `${title}: ${items.length}`),
        h(
          'ul',
          {},
          ...items.map((item) => {
            const ref = 'claim' in item ? item.claim : item;
            const own = flags.get(ref.id) ?? [];
            return h(
              'li',
              { class: ref.id === selected ? 'current' : undefined },
              h('button', { type: 'button', class: 'node-link', 'data-node': ref.id, onclick: () => actions.select(ref.id) }, own.length ? `${own.map((f) => f.marker).join('')} ${ref.label}` : ref.label),
              h('div', { class: 'meta audit-reason' }, item.reason),
            );
          }),
        ),
      );
    }),
  );
}
