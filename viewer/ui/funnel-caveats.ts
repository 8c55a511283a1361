// The funnel's caveats: each figure that has one gets a numbered note, marked on the chart (or list) and listed under it.
import type { FunnelLayout } from '../../src/export/funnel-geometry.js';
import { h } from './dom.js';

/** The figures with a caveat, in the chart's order, each with its note's number and the id of its place in the list. */
export function caveatNotes(layout: FunnelLayout): Map<string, { n: number; id: string; caveat: string }> {
  const notes = new Map<string, { n: number; id: string; caveat: string }>();
  for (const { figure } of layout.bars) {
    if (figure.caveat && !notes.has(figure.id)) notes.set(figure.id, { n: notes.size + 1, id: `funnel-caveat-${notes.size + 1}`, caveat: figure.caveat });
  }
  return notes;
}

/** The list of caveats under the chart: each figure's note number, its label (a link that selects it) and its caveat. */
export function caveatList(layout: FunnelLayout, select: (id: string) => void): HTMLElement | null {
  const notes = caveatNotes(layout);
  if (notes.size === 0) return null;
  const label = new Map(layout.bars.map((b) => [b.figure.id, b.figure.label]));
  return h(
    'section',
    { class: 'funnel-caveats', 'aria-labelledby': 'funnel-caveats-title' },
    h('h3', { id: 'funnel-caveats-title' }, 'Caveats'),
    h(
      'ol',
      {},
      ...[...notes].map(([id, note]) =>
        h('li', { id: note.id, 'data-figure': id, value: note.n }, h('button', { type: 'button', class: 'node-link', onclick: () => select(id) }, label.get(id) ?? id), `: ${note.caveat}`),
      ),
    ),
  );
}
