// A brief's reference list ("References", "Sources", ... then lines `[n] ...` or `n. ...`): each entry as written, with
// its fields where a reference style reads it (./reference-styles.ts).
import { parseReferenceText, type ReferenceFields } from './reference-styles.js';

export interface Reference {
  number: number;
  /** The entry as written, without its number. */
  text: string;
  line: number;
  /** Its fields, when a reference style reads the whole entry; absent otherwise (the entry is kept only as written). */
  fields?: ReferenceFields;
}

/** A heading that opens the reference list, in plain text ("References", "8. Sources") or Markdown ("## References"). */
export const REFERENCES_HEADING = /^(?:#{1,6}\s*)?(?:\d+\.\s*)?(references|sources|sources cited|bibliography|works cited|citations|notes)\s*:?\s*$/i;

/** One entry: `[1] text`, `[1]: text`, `1. text`, `1) text`, optionally as a Markdown list item. */
const ENTRY = /^(?:[-*+]\s+)?(?:\[(\d+)\]:?|(\d+)[.)])\s+(.+)$/;

export function parseReferenceLine(line: string, lineNumber: number): Reference | null {
  const match = ENTRY.exec(line.trim());
  if (!match) return null;
  const text = match[3]!.trim();
  const fields = parseReferenceText(text);
  return { number: Number(match[1] ?? match[2]), text, line: lineNumber, ...(fields ? { fields } : {}) };
}
