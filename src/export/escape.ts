// Escaping of untrusted strings for the text formats that several exports share: XML (GraphML, GEXF, SVG) and LaTeX (TikZ, tables, BibTeX).

/** Characters XML 1.0 cannot carry at all, not even as character references. */
export const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_FORBIDDEN_ALL = new RegExp(XML_FORBIDDEN.source, 'gu');

/** The text without the characters XML 1.0 cannot carry (for writers that escape the rest themselves). */
export function dropXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN_ALL, '');
}

/** A UTF-16 surrogate half without its other half: no UTF-8 file can hold one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each lone surrogate half replaced by U+FFFD: what a UTF-8 file (and every JSON reader of one) can hold. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A JSON.stringify replacer for files other programs read: JSON.stringify writes a lone surrogate as the escape
 * `\ud800`, which strict readers (pandoc, Haskell's aeson) refuse, so strings are made well formed first.
 */
export const wellFormedJson = (_key: string, value: unknown): unknown => (typeof value === 'string' ? wellFormed(value) : value);

const XML_ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
  // Parsers normalise these to line feeds unless they come as character references.
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};
/** What needs an entity, and what XML 1.0 cannot hold at all: one pass over the text finds both. */
const XML_SPECIAL = new RegExp(`[&<>"'\\r\\n\\t\\u0085\\u2028\\u2029]|${XML_FORBIDDEN.source}`, 'gu');

/**
 * Text or attribute content for XML: & < > " ' as entities; tabs, line ends and Unicode line separators as character
 * references (so no parser normalises them); characters XML 1.0 cannot hold at all (most C0 controls) are dropped.
 */
export function xmlEscape(text: string): string {
  return text.replace(XML_SPECIAL, (c) => XML_ENTITY[c] ?? '');
}

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '&': '\\&',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Text for LaTeX: the ten specials and < > | as commands; line breaks, tabs and Unicode line separators as spaces,
 * other control characters dropped; ligatures broken with {} so `--`,
 * `''`, ``` `` ```, `!``, `?`` print as typed instead of as dashes and curly or Spanish punctuation. Non-ASCII stays.
 */
export function latexEscape(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\{}%$#_&^~<>|]/g, (c) => LATEX[c]!)
    .replace(/-(?=-)|'(?=')|`(?=`)|[!?](?=`)/g, '$&{}');
}
