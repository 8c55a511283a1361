// The corpus in the store (Virtuoso): one named graph holds every brief (docs/corpus.md, "The store"). Measures the push
// and, through the store, `cited-by` on the most-cited work and `shared-works` for two briefs, each a whole command in a
// new process against the same command on the local corpus; the answers must be the same JSON, or the benchmark fails.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { startVirtuoso, virtuosoInstalled } from '../test/store/virtuoso.js';
import { median, timed } from './measure.js';

export interface CorpusStoreFigure {
  briefs: number;
  triples: number;
  pushMs: number;
  citedByStoreMs: number;
  citedByLocalMs: number;
  sharedWorksStoreMs: number;
  sharedWorksLocalMs: number;
}

const cli = join(packageRoot, 'bin', 'claimgraph.js');

/** A server already running (the store tests'); by default the benchmark starts and stops its own. */
export type RunningServer = { endpoint: string; user: string; password: string };

/** Pushes the corpus in `dir` into a fresh Virtuoso (or `running`) and times the cross-brief commands there and locally. */
export async function measureCorpusStore(dir: string, briefs: number, topWork: string, runs: number, maxOldSpaceMb: number, running?: RunningServer): Promise<CorpusStoreFigure> {
  if (!running && !virtuosoInstalled()) throw new Error('claimgraph/bench: the corpus store figures need Virtuoso: apt-get install -y --no-install-recommends virtuoso-opensource-7-bin (or --corpus-store-sizes "")');
  const server = running ? { ...running, stop: async () => {} } : await startVirtuoso({ buffers: 170_000 });
  try {
    const env = { ...process.env, CLAIMGRAPH_STORE_USER: server.user, CLAIMGRAPH_STORE_PASSWORD: server.password };
    const graph = ['--endpoint', server.endpoint, '--graph', 'urn:claimgraph:bench:corpus'];
    const run = (args: string[]) => execFileSync(process.execPath, [`--max-old-space-size=${maxOldSpaceMb}`, cli, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
    const push = timed(() => run(['push', '--data', dir, ...graph]));
    const triples = Number(/\(([\d,]+) triples/.exec(push.value)?.[1]?.replace(/,/g, '') ?? Number.NaN);
    // Two briefs that share a work: the first two briefs citing the most-cited one.
    const cited = JSON.parse(run(['cited-by', topWork, '--json', '--data', dir])) as { briefs: { brief: { id: string } }[] };
    const [a, b] = cited.briefs.map((x) => x.brief.id);
    const compare = (args: string[]) => {
      const local: number[] = [];
      const store: number[] = [];
      for (let i = 0; i < runs; i++) {
        const here = timed(() => run([...args, '--json', '--data', dir]));
        const there = timed(() => run([...args, '--json', ...graph]));
        if (there.value !== here.value) throw new Error(`claimgraph/bench: ${args.join(' ')} answers differently through the store`);
        local.push(here.ms);
        store.push(there.ms);
      }
      return { local: median(local), store: median(store) };
    };
    const citedBy = compare(['cited-by', topWork]);
    const shared = compare(['shared-works', '--brief', a!, '--brief', b!]);
    return { briefs, triples, pushMs: push.ms, citedByStoreMs: citedBy.store, citedByLocalMs: citedBy.local, sharedWorksStoreMs: shared.store, sharedWorksLocalMs: shared.local };
  } finally {
    await server.stop();
  }
}
