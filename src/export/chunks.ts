// Between a format's pieces and whole texts: an export as pieces (streamed where the format can), and pieces joined.
import type { ClaimGraph } from '../model/graph.js';
import type { ExportFile, ExportFormat, StreamedFile, TextChunks } from './types.js';

/** Joins a format's pieces into the text `write` returns. */
export function joinChunks(chunks: TextChunks): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}

/** `write` for a format that streams: the pieces joined (single file) or each file's pieces joined. */
export function writeFromStream(streamed: TextChunks | StreamedFile[]): string | ExportFile[] {
  if (Array.isArray(streamed) && streamed.every((f) => typeof f === 'object' && f !== null && 'chunks' in f)) {
    return (streamed as StreamedFile[]).map((f) => ({ name: f.name, content: joinChunks(f.chunks) }));
  }
  return joinChunks(streamed as TextChunks);
}

/** The export of `graph` in `format` as pieces: streamed where the format can, else its whole text as one piece. */
export function exportChunks(format: ExportFormat, graph: ClaimGraph): TextChunks | StreamedFile[] {
  if (format.stream) return format.stream(graph);
  const written = format.write(graph);
  return typeof written === 'string' ? [written] : written.map((f) => ({ name: f.name, chunks: [f.content] }));
}

/** Gathers many small pieces into blocks of about 64 KiB (same bytes, fewer pieces to write). */
export function* inBlocks(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let block = '';
  for (const piece of pieces) {
    block += piece;
    if (block.length >= size) {
      yield block;
      block = '';
    }
  }
  if (block !== '') yield block;
}
