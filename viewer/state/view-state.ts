// What the viewer shows (selection, filters, focus, audit, layout, camera, a corpus's brief or its overview) and its
// round trip through the URL hash.
import { z } from 'zod';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../src/model/schema.js';
import { briefId } from '../../src/query/brief-view.js';
import { DIRECTIONS, type Direction } from '../../src/query/neighbourhood.js';

export const LAYOUTS = ['flow', 'fa2'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  selected: string | null;
  hiddenNodeKinds: NodeKind[];
  hiddenEdgeKinds: EdgeKind[];
  /** Keep only the selection's neighbourhood of this depth and direction. */
  focus: { depth: number; direction: Direction } | null;
  audit: boolean;
  layout: LayoutName;
  /** Where the camera looks (sigma's framed coordinates) and how close (its ratio); null: the app frames the view itself. */
  camera: CameraView | null;
  /** In a corpus: the brief shown alone (its id, brief:<name>); null shows every brief. */
  brief: string | null;
  /** In a corpus: the overview (briefs and the works they share) instead of the graph. */
  overview: boolean;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export const DEFAULT_STATE: ViewState = {
  selected: null,
  hiddenNodeKinds: [],
  hiddenEdgeKinds: [],
  focus: null,
  audit: false,
  layout: 'flow',
  camera: null,
  brief: null,
  overview: false,
};

/** A camera as a link carries it: x and y to 1e-4 of the framed graph (a few pixels at the closest zoom), the ratio to 4 digits. */
export function roundCamera(camera: CameraView): CameraView {
  return { x: Number(camera.x.toFixed(4)), y: Number(camera.y.toFixed(4)), ratio: Number(camera.ratio.toPrecision(4)) };
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?(?:e-?\d+)?`;

const list = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)) : []));

/** The hash's parameters; anything malformed falls back to the default rather than breaking the page. */
const HashSchema = z.object({
  node: z.string().min(1).optional().catch(undefined),
  hide: list(NODE_KINDS).catch([]),
  hideEdges: list(EDGE_KINDS).catch([]),
  focus: z
    .string()
    .regex(/^\d{1,2},(in|out|both)$/)
    .optional()
    .catch(undefined),
  audit: z.enum(['1']).optional().catch(undefined),
  layout: z.enum(LAYOUTS).optional().catch(undefined),
  camera: z
    .string()
    .regex(new RegExp(`^${NUMBER},${NUMBER},${NUMBER}$`))
    .transform((text) => text.split(',').map(Number) as [number, number, number])
    .refine(([x, y, ratio]) => Number.isFinite(x) && Number.isFinite(y) && ratio > 0 && Number.isFinite(ratio))
    .optional()
    .catch(undefined),
  /** A brief's name (its id without `brief:`); an id is read too. */
  brief: z.string().min(1).optional().catch(undefined),
  overview: z.enum(['1']).optional().catch(undefined),
});

export function stateFromHash(hash: string): ViewState {
  const params = Object.fromEntries(new URLSearchParams(hash.replace(/^#/, '')));
  const parsed = HashSchema.parse(params);
  const [depth, direction] = parsed.focus?.split(',') ?? [];
  return {
    selected: parsed.node ?? null,
    hiddenNodeKinds: parsed.hide,
    hiddenEdgeKinds: parsed.hideEdges,
    focus: parsed.focus ? { depth: Number(depth), direction: direction as Direction } : null,
    audit: parsed.audit === '1',
    layout: parsed.layout ?? 'flow',
    camera: parsed.camera ? roundCamera({ x: parsed.camera[0], y: parsed.camera[1], ratio: parsed.camera[2] }) : null,
    brief: parsed.brief === undefined ? null : briefId(parsed.brief),
    overview: parsed.overview === '1',
  };
}

export function stateToHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.overview) params.set('overview', '1');
  if (state.brief) params.set('brief', state.brief.replace(/^brief:/, ''));
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenNodeKinds.length) params.set('hide', state.hiddenNodeKinds.join(','));
  if (state.hiddenEdgeKinds.length) params.set('hideEdges', state.hiddenEdgeKinds.join(','));
  if (state.focus) params.set('focus', `${state.focus.depth},${state.focus.direction}`);
  if (state.audit) params.set('audit', '1');
  if (state.layout !== 'flow') params.set('layout', state.layout);
  if (state.camera) {
    const { x, y, ratio } = roundCamera(state.camera);
    params.set('camera', `${x},${y},${ratio}`);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

export { DIRECTIONS };
