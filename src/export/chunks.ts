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

/** Appends the line feed to each line: `lines.join("\n") + "\n"` in pieces. */
export function* endLines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + '\n';
}

/** A format's pieces from a generator of lines: lines ended and gathered into blocks. */
export const streamLines = (lines: Iterable<string>): TextChunks => inBlocks(endLines(lines));

/** An array whose items are produced one by one, for prettyJsonChunks. */
export class StreamedArray {
  constructor(readonly items: Iterable<unknown>) {}
}

const indented = (json: string, indent: string) => json.replace(/\n/g, `\n${indent}`);

/**
 * `JSON.stringify(object, null, 2) + "\n"` in pieces, where top-level values may be StreamedArrays (each item
 * stringified on its own): the same bytes, never one string. (JSON strings hold no raw line feed, so re-indenting is safe.)
 */
export function prettyJsonChunks(object: Record<string, unknown>): TextChunks {
  return inBlocks(prettyPieces(object));
}

function* prettyPieces(object: Record<string, unknown>): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    yield `${first ? '{\n  ' : ',\n  '}${JSON.stringify(key)}: `;
    first = false;
    if (value instanceof StreamedArray) {
      let empty = true;
      for (const item of value.items) {
        yield `${empty ? '[\n    ' : ',\n    '}${indented(JSON.stringify(item, null, 2) ?? 'null', '    ')}`;
        empty = false;
      }
      yield empty ? '[]' : '\n  ]';
    } else yield indented(JSON.stringify(value, null, 2), '  ');
  }
  yield first ? '{}\n' : '\n}\n';
}

/** `items.map(f)` computed as it is iterated: nothing kept. */
export function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
