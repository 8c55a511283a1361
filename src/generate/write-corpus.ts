// Writes a synthetic corpus as a new folder, all or nothing (./new-folder.ts): corpus.json, library.json and works.json
// at the top, then each brief's folder (graph.json and its text) as it is built.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileStreaming } from '../io/write-atomic.js';
import { BRIEFS_FOLDER, WORKS_FILE } from '../load/corpus-rules.js';
import { datasetJsonChunks } from './dataset-json.js';
import { writeNewFolder } from './new-folder.js';
import { syntheticCorpus, type CorpusOptions } from './synthetic-corpus.js';

export interface WrittenCorpus {
  out: string;
  briefs: number;
  works: number;
  nodes: number;
  edges: number;
}

export async function writeSyntheticCorpus(dir: string, options: CorpusOptions): Promise<WrittenCorpus> {
  let nodes = 0;
  let edges = 0;
  let works = 0;
  const { out } = await writeNewFolder(dir, () => syntheticCorpus(options), async (temp, corpus) => {
    for (const [name, file] of corpus.top) {
      await writeFileStreaming(join(temp, name), datasetJsonChunks(file));
      nodes += file.nodes?.length ?? 0;
      edges += file.edges?.length ?? 0;
      if (name === WORKS_FILE) works = file.nodes?.length ?? 0;
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
}
