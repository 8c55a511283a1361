// Splits a paragraph into sentences, keeping abbreviations (U.S., e.g., Dr., No., vs.), decimals and initials intact.

const ABBREVIATIONS = new Set(
  ['e.g', 'i.e', 'etc', 'vs', 'v', 'cf', 'al', 'dr', 'mr', 'mrs', 'ms', 'prof', 'no', 'nos', 'st', 'jr', 'sr', 'fig', 'figs', 'p', 'pp', 'vol', 'ed', 'eds', 'inc', 'ltd', 'co', 'corp', 'dept', 'gov', 'u.s', 'u.k', 'e.u', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est'],
);

/**
 * Where one sentence ends and the next starts: terminal punctuation, closing quotes or brackets, citation markers,
 * more closers (markers may sit inside or outside them), space, then a capital or digit.
 */
const BOUNDARY = /([.!?])(["”’)]*)((?:\s*\[[\d,\s\-–]+\])*)(["”’)\]]*)(\s+)(?=["“‘(]?[A-Z0-9])/g;

export interface Sentence {
  text: string;
  /** Offset of the sentence in the paragraph. */
  offset: number;
}

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const space = match[5]!.length;
    const end = match.index + match[0].length - space;
    if (match[1] === '.' && !match[3] && !match[2] && isAbbreviation(paragraph.slice(start, match.index))) continue;
    push(sentences, paragraph, start, end);
    start = end + space;
  }
  push(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function push(out: Sentence[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  if (sentence) out.push({ text: sentence, offset: start + lead });
}

/** True when the text before a period ends in an abbreviation or an initial, so the period ends no sentence. */
function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["“‘(]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  if (/^[a-z]$/i.test(bare) && /^[A-Z]$/.test(word.replace(/^["“‘(]+/, ''))) return true; // an initial: "J. Smith"
  return /^(?:[a-z]\.)+[a-z]$/i.test(bare); // dotted acronyms: "U.S", "a.m"
}
