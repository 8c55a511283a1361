// The funnel chart in the viewer: stages with their figures on a log scale, each step marked divisible or not (from
// `rate`), drawn as SVG with DOM calls from the same layout as the funnel-svg export (as lists on narrow screens, see
// funnel-list.ts), with the figures' caveats; every string inserted as text.
import { STEP_MARK, funnelLayout, type FunnelLayout } from '../../src/export/funnel-geometry.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { h, replaceChildren } from './dom.js';
import { caveatList, caveatNotes } from './funnel-caveats.js';
import { funnelList } from './funnel-list.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The caveat markers' colour (the panel's inferred-basis brown: a warning, not an error). */
const CAVEAT_COLOR = '#9a3412';

/** An SVG element with attributes, and text content (never markup). */
function s(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The funnel chart of a layout as an <svg> element; clicking a figure or a stage calls `select` with its id. */
export function funnelChart(layout: FunnelLayout, select: (id: string) => void): SVGSVGElement {
  const { x0, x1, top, bottom } = layout.plot;
  // A group, not an image: its figures are buttons, and an image's content is not read (axe: nested-interactive).
  const name = `${layout.title}: figures along the pipeline`;
  const svg = s('svg', { xmlns: SVG_NS, width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, 'font-size': 10, role: 'group', 'aria-label': name }) as SVGSVGElement;
  svg.append(s('title', {}, name));
  svg.append(s('text', { x: x0, y: top - 22, 'font-size': 11, fill: layout.colors.text }, 'count (log scale)'));
  const axis = s('g', { class: 'axis' });
  for (const t of layout.ticks) {
    axis.append(s('line', { x1: t.x, y1: top, x2: t.x, y2: bottom, stroke: layout.colors.grid }), s('text', { x: t.x, y: top - 6, 'text-anchor': 'middle', fill: layout.colors.text }, t.label));
  }
  svg.append(axis);
  for (const band of layout.stages) {
    const g = s('g', { class: 'stage', 'data-id': band.id });
    g.append(
      s('rect', { x: 12, y: band.y, width: x1 - 12, height: band.height, fill: layout.colors.stage, 'fill-opacity': 0.12, stroke: layout.colors.stage }),
      s('text', { x: 16, y: band.y + 13, 'font-weight': 'bold', fill: layout.colors.text }, band.label),
    );
    g.addEventListener('click', () => select(band.id));
    svg.append(g);
  }
  const notes = caveatNotes(layout);
  for (const bar of layout.bars) {
    const note = notes.get(bar.figure.id);
    const g = s('g', { class: `figure ${bar.figure.status}`, 'data-id': bar.figure.id, tabindex: 0, role: 'button', ...(note ? { 'aria-describedby': note.id } : {}) });
    if (bar.width > 0) {
      const rect = s('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: bar.secondary ? '#ffffff' : layout.colors.figure, stroke: layout.colors.figure });
      if (bar.secondary) rect.setAttribute('stroke-dasharray', '3 2');
      g.append(rect);
    }
    const text = s('text', { x: bar.textX, y: bar.textY, fill: layout.colors.text }, bar.text);
    // A figure with a caveat: a marker after its text that points to the list under the chart; the tooltip says it whole.
    if (note) text.append(s('tspan', { class: 'caveat-mark', fill: CAVEAT_COLOR, 'font-weight': 'bold' }, ` † caveat ${note.n}`));
    g.append(text, s('title', {}, note ? `${bar.figure.label}\nCaveat: ${note.caveat}` : bar.figure.label));
    g.addEventListener('click', () => select(bar.figure.id));
    g.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') select(bar.figure.id);
    });
    svg.append(g);
  }
  for (const step of layout.steps) {
    svg.append(s('text', { class: `step ${step.state}`, 'data-from': step.from, 'data-to': step.to, x: x0, y: step.y, fill: layout.colors[step.state] }, `${STEP_MARK[step.state]} ${step.text}`));
  }
  return svg;
}

/**
 * Wires the toolbar's Funnel button: it opens an overlay with the chart of the graph shown (one brief's when the viewer
 * shows one, as `funnel --brief`; computed on open, again only when that graph changed), Esc or Close shuts it and gives
 * the focus back to the button, and picking a figure or a stage selects that node in the graph (the focus goes to the
 * panel's title; closing the panel brings it back to the button).
 */
export function mountFunnel(button: HTMLElement, host: HTMLElement, shown: () => ClaimGraph, select: (id: string) => void): void {
  let overlay: HTMLElement | null = null;
  let charted: ClaimGraph | null = null;
  const close = () => {
    if (overlay) overlay.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  const pick = (id: string) => {
    close();
    select(id);
    document.getElementById('panel-title')?.focus();
  };
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    if (!overlay) {
      overlay = h(
        'section',
        { id: 'funnel', class: 'funnel-overlay', role: 'dialog', 'aria-label': 'Figures along the pipeline' },
        h('header', {}, h('h2', {}, 'Figures along the pipeline'), h('span', { class: 'meta', id: 'funnel-meta' }), h('button', { type: 'button', id: 'funnel-close', onclick: close }, 'Close')),
        h('div', { class: 'funnel-chart' }),
      );
      overlay.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        // Esc closes the funnel only, not the panel behind it (the page's keys skip a handled event).
        event.preventDefault();
        close();
      });
      host.append(overlay);
    }
    const graph = shown();
    if (graph !== charted) {
      charted = graph;
      const layout = funnelLayout(graph);
      overlay.querySelector('#funnel-meta')!.textContent = `${layout.bars.length} figures · log scale · dashed: secondary (read only on a copy) · ✓ a step that gives a rate within one source and population, ✗ one that does not (claimgraph rate)`;
      // The chart where it fits (scaled to the width), else the same layout as lists (style.css picks by the screen's width).
      replaceChildren(overlay.querySelector('.funnel-chart')!, funnelChart(layout, pick), funnelList(layout, pick), caveatList(layout, pick));
    }
    overlay.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    overlay.querySelector<HTMLButtonElement>('#funnel-close')?.focus();
  });
}
