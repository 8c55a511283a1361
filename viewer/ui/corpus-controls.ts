// The sidebar's corpus controls, shown only for a dataset of several briefs: the brief filter (every brief, or one
// brief's view) and the overview's toggle; in the overview, its legend, what it leaves out, and its most shared works
// as buttons (the keyboard's way into the picture). Every string from the data is inserted as text.
import type { ClaimGraph } from '../../src/model/graph.js';
import type { CorpusOverview } from '../../src/query/corpus-overview.js';
import { NODE_STYLE } from '../graph/styles.js';
import type { ViewState } from '../state/view-state.js';
import { h } from './dom.js';

/** The filter's value while the overview is shown (a disabled prompt: never picked). */
const OVERVIEW_PLACEHOLDER = 'overview';

/** Works listed under "Most shared works" in the overview. */
export const LISTED_SHARED_WORKS = 12;

const n = (x: number) => x.toLocaleString('en');

/** A brief as the filter names it: its name, and its label when that says more. */
function briefName(corpus: ClaimGraph, id: string): string {
  const name = id.replace(/^brief:/, '');
  const label = corpus.hasNode(id) ? corpus.getNodeAttribute(id, 'label') : name;
  return label === name ? name : `${name} — ${label}`;
}

export function corpusSection(corpus: ClaimGraph, briefs: readonly string[], state: ViewState, shown: ClaimGraph, actions: { update(change: Partial<ViewState>): void }): HTMLElement {
  const select = h(
    'select',
    {
      id: 'brief-filter',
      onchange: (event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        actions.update({ brief: value === '' ? null : value, overview: false, camera: null });
        // The sidebar was rebuilt: the focus stays on the filter.
        document.getElementById('brief-filter')?.focus();
      },
    },
    // In the overview no brief is shown: any pick, the one shown before included, leaves it.
    state.overview ? h('option', { value: OVERVIEW_PLACEHOLDER, disabled: true, selected: true }, 'Pick a brief to show…') : null,
    h('option', { value: '', selected: !state.overview && state.brief === null }, `All ${n(briefs.length)} briefs`),
    ...briefs.map((id) => h('option', { value: id, selected: !state.overview && id === state.brief }, briefName(corpus, id))),
  );
  const status = state.overview
    ? 'The overview is shown; pick a brief (or all) to show its graph instead.'
    : state.brief
      ? `${n(shown.order)} nodes: the brief’s own, and the library and works they touch.`
      : `${n(corpus.order)} nodes of ${n(briefs.length)} briefs.`;
  // The overview in place of the graph, and back (a history entry each way); the brief filter stays as it was.
  const toggle = h(
    'button',
    {
      type: 'button',
      id: 'overview-toggle',
      'aria-pressed': String(state.overview),
      title: 'Every brief and the works they share',
      onclick: () => {
        actions.update({ overview: !state.overview, camera: null });
        document.getElementById('overview-toggle')?.focus();
      },
    },
    'Corpus overview',
  );
  return h(
    'section',
    { class: 'corpus-filter', 'aria-labelledby': 'briefs-heading' },
    h('h2', { id: 'briefs-heading' }, 'Briefs'),
    h('label', { for: 'brief-filter', class: 'field-label' }, 'Show'),
    select,
    h('p', { class: 'meta', id: 'brief-status' }, status),
    toggle,
  );
}

/** What the overview draws, and what it leaves out (said on screen). */
export function overviewCaption(data: CorpusOverview): string {
  const works =
    data.works.length < data.sharedWorks
      ? `the ${n(data.works.length)} works shared by the most briefs, of ${n(data.sharedWorks)} cited by two briefs or more`
      : `${n(data.works.length)} work${data.works.length === 1 ? '' : 's'} cited by two briefs or more`;
  const briefs = data.briefs.length < data.totalBriefs ? `${n(data.briefs.length)} of ${n(data.totalBriefs)} briefs (those citing the most of these works)` : `${n(data.briefs.length)} briefs`;
  return `Corpus overview: ${briefs} and ${works}.`;
}

export function overviewSection(data: CorpusOverview, actions: { select(id: string): void }): HTMLElement {
  const row = (shape: 'square' | 'circle', color: string, text: string) => h('div', { class: 'legend-row' }, h('span', { class: `shape shape-${shape}`, style: `--c:${color}` }), text);
  const listed = data.works.slice(0, LISTED_SHARED_WORKS);
  return h(
    'section',
    { class: 'overview-legend', 'aria-labelledby': 'overview-heading' },
    h('h2', { id: 'overview-heading' }, 'Corpus overview'),
    h('p', { class: 'meta', id: 'overview-caption' }, overviewCaption(data)),
    row('square', NODE_STYLE.brief.color, 'Brief: larger with more claims'),
    row('circle', NODE_STYLE.work.color, 'Work: larger with more briefs citing it'),
    h('div', { class: 'legend-row' }, h('span', { class: 'edge-swatch', style: '--c:#64748b' }), 'cites: wider with more markers'),
    h('p', { class: 'meta' }, 'Click a brief to show it; click a work to list the briefs and claims resting on it.'),
    listed.length
      ? h(
          'div',
          {},
          h('h2', { id: 'shared-works-heading' }, 'Most shared works'),
          h(
            'ol',
            { class: 'shared-works', 'aria-labelledby': 'shared-works-heading' },
            ...listed.map((w) =>
              h(
                'li',
                {},
                h('button', { type: 'button', class: 'node-link', 'data-node': w.id, id: `shared-${listed.indexOf(w)}`, onclick: () => actions.select(w.id) }, w.label),
                h('span', { class: 'meta' }, ` ${n(w.briefs)} briefs`),
              ),
            ),
          ),
        )
      : h('p', { class: 'hint' }, 'No work is cited by two briefs or more.'),
  );
}
