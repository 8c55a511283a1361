// Nodes the viewer draws on screen, in page coordinates: where the browser tests and the benchmark point the mouse to
// hover or click a node.
import type { Page } from 'playwright-core';

/** How far from each edge of the graph's canvas a node must be (clear of the controls drawn over it). */
export interface ScreenMargins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type ViewerApp = {
  view: { display: { nodes(): string[] }; sigma: any };
  model(): { selected: string | null };
};

/**
 * Up to `count` drawn nodes other than the selection, within the margins, with their page coordinates; each at least
 * `apart` pixels from every other drawn node, so that a click there reaches that node and not one drawn over it (a
 * large graph's window can stack nodes of neighbouring sub-columns within a few pixels).
 */
export function nodesOnScreen(page: Page, count: number, margins: ScreenMargins, apart: number): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(
    ({ count, margins, apart }) => {
      const app = (window as unknown as { claimgraph: ViewerApp }).claimgraph;
      const sigma = app.view.sigma;
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      const { width, height } = sigma.getDimensions();
      const selected = app.model().selected;
      const drawn = app.view.display.nodes().map((id) => ({ id, ...(sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)) as { x: number; y: number }) }));
      const clear = (p: { id: string; x: number; y: number }) => drawn.every((q) => q.id === p.id || Math.hypot(q.x - p.x, q.y - p.y) >= apart);
      return drawn
        .filter((p) => p.id !== selected)
        .filter((p) => p.x > margins.left && p.y > margins.top && p.x < width - margins.right && p.y < height - margins.bottom)
        .filter(clear)
        .slice(0, count)
        .map((p) => ({ id: p.id, x: rect.left + p.x, y: rect.top + p.y }));
    },
    { count, margins, apart },
  );
}
