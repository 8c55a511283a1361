// Writes an export to disk, all or nothing: one file through a temporary file and a rename; a multi-file format
// (csv) into a temporary folder that then replaces the target folder.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ClaimGraph } from '../model/graph.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { writeFolderAtomic } from '../io/write-folder-atomic.js';
import type { ExportFile, ExportFormat } from './types.js';

/** Renders `graph` in `format` and writes it to `out`; returns the paths written. Nothing is written if rendering fails. */
export function writeExport(format: ExportFormat, graph: ClaimGraph, out: string): string[] {
  const rendered = format.write(graph);
  try {
    if (typeof rendered === 'string') {
      writeFileAtomic(out, rendered);
      return [out];
    }
    return writeFolder(out, rendered);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^claimgraph\/export: /, '') : String(error);
    throw new Error(`claimgraph/export: cannot write ${out}: ${reason}`);
  }
}

function writeFolder(out: string, files: ExportFile[]): string[] {
  if (!existsSync(dirname(resolve(out)))) throw new Error(`no such folder ${dirname(out)}`);
  writeFolderAtomic(out, (temp) => {
    for (const file of files) writeFileSync(join(temp, file.name), file.content);
  });
  return files.map((f) => join(out, f.name));
}
