// A brief's reference list ("References", "Sources", ... then lines `[n] ...` or `n. ...`): the details of each entry.

export interface Reference {
  number: number;
  /** The entry as written, without its number. */
  text: string;
  line: number;
  title?: string;
  author?: string;
  year?: number;
  url?: string;
  doi?: string;
}

/** A heading that opens the reference list, in plain text ("References", "8. Sources") or Markdown ("## References"). */
export const REFERENCES_HEADING = /^(?:#{1,6}\s*)?(?:\d+\.\s*)?(references|sources|sources cited|bibliography|works cited|citations|notes)\s*:?\s*$/i;

/** One entry: `[1] text`, `[1]: text`, `1. text`, `1) text`, optionally as a Markdown list item. */
const ENTRY = /^(?:[-*+]\s+)?(?:\[(\d+)\]:?|(\d+)[.)])\s+(.+)$/;

export function parseReferenceLine(line: string, lineNumber: number): Reference | null {
  const match = ENTRY.exec(line.trim());
  if (!match) return null;
  const text = match[3]!.trim();
  return { number: Number(match[1] ?? match[2]), text, line: lineNumber, ...referenceDetails(text) };
}

/** Title, author, year, URL and DOI of a reference, where the text shows them plainly. */
export function referenceDetails(text: string): Pick<Reference, 'title' | 'author' | 'year' | 'url' | 'doi'> {
  const out: Pick<Reference, 'title' | 'author' | 'year' | 'url' | 'doi'> = {};
  const url = /<?(https?:\/\/[^\s<>"]+?)>?(?=[.,;)]*(?:\s|$))/.exec(text)?.[1];
  if (url) out.url = url;
  const doi = /\b(10\.\d{4,9}\/[^\s"<>]+?)(?=[.,;)]*(?:\s|$))/.exec(text)?.[1];
  if (doi) out.doi = doi;
  const bare = text.replace(/<?https?:\/\/\S+/g, '').replace(/\bdoi:\s*\S+/gi, '').trim();
  const yearMatch = /\((\d{4})[a-z]?\)/.exec(bare) ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(bare);
  if (yearMatch) out.year = Number(yearMatch[1]);
  const quoted = /[“"]([^”"]+?)[.,]?[”"]/.exec(bare) ?? /(?:^|\s)[*_]([^*_]+)[*_]/.exec(bare);
  if (quoted) {
    out.title = quoted[1]!.trim();
    const author = clean(bare.slice(0, quoted.index));
    if (author) out.author = author;
  } else if (yearMatch && yearMatch[0].startsWith('(')) {
    // Author (Year). Title. Publisher.
    const author = clean(bare.slice(0, yearMatch.index));
    if (author) out.author = author;
    const title = clean(bare.slice(yearMatch.index + yearMatch[0].length).replace(/^[.,:\s]+/, '').split(/\.\s/)[0] ?? '');
    if (title) out.title = title;
  } else {
    const title = clean(bare.replace(/\b(1[5-9]\d\d|20\d\d)\b/, ''));
    if (title) out.title = title;
  }
  return out;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s.,:;–-]+|[\s.,:;–-]+$/g, '').trim();
}
