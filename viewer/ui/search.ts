// The search box: suggestions from the same `find` the command uses, with kind and role; arrows move, Enter picks, Esc closes; says when nothing matches.
// It searches the graph shown (a corpus's one brief, when one is), asked for at each keystroke.
import type { ClaimGraph } from '../../src/model/graph.js';
import { find, type FindHit } from '../../src/query/find.js';
import { NODE_STYLE } from '../graph/styles.js';
import { h, replaceChildren } from './dom.js';

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, empty: HTMLElement, searched: () => ClaimGraph, pick: (id: string) => void): void {
  let hits: FindHit[] = [];
  let active = -1;

  const close = () => {
    hits = [];
    active = -1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    replaceChildren(
      list,
      ...hits.map((hit, i) =>
        h(
          'li',
          { id: `suggestion-${i}`, role: 'option', class: i === active ? 'active' : undefined, 'aria-selected': i === active ? 'true' : 'false', 'data-node': hit.id, onmousedown: (e: Event) => (e.preventDefault(), choose(i)) },
          h('span', { class: 'swatch', style: `background:${NODE_STYLE[hit.kind].color}` }),
          h('span', { class: 'label' }, hit.label),
          h('span', { class: 'meta' }, [hit.kind, hit.role, hit.field === 'label' ? null : `in ${hit.field}`].filter(Boolean).join(' · ')),
        ),
      ),
    );
    list.hidden = hits.length === 0;
    empty.textContent = hits.length === 0 && input.value.trim() !== '' ? `No match for “${input.value.trim()}”` : '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    pick(hit.id);
  };

  input.addEventListener('input', () => {
    hits = find(searched(), input.value, { limit: 8 });
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) hits = find(searched(), input.value, { limit: 8 });
      if (hits.length === 0) return;
      event.preventDefault();
      active = event.key === 'ArrowDown' ? (active + 1) % hits.length : (active - 1 + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length === 0) hits = find(searched(), input.value, { limit: 8 });
      if (hits.length === 0) render();
      else choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      // Esc closes the suggestions first; with none open it goes on to close the panel.
      if (!list.hidden) event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => {
    close();
    empty.textContent = '';
  });
}
