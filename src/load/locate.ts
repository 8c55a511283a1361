// Maps JSON paths and byte offsets of a file's text to 1-based lines and columns, for error messages.
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';

export interface Position {
  line: number;
  column: number;
}

/** Locates offsets and JSON paths in one file's text. Parses the tree lazily: only files with problems pay. */
export class JsonLocator {
  private lineStarts: number[] | undefined;
  private tree: JsonNode | undefined | null = null;

  constructor(private readonly text: string) {}

  /** 1-based line and column of a character offset (columns count UTF-16 code units, as editors do). */
  position(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  }

  /** Position of the value at `path`; where it does not exist, of its nearest existing ancestor. */
  positionOfPath(path: readonly (string | number)[]): Position {
    if (this.tree === null) this.tree = parseTree(this.text);
    const tree = this.tree;
    if (!tree) return { line: 1, column: 1 };
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(tree, path.slice(0, length) as (string | number)[]);
      if (node) return this.position(node.offset);
    }
    return this.position(tree.offset);
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
