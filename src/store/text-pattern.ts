// A regular expression (SPARQL REGEX, case ignored) that matches at least every text `find` would match a word in:
// each character of the word stands for every character that normalises to it (accents, case, dashes).
import { normalise } from '../query/find.js';

let variants: Map<string, Set<string>> | undefined;

/** Characters of the Latin, Greek and Cyrillic blocks and the dashes, grouped by what `normalise` makes of them. */
function variantTable(): Map<string, Set<string>> {
  if (variants) return variants;
  variants = new Map();
  const ranges: [number, number][] = [[0x20, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff], [0x2010, 0x2015], [0x2212, 0x2212]];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      const base = normalise(char);
      if (base.length !== 1) continue;
      let set = variants.get(base);
      if (!set) variants.set(base, (set = new Set()));
      set.add(char);
    }
  }
  return variants;
}

/** Any run of combining marks (the characters themselves: SPARQL regexes have no \u escape). */
const COMBINING = '[\u0300-\u036f]*';

const escapeClass = (c: string) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c);

/** The regex for one normalised word; combining marks may follow any character. */
export function wordPattern(word: string): string {
  const table = variantTable();
  return [...word]
    .map((c) => {
      const set = new Set([c, c.toUpperCase(), ...(table.get(c) ?? [])]);
      return `[${[...set].map(escapeClass).join('')}]` + COMBINING;
    })
    .join('');
}

/** The longest word of a search text, normalised as `find` does (empty when the text is). */
export function longestWord(text: string): string {
  return normalise(text)
    .split(' ')
    .reduce((best, word) => (word.length > best.length ? word : best), '');
}
