// Where everything of the funnel chart goes (pixels): stages in pipeline order, counts as bars on a log scale, shares and
// means as text, and each step marked divisible or not. The SVG and TikZ exports and the viewer draw from this one layout.
import type { ClaimGraph } from '../model/graph.js';
import { funnel, type Funnel, type FunnelFigure } from '../query/funnel.js';
import { NODE_STYLE } from '../style/kinds.js';

export interface FunnelBar {
  figure: FunnelFigure;
  /** The bar (counts only; width 0 for shares and means, which are not on the count scale). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The figure in words, and where it is written. */
  text: string;
  textX: number;
  textY: number;
  secondary: boolean;
}

export interface FunnelStageBand {
  id: string;
  label: string;
  y: number;
  height: number;
}

export interface FunnelStepMark {
  from: string;
  to: string;
  /** divisible: `rate` states at least one rate; refused: it refuses every pair; empty: a stage has no count to pair. */
  state: 'divisible' | 'refused' | 'empty';
  text: string;
  y: number;
}

export interface FunnelLayout {
  width: number;
  height: number;
  title: string;
  /** The plot area of the log scale, and its decade ticks. */
  plot: { x0: number; x1: number; top: number; bottom: number };
  ticks: { x: number; label: string }[];
  stages: FunnelStageBand[];
  bars: FunnelBar[];
  steps: FunnelStepMark[];
  colors: { stage: string; figure: string; divisible: string; refused: string; empty: string; text: string; grid: string };
  /** The query result the layout was made from. */
  funnel: Funnel;
}

const ROW = 16;
const STEP_ROW = 20;
const HEADER = 44;
const LABEL_COLUMN = 120;
const PLOT_WIDTH = 420;
const TEXT_COLUMN = 900;
const MARGIN = 12;

const TICK_LABELS = ['1', '10', '100', '1k', '10k', '100k', '1M', '10M', '100M', '1G', '10G'];

/** The mark of a step's state, as text. */
export const STEP_MARK: Record<FunnelStepMark['state'], string> = { divisible: '✓', refused: '✗', empty: '–' };

/** The figure in one line: value, population, status, source. */
export function figureLine(f: FunnelFigure): string {
  return `${f.value} · ${f.population}${f.status === 'secondary' ? ' · secondary' : ''} · ${f.sources.join(', ')}`;
}

export function funnelLayout(graph: ClaimGraph): FunnelLayout {
  const result = funnel(graph);
  const counts = result.stages.flatMap((s) => s.figures).filter((f) => f.measure === 'count' && f.amount > 0);
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(10, ...counts.map((f) => f.amount)))));
  const x0 = MARGIN + LABEL_COLUMN;
  const x1 = x0 + PLOT_WIDTH;
  const scale = (v: number) => x0 + (Math.log10(Math.max(1, v)) / decades) * PLOT_WIDTH;
  const ticks = Array.from({ length: decades + 1 }, (_, i) => ({ x: x0 + (i / decades) * PLOT_WIDTH, label: TICK_LABELS[i] ?? `1e${i}` }));
  const label = new Map(result.stages.map((s) => [s.id, s.label]));

  const stages: FunnelStageBand[] = [];
  const bars: FunnelBar[] = [];
  const steps: FunnelStepMark[] = [];
  let y = MARGIN + HEADER;
  result.stages.forEach((stage, i) => {
    const rows = Math.max(1, stage.figures.length);
    stages.push({ id: stage.id, label: stage.label, y, height: rows * ROW + 6 });
    stage.figures.forEach((f, row) => {
      const top = y + 3 + row * ROW;
      const isCount = f.measure === 'count';
      const width = isCount ? Math.max(1, scale(f.amount) - x0) : 0;
      const text = f.fromStage ? `${figureLine(f)} (from ${label.get(f.fromStage)})` : figureLine(f);
      bars.push({ figure: f, x: x0, y: top + 2, width, height: ROW - 5, text, textX: x1 + 10, textY: top + ROW - 4, secondary: f.status === 'secondary' });
    });
    y += rows * ROW + 6;
    const step = result.steps.find((s) => s.from === stage.id);
    if (step && i + 1 < result.stages.length) {
      const to = label.get(step.to)!;
      const text =
        step.rates > 0
          ? `${stage.label} → ${to}: divisible, ${step.rates} rate${step.rates === 1 ? '' : 's'} within one source and population (claimgraph rate)`
          : step.refused > 0
            ? `${stage.label} → ${to}: not divisible, ${step.refused} pair${step.refused === 1 ? '' : 's'} refused (units, jurisdictions, offences or periods differ)`
            : `${stage.label} → ${to}: no figures to divide`;
      steps.push({ from: step.from, to: step.to, state: step.rates > 0 ? 'divisible' : step.refused > 0 ? 'refused' : 'empty', text, y: y + STEP_ROW - 6 });
      y += STEP_ROW;
    }
  });
  const height = y + MARGIN;
  return {
    width: x1 + 10 + TEXT_COLUMN + MARGIN,
    height,
    title: String(graph.getAttribute('title') ?? 'claimgraph'),
    plot: { x0, x1, top: MARGIN + HEADER - 4, bottom: y },
    ticks,
    stages,
    bars,
    steps,
    colors: { stage: NODE_STYLE.stage.color, figure: NODE_STYLE.figure.color, divisible: '#15803d', refused: '#b91c1c', empty: '#6b7280', text: '#1f2937', grid: '#e5e7eb' },
    funnel: result,
  };
}
