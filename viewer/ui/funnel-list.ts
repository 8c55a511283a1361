// The funnel for narrow screens, where the chart (about 1,500 px wide) would scroll sideways: each stage with its
// figures as a list, a bar on the chart's log scale above each figure's words (which wrap), and the steps between, all
// from the same layout as the chart. Every string is inserted as text.
import { STEP_MARK, type FunnelLayout } from '../../src/export/funnel-geometry.js';
import { h } from './dom.js';
import { caveatNotes } from './funnel-caveats.js';

/** The funnel as HTML lists; picking a figure or a stage calls `select` with its id. */
export function funnelList(layout: FunnelLayout, select: (id: string) => void): HTMLElement {
  const plot = layout.plot.x1 - layout.plot.x0;
  const notes = caveatNotes(layout);
  const top = layout.ticks.at(-1)?.label ?? '';
  return h(
    'div',
    { class: 'funnel-list' },
    h('p', { class: 'meta' }, `Bars: counts on a log scale from 1 to ${top} (the full width); shares and means have none.`),
    ...layout.stages.map((stage) => {
      const bars = layout.bars.filter((b) => b.y >= stage.y && b.y < stage.y + stage.height);
      const step = layout.steps.find((s) => s.from === stage.id);
      return h(
        'section',
        { class: 'funnel-stage', 'data-id': stage.id },
        h('h3', {}, h('button', { type: 'button', class: 'node-link', onclick: () => select(stage.id) }, stage.label)),
        bars.length
          ? h(
              'ul',
              {},
              ...bars.map((bar) => {
                const note = notes.get(bar.figure.id);
                return h(
                  'li',
                  { class: `figure ${bar.figure.status}`, 'data-id': bar.figure.id },
                  bar.width > 0 ? h('span', { class: `bar${bar.secondary ? ' secondary' : ''}`, style: `width:${((100 * bar.width) / plot).toFixed(2)}%`, 'aria-hidden': 'true' }) : null,
                  h('button', { type: 'button', class: 'node-link', 'aria-describedby': note?.id, onclick: () => select(bar.figure.id) }, bar.text),
                  note ? h('span', { class: 'caveat-mark' }, ` † caveat ${note.n}`) : null,
                );
              }),
            )
          : h('p', { class: 'meta' }, 'No figure at this stage.'),
        step ? h('p', { class: `step ${step.state}`, 'data-from': step.from, 'data-to': step.to }, `${STEP_MARK[step.state]} ${step.text}`) : null,
      );
    }),
  );
}
