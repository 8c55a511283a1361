// `claimgraph export`: a subgraph (or the whole dataset) in one of the registry's formats, to stdout or atomically to a file.
import { NODE_KINDS, EDGE_KINDS, type EdgeKind, type NodeKind } from '../../model/schema.js';
import { EXPORT_FORMATS, exportFormat } from '../../export/registry.js';
import { writeExport } from '../../export/write-export.js';
import { exportChunks } from '../../export/chunks.js';
import type { TextChunks } from '../../export/types.js';
import { DIRECTIONS, type Direction } from '../../query/neighbourhood.js';
import { subgraph } from '../../query/subgraph.js';
import { STORE_OPTIONS, type CommandSpec, BRIEF_OPTION } from '../command.js';
import { UsageError } from '../usage-error.js';

function kinds<K extends string>(option: string, value: unknown, known: readonly K[]): K[] | undefined {
  if (typeof value !== 'string') return undefined;
  const list = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = list.filter((k) => !known.includes(k as K));
  if (unknown.length > 0 || list.length === 0) throw new UsageError(`--${option} takes kinds from: ${known.join(', ')} (got "${value}")`);
  return list as K[];
}

export const exportCommand: CommandSpec = {
  name: 'export',
  args: '',
  arity: 0,
  summary: 'a subgraph (--focus, --depth) or the whole dataset in a format for papers and other tools (--format, -o)',
  briefScoped: true,
  options: {
    ...BRIEF_OPTION,
    format: { type: 'string', value: '<format>', description: `one of: ${EXPORT_FORMATS.map((f) => f.id).join(', ')} (default json)`, default: 'json' },
    out: { type: 'string', short: 'o', value: '<file>', description: 'write here (atomically; `-` is stdout, a device or FIFO is written through, a link is followed) instead of to stdout; a folder for csv' },
    focus: { type: 'string', value: '<id|text>', description: 'start from this node (default: the whole dataset)' },
    depth: { type: 'string', value: '<n>', description: 'hops from the focus (default: no limit)' },
    direction: { type: 'string', value: '<in|out|both>', description: 'follow edges into the focus, out of it, or both ways (default both)', default: 'both' },
    kinds: { type: 'string', value: '<kinds>', description: `node kinds kept, comma-separated (default all: ${NODE_KINDS.join(',')})` },
    'edge-kinds': { type: 'string', value: '<kinds>', description: 'edge kinds kept and followed, comma-separated (default all)' },
    ...STORE_OPTIONS,
  },
  details: () => {
    const width = Math.max(...EXPORT_FORMATS.map((f) => f.id.length));
    return ['formats:', ...EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(width)}  ${f.title}: ${f.use}`)];
  },
  async run(context) {
    const { options } = context;
    const format = exportFormat(String(options.format));
    const depth = options.depth === undefined ? undefined : Number(options.depth);
    if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0)) throw new UsageError(`--depth takes a whole number ≥ 0 (got "${String(options.depth)}")`);
    const direction = String(options.direction) as Direction;
    if (!DIRECTIONS.includes(direction)) throw new UsageError(`--direction takes one of ${DIRECTIONS.join(', ')} (got "${direction}")`);
    const nodeKinds = kinds<NodeKind>('kinds', options.kinds, NODE_KINDS);
    const edgeKinds = kinds<EdgeKind>('edge-kinds', options['edge-kinds'], EDGE_KINDS);
    const focus = typeof options.focus === 'string' ? await context.locate(options.focus) : undefined;
    if (focus === undefined && depth !== undefined) throw new UsageError('--depth needs --focus');
    const graph = await context.graphFor(focus ? { neighbourhood: { focus, depth, direction, nodeKinds, edgeKinds } } : { whole: true });
    const part = subgraph(graph, { ...(focus ? { focus } : {}), ...(depth !== undefined ? { depth } : {}), direction, ...(nodeKinds ? { nodeKinds } : {}), ...(edgeKinds ? { edgeKinds } : {}) });
    const out = options.out;
    if (typeof out !== 'string' || out === '-') {
      if (format.multiFile) throw new UsageError(`${format.id} writes several files: give -o <folder>`);
      let count = 0;
      for (const chunk of exportChunks(format, part) as TextChunks) {
        context.write(chunk);
        // Now and then, let stdout's events run (a reader that has gone away ends the command quietly).
        if (++count % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      return;
    }
    const written = await writeExport(format, part, out);
    if (context.options.json) context.printJson({ format: format.id, nodes: part.order, edges: part.size, written });
    else context.print(`wrote ${written.join(', ')} (${format.title}: ${part.order} nodes, ${part.size} edges)\n`);
  },
};
