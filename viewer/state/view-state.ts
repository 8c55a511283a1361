// What the viewer shows (selection, filters, focus, audit, layout) and its round trip through the URL hash.
import { z } from 'zod';
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../src/model/schema.js';
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
}

export const DEFAULT_STATE: ViewState = {
  selected: null,
  hiddenNodeKinds: [],
  hiddenEdgeKinds: [],
  focus: null,
  audit: false,
  layout: 'flow',
};

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
  };
}

export function stateToHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.hiddenNodeKinds.length) params.set('hide', state.hiddenNodeKinds.join(','));
  if (state.hiddenEdgeKinds.length) params.set('hideEdges', state.hiddenEdgeKinds.join(','));
  if (state.focus) params.set('focus', `${state.focus.depth},${state.focus.direction}`);
  if (state.audit) params.set('audit', '1');
  if (state.layout !== 'flow') params.set('layout', state.layout);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export { DIRECTIONS };
