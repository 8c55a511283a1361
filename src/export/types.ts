// What an export format is: an id, what it is for, and a pure function from a graph to text (or to several files).
import type { ClaimGraph } from '../model/graph.js';

export interface ExportFile {
  /** File name inside the output folder, e.g. `nodes.csv`. */
  name: string;
  content: string;
}

/** Text in pieces, in order: joined, the pieces are exactly what `write` returns. */
export type TextChunks = Iterable<string>;

/** One file of a multi-file format, in pieces. */
export interface StreamedFile {
  name: string;
  chunks: TextChunks;
}

export interface ExportFormat {
  /** What `--format` takes, e.g. `graphml`. */
  id: string;
  /** Human name, e.g. `GraphML`. */
  title: string;
  /** Who reads it, e.g. `Gephi, NetworkX, Cytoscape, yEd`. */
  use: string;
  /** File extension without the dot. */
  extension: string;
  mediaType: string;
  /** True when the format is several files (written into a folder). */
  multiFile?: boolean;
  /** The graph in this format: deterministic (same graph, same bytes), every string from the data escaped. */
  write(graph: ClaimGraph): string | ExportFile[];
  /**
   * The same bytes as `write`, produced piece by piece (a generator), so a big graph is written to its file without
   * ever being one string. Formats without it are written from `write`.
   */
  stream?(graph: ClaimGraph): TextChunks | StreamedFile[];
}
