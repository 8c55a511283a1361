// Figure 6: what a user feels in the viewer, in headless Chromium: first frame, when the page first answers input, a
// click drawn, a hover drawn, the longest main-thread task, and sigma's full renders per click and per hover (which do
// not depend on the machine's GPU).
import type { Browser, Page } from 'playwright-core';
import type { ClaimGraph } from '../src/model/graph.js';
import { serveViewer } from '../src/serve/serve-viewer.js';
import { nodesOnScreen } from '../test/helpers/nodes-on-screen.js';

export interface InteractionFigure {
  nodes: number;
  edges: number;
  /** Nodes the view draws (large graphs open on a window around the answer). */
  nodesShown: number;
  firstFrameMs: number;
  /** From navigation until a search typed as soon as the page showed its controls got its suggestions. */
  answersMs: number;
  /** From the click on a node to the frame after its selection was drawn. */
  clickDrawnMs: number;
  /** From the pointer reaching a node to the frame after its highlight was drawn. */
  hoverDrawnMs: number;
  longestTaskMs: number;
  rendersPerClick: number;
  rendersPerHover: number;
}

type ViewerWindow = Window & {
  claimgraph: { view: { renders: number; hovered?: string | null; display: { order: number; nodes(): string[] }; layer: { placed: { node: string; bold: boolean }[] }; sigma: any }; model(): { selected: string | null } };
  claimgraphTimings: Record<string, number>;
  benchTasks: number[];
  benchInputAt: number;
};

export async function measureViewerInteractions(browser: Browser, graph: ClaimGraph): Promise<InteractionFigure> {
  const server = await serveViewer({ graph, port: 0 });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript(() => {
      const w = window as unknown as ViewerWindow;
      w.benchTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.benchTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url, { waitUntil: 'commit' });
    // Type as soon as the page shows its controls; the page answers when the suggestions appear.
    await page.waitForFunction(() => document.body?.dataset.ready === 'true' || document.body?.dataset.ready === 'error', null, { timeout: 600_000, polling: 20 });
    await page.fill('#search', 'Claim 1');
    await page.locator('#suggestions li').first().waitFor({ timeout: 600_000 });
    const answersMs = await page.evaluate(() => performance.now());
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.body.dataset.firstFrame === 'true', null, { timeout: 600_000 });
    await page.waitForTimeout(500);
    const [hoverTarget, clickTarget] = await nodesOnScreen(page, 2, { left: 80, top: 60, right: 60, bottom: 60 }, 16);
    if (!hoverTarget || !clickTarget) throw new Error('claimgraph/bench: no node on screen to hover and click');

    // Hover: from the pointer's arrival to the frame after the hovered label was drawn.
    // Start from the stage's empty margin, then move onto the node in one step.
    const margin = await page.evaluate(() => {
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      return { x: rect.left + 4, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(margin.x, margin.y);
    await page.waitForTimeout(300);
    const rendersBeforeHover = await page.evaluate(() => (window as unknown as ViewerWindow).claimgraph.view.renders);
    const hoverDrawnMs = await timeToFrame(page, 'mousemove', () => page.mouse.move(hoverTarget.x, hoverTarget.y), { kind: 'hover' });
    await page.waitForTimeout(300);
    const rendersPerHover = (await page.evaluate(() => (window as unknown as ViewerWindow).claimgraph.view.renders)) - rendersBeforeHover;

    // Click: from the press to the frame after the new selection was drawn.
    const rendersBeforeClick = await page.evaluate(() => (window as unknown as ViewerWindow).claimgraph.view.renders);
    const clickDrawnMs = await timeToFrame(page, 'mousedown', () => page.mouse.click(clickTarget.x, clickTarget.y), { kind: 'click', id: clickTarget.id, before: rendersBeforeClick });
    await page.waitForTimeout(500);
    const rendersPerClick = (await page.evaluate(() => (window as unknown as ViewerWindow).claimgraph.view.renders)) - rendersBeforeClick;
    const { tasks, firstFrame, shown } = await page.evaluate(() => {
      const w = window as unknown as ViewerWindow;
      return { tasks: w.benchTasks, firstFrame: w.claimgraphTimings['first-frame'] ?? Number.NaN, shown: w.claimgraph.view.display.order };
    });
    if (errors.length > 0) throw new Error(`claimgraph/bench: the viewer reported errors: ${errors.join('; ')}`);
    return {
      nodes: graph.order,
      edges: graph.size,
      nodesShown: shown,
      firstFrameMs: firstFrame,
      answersMs,
      clickDrawnMs,
      hoverDrawnMs,
      longestTaskMs: Math.max(0, ...tasks),
      rendersPerClick,
      rendersPerHover,
    };
  } finally {
    await page.close();
    await server.close();
  }
}

type Drawn = { kind: 'hover' } | { kind: 'click'; id: string; before: number };

/**
 * Milliseconds from the input's first `event` to the frame after `drawn` held, or NaN when it did not hold within 60 s.
 * The listener is in place before the input is sent: an event that came first would leave nothing to time from.
 */
async function timeToFrame(page: Page, event: 'mousemove' | 'mousedown', input: () => Promise<void>, drawn: Drawn): Promise<number> {
  await page.evaluate((type) => {
    const w = window as unknown as ViewerWindow;
    w.benchInputAt = 0;
    document.addEventListener(type, () => (w.benchInputAt ||= performance.now()), { capture: true, once: true });
  }, event);
  await input();
  return page.evaluate(
    (drawn) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as ViewerWindow;
        const since = performance.now();
        const holds = () => {
          if (drawn.kind === 'click') return w.claimgraph.model().selected === drawn.id && w.claimgraph.view.renders > drawn.before;
          // The node under the pointer (the target, or one drawn over it) with its label drawn in bold.
          const hovered = w.claimgraph.view.hovered;
          return hovered !== null && hovered !== undefined && w.claimgraph.view.layer.placed.some((l) => l.node === hovered && l.bold);
        };
        const poll = () => {
          const start = w.benchInputAt;
          if (start && holds()) requestAnimationFrame(() => resolve(performance.now() - start));
          else if (performance.now() - since > 60_000) resolve(Number.NaN); // never drawn (or the input never arrived): reported as –
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    drawn,
  );
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : '–');
const met = (ok: boolean) => (ok ? '**met**' : '**missed**');

/** The Markdown section of these figures, with the targets of issue 14. */
export function renderInteractions(rows: { size: string; figure: InteractionFigure }[]): string[] {
  if (rows.length === 0) return [];
  const at200k = rows.find((r) => r.size === '200k')?.figure;
  return [
    '## 7. The viewer as a user feels it',
    '',
    'One page per size at 1400×860: a search typed as soon as the controls show (the page *answers* when its suggestions',
    'appear), a hover on a node, a click on another. Times from navigation or from the input event to the frame after',
    'the result was drawn; long tasks are every main-thread task over 50 ms from navigation on; renders are sigma\'s full',
    'renders (`afterRender`) caused by the interaction. Graphs over 2,000 nodes open on a window: the answer, its direct',
    'evidence and its neighbours ("nodes shown"); a selection adds its own.',
    '',
    '| size | nodes | edges | nodes shown | first frame ms | **page answers ms** | **click → drawn ms** | hover → drawn ms | longest task ms | renders per click | renders per hover |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ size, figure: v }) => `| ${size} | ${int(v.nodes)} | ${int(v.edges)} | ${int(v.nodesShown)} | ${int(v.firstFrameMs)} | **${int(v.answersMs)}** | **${int(v.clickDrawnMs)}** | ${int(v.hoverDrawnMs)} | ${int(v.longestTaskMs)} | ${v.rendersPerClick} | ${v.rendersPerHover} |`),
    '',
    at200k ? `Target: at 200k elements the page answers within 5 s of load: ${int(at200k.answersMs)} ms, ${met(at200k.answersMs <= 5000)}.  ` : 'Target: 200k not measured in this run.',
    at200k ? `Target: at 200k elements a click is drawn within 1 s: ${int(at200k.clickDrawnMs)} ms, ${met(at200k.clickDrawnMs <= 1000)}.  ` : '',
    `Target: at most one full render per click: ${rows.map((r) => `${r.size} ${r.figure.rendersPerClick}`).join(', ')}, ${met(rows.every((r) => r.figure.rendersPerClick <= 1))}.  `,
    `Target: no full render for a hover above 5,000 nodes: ${rows.map((r) => `${r.size} ${r.figure.rendersPerHover}`).join(', ')}, ${met(rows.filter((r) => r.figure.nodes > 5000).every((r) => r.figure.rendersPerHover === 0))}.  `,
    '',
  ];
}
