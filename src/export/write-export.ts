// Writes an export to disk, all or nothing and streamed: each file through a temporary file and a rename, its pieces
// written in order as the format produces them (memory stays flat). A multi-file format (csv) writes its files into
// the folder given, creating it if missing; nothing else in that folder is touched.
import { join } from 'node:path';
import type { ClaimGraph } from '../model/graph.js';
import { writeFileStreaming } from '../io/write-atomic.js';
import { isSystemError, describeSystemError, OperationError } from '../io/failure.js';
import { exportChunks } from './chunks.js';
import type { ExportFormat, StreamedFile, TextChunks } from './types.js';

/** Renders `graph` in `format` and writes it to `out` (`-` is stdout); returns the paths written. */
export async function writeExport(format: ExportFormat, graph: ClaimGraph, out: string): Promise<string[]> {
  const rendered = exportChunks(format, graph);
  try {
    if (!format.multiFile) {
      await writeFileStreaming(out, rendered as TextChunks);
      return [out];
    }
    if (out === '-') throw new OperationError(`claimgraph/export: ${format.id} writes several files: give -o <folder>`);
    const files = rendered as StreamedFile[];
    // Each file is its own atomic write: a failure leaves every file as it was before or whole.
    for (const file of files) await writeFileStreaming(join(out, file.name), file.chunks);
    return files.map((f) => join(out, f.name));
  } catch (error) {
    if (error instanceof OperationError) throw error;
    const reason = isSystemError(error) ? describeSystemError(error) : error instanceof Error ? error.message.replace(/^claimgraph\/\w+: /, '') : String(error);
    if (isSystemError(error) || !(error instanceof Error && /^claimgraph\//.test(error.message))) throw new OperationError(`claimgraph/export: cannot write ${out}: ${reason}`);
    throw error;
  }
}
