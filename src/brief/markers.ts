// Citation markers in brief text: `[1]`, `[1] [2]`, `[1][2]`, `[1, 3]`, ranges `[1-3]` and `[1–3]`.

/** One bracketed group of citation numbers: digits separated by commas, hyphens or en dashes. */
export const MARKER = /\[\s*\d+(?:\s*[,\-–]\s*\d+)*\s*\]/g;

/** The citation numbers of one marker, ranges expanded: "[1-3, 5]" -> [1, 2, 3, 5]. */
export function markerNumbers(marker: string): number[] {
  const out: number[] = [];
  const body = marker.replace(/^\[|\]$/g, '');
  for (const part of body.split(',')) {
    const [a, b] = part.split(/[-–]/).map((s) => Number(s.trim()));
    if (b === undefined) out.push(a!);
    else for (let n = Math.min(a!, b); n <= Math.max(a!, b); n++) out.push(n);
  }
  return out;
}

/** Every citation number in a text, in order of appearance, each once. */
export function citationsIn(text: string): number[] {
  const seen = new Set<number>();
  for (const match of text.matchAll(MARKER)) for (const n of markerNumbers(match[0])) seen.add(n);
  return [...seen];
}

/** The text with its markers (and the spaces before them) removed, trailing sentence punctuation dropped. */
export function stripMarkers(sentence: string): string {
  return sentence
    .replace(new RegExp(`\\s*(?:${MARKER.source}\\s*)+`, 'g'), (match, offset: number, whole: string) =>
      offset + match.length >= whole.length || /^[.,;:!?]/.test(whole.slice(offset + match.length)) ? '' : ' ',
    )
    .trim()
    .replace(/[.!?]$/, '')
    .trim();
}
