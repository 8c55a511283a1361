// What an export format is: an id, what it is for, and a pure function from a graph to text (or to several files).
import type { ClaimGraph } from '../model/graph.js';

export interface ExportFile {
  /** File name inside the output folder, e.g. `nodes.csv`. */
  name: string;
  content: string;
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
}
