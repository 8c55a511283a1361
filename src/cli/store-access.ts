// The command's way to its graph when --endpoint/--graph name a store: the store opened from the options, and each
// command's question turned into the part of the store's graph that answers it.
import type { ClaimGraph } from '../model/graph.js';
import { openStore, type Store } from '../store/open-store.js';
import type { GraphNeed } from './command.js';
import { UsageError } from './usage-error.js';

type Values = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** The store the options name, or undefined when they name none. Throws UsageError on an incomplete or bad set. */
export function storeFromOptions(values: Values, dataToo = false, env: NodeJS.ProcessEnv = process.env): Store | undefined {
  if (values.endpoint === undefined) {
    if (values.graph !== undefined) throw new UsageError('--graph needs --endpoint <url>');
    return undefined;
  }
  if (typeof values.endpoint !== 'string' || values.endpoint === '') throw new UsageError('--endpoint takes the URL of a SPARQL endpoint');
  if (typeof values.graph !== 'string' || values.graph === '') throw new UsageError('--endpoint needs --graph <iri>: the named graph that holds the dataset');
  if (values.data !== undefined && !dataToo) throw new UsageError('give --data or --endpoint, not both');
  const seconds = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!(seconds > 0)) throw new UsageError(`--timeout takes a number of seconds > 0 (got "${String(values.timeout)}")`);
  const maxRows = values['max-rows'] === undefined ? 2_000_000 : Number(values['max-rows']);
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new UsageError(`--max-rows takes a whole number ≥ 1 (got "${String(values['max-rows'])}")`);
  try {
    return openStore({
      endpoint: values.endpoint,
      graph: values.graph,
      updateEndpoint: typeof values['update-endpoint'] === 'string' ? values['update-endpoint'] : undefined,
      graphStore: typeof values['graph-store'] === 'string' ? values['graph-store'] : undefined,
      limits: { timeoutMs: seconds * 1000, maxRows },
      env,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/^claimgraph\/\w+: /, '') : String(error));
  }
}

/** The part of the store's graph that answers `need`. */
export function storePart(store: Store, need: GraphNeed): Promise<ClaimGraph> {
  const graph = store.graph;
  if ('sources' in need) return graph.sourcesPart(need.sources);
  if ('obstacles' in need) return graph.obstaclesPart(need.obstacles, need.direct);
  if ('node' in need) return graph.nodePart(need.node);
  if ('find' in need) return graph.candidates(need.find);
  if ('citedBy' in need) return graph.citedByPart(need.citedBy, need.direct);
  if ('refersTo' in need) return graph.refersToPart(need.briefs);
  if ('neighbourhood' in need) return graph.neighbourhoodPart(need.neighbourhood);
  return graph.whole();
}

/** A bar on a terminal: `[#####.....]  42%  text`, redrawn in place. */
export function progressLine(done: number, total: number, text: string, width = 30): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(fraction * width);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ${text}\u001b[K`;
}
