// Below 900 px the sidebar and the panel become drawers over the graph, which keeps its full size: the sidebar slides
// in from the left on demand, the panel covers at most 40% on the right (or the bottom 45% on phones).
import type { Inset } from '../graph/graph-view.js';

export const NARROW_QUERY = '(max-width: 900px)';

export const isNarrow = (): boolean => window.matchMedia(NARROW_QUERY).matches;

export function mountSidebarDrawer(button: HTMLButtonElement, sidebar: HTMLElement): { close(): void } {
  const set = (open: boolean) => {
    sidebar.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => {
    const open = !sidebar.classList.contains('open');
    set(open);
    if (open) sidebar.querySelector<HTMLElement>('input, button, select')?.focus();
  });
  return {
    close: () => {
      // The focus was in the drawer (or nowhere): it goes back to the button that opened it, not to the page's body.
      const active = document.activeElement;
      set(false);
      if (active === null || active === document.body || sidebar.contains(active)) button.focus();
    },
  };
}

/** The part of the graph area the panel drawer covers (nothing on wide screens, where the panel sits beside it). */
export function panelInset(panel: HTMLElement, graph: HTMLElement): Inset {
  if (panel.hidden || !isNarrow()) return {};
  const p = panel.getBoundingClientRect();
  const g = graph.getBoundingClientRect();
  const right = Math.max(0, Math.min(g.right, p.right) - Math.max(g.left, p.left));
  const bottom = Math.max(0, Math.min(g.bottom, p.bottom) - Math.max(g.top, p.top));
  // A bottom sheet spans the width; a right drawer spans the height.
  return p.width >= g.width * 0.9 ? { insetBottom: bottom } : { insetRight: right };
}
