// Writes a synthetic corpus as a new folder, all or nothing (src/io/write-folder-atomic.ts): corpus.json, library.json
// and works.json at the top, then each brief's folder (graph.json and its text) as it is built, under a lock.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OperationError } from '../io/failure.js';
import { withLock } from '../io/lock.js';
import { writeFileStreaming } from '../io/write-atomic.js';
import { createFolderAtomic } from '../io/write-folder-atomic.js';
import { BRIEFS_FOLDER } from '../load/corpus-rules.js';
import { datasetJsonChunks } from './dataset-json.js';
import { syntheticCorpus, type CorpusOptions } from './synthetic-corpus.js';

export interface WrittenCorpus {
  out: string;
  briefs: number;
  works: number;
  nodes: number;
  edges: number;
}

export async function writeSyntheticCorpus(dir: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const out = resolve(dir);
  const message = `claimgraph/generate: ${out} exists already; generate writes a new folder`;
  if (existsSync(out)) throw new RangeError(message);
  const corpus = syntheticCorpus(options);
  mkdirSync(dirname(out), { recursive: true });
  return withLock(out, async () => {
    if (existsSync(out)) throw new OperationError(message);
    let nodes = 0;
    let edges = 0;
    let works = 0;
    await createFolderAtomic(out, async (temp) => {
      for (const [name, file] of corpus.top) {
        await writeFileStreaming(join(temp, name), datasetJsonChunks(file));
        nodes += file.nodes?.length ?? 0;
        edges += file.edges?.length ?? 0;
        if (name === 'works.json') works = file.nodes?.length ?? 0;
      }
      mkdirSync(join(temp, BRIEFS_FOLDER));
      for (const brief of corpus.briefs()) {
        const folder = join(temp, BRIEFS_FOLDER, brief.name);
        mkdirSync(folder);
        writeFileSync(join(folder, 'graph.json'), JSON.stringify(brief.file) + '\n');
        writeFileSync(join(folder, 'brief.md'), brief.text);
        nodes += brief.file.nodes!.length;
        edges += brief.file.edges!.length;
      }
    });
    return { out, briefs: options.briefs, works, nodes, edges };
  });
}
