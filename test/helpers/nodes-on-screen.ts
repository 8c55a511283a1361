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

/** Up to `count` drawn nodes other than the selection, within the margins, with their page coordinates. */
export function nodesOnScreen(page: Page, count: number, margins: ScreenMargins): Promise<{ id: string; x: number; y: number }[]> {
  return page.evaluate(
    ({ count, margins }) => {
      const app = (window as unknown as { claimgraph: ViewerApp }).claimgraph;
      const sigma = app.view.sigma;
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      const { width, height } = sigma.getDimensions();
      const selected = app.model().selected;
      return app.view.display
        .nodes()
        .filter((id) => id !== selected)
        .map((id) => ({ id, ...(sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)) as { x: number; y: number }) }))
        .filter((p) => p.x > margins.left && p.y > margins.top && p.x < width - margins.right && p.y < height - margins.bottom)
        .slice(0, count)
        .map((p) => ({ id: p.id, x: rect.left + p.x, y: rect.top + p.y }));
    },
    { count, margins },
  );
}
