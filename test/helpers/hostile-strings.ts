// Strings that break naive exporters: quotes, backslashes, newlines, < > &, LaTeX specials, |, non-ASCII and emoji;
// and a small graph carrying them in every text field, for the escaping property tests of the exports.
import fc from 'fast-check';
import { buildGraph } from '../../src/load/build-graph.js';
import type { ClaimGraph } from '../../src/model/graph.js';

const PIECES = ['"', "'", '\\', '\n', '\r\n', '\t', '<', '>', '&', '{', '}', '%', '$', '#', '_', '^', '~', '|', '[', ']', '(', ')', ';', ':', ',', '`', '*', '@', '--', '->', 'é', 'ß', 'Ω', '中文', '😀', '👩‍⚖️', ' ', '  ', 'abc', 'Claim', '\\n', '&amp;', '<b>', '</script>', '${x}', '%s', '\\textbf{x}', 'javascript:'];

/**
 * Control characters other than tab and line ends, Unicode line separators and noncharacters: no text format holds
 * them as they are (XML 1.0 cannot hold most at all), so exporters replace or drop them; round trips are not expected.
 */
const UNREPRESENTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/** Text made of hostile pieces and any other printable characters; never empty, never only blank space. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0 && !UNREPRESENTABLE.test(s));

/** A valid graph whose labels, texts, quotes, sections and source fields are the given strings. */
export function hostileGraph(t: string[]): ClaimGraph {
  const at = (i: number) => t[i % t.length]!;
  const spec = {
    dataset: { title: at(0) },
    nodes: [
      { kind: 'brief', id: 'brief:b', label: at(26), description: at(27) },
      { kind: 'question', id: 'question:q', label: at(1), brief: 'brief:b', text: at(2) },
      { kind: 'claim', id: 'claim:answer', label: at(3), brief: 'brief:b', text: at(4), quote: at(5), section: at(6), role: 'answer' },
      { kind: 'claim', id: 'claim:sub', label: at(7), brief: 'brief:b', text: at(8), role: 'finding' },
      { kind: 'source', id: 'source:1', label: at(9), brief: 'brief:b', citation: '1', type: 'other', description: at(10), identification: 'candidate', evidence: at(28) },
      { kind: 'work', id: 'work:w', label: at(29), title: at(11), authors: [{ family: at(12), given: at(13) }, { literal: at(14) }], container: at(15), issued: '2020-03', url: 'https://example.org/a?b=1&c=2', provenance: at(10) },
      { kind: 'source', id: 'source:2', label: at(13), brief: 'brief:b', citation: '2', type: 'academic-study', identification: 'stated' },
      { kind: 'obstacle', id: 'obstacle:o', label: at(14), description: at(15), affects: 'both' },
      { kind: 'stage', id: 'stage:s', label: at(16), order: 1 },
      {
        kind: 'figure',
        id: 'figure:f',
        label: at(22),
        measure: 'count',
        value: 1234.5,
        qualifier: 'about',
        unit: 'reports',
        jurisdiction: 'worldwide',
        offences: 'all-report-types',
        periodStart: '2020-07',
        periodEnd: '2021',
        periodType: 'study',
        status: 'secondary',
        scope: at(23),
        caveat: at(24),
      },
    ],
    edges: [
      { kind: 'supports', from: 'source:1', to: 'claim:answer', basis: 'quoted', quote: at(17), section: at(18) },
      { kind: 'supports', from: 'source:2', to: 'claim:sub', basis: 'quoted', quote: at(19) },
      { kind: 'supports', from: 'claim:sub', to: 'claim:answer', basis: 'inferred', note: at(20) },
      { kind: 'answers', from: 'claim:answer', to: 'question:q', basis: 'inferred', note: at(20) },
      { kind: 'documents', from: 'source:1', to: 'obstacle:o', basis: 'quoted', quote: at(21) },
      { kind: 'explains', from: 'obstacle:o', to: 'claim:answer', basis: 'inferred', note: at(20) },
      { kind: 'hinders', from: 'obstacle:o', to: 'stage:s', basis: 'inferred', note: at(20) },
      { kind: 'refers-to', from: 'source:1', to: 'work:w', basis: 'inferred', note: at(20) },
      { kind: 'reports', from: 'work:w', to: 'figure:f', basis: 'quoted', quote: at(25) },
      { kind: 'measures', from: 'figure:f', to: 'stage:s', basis: 'inferred', note: at(20) },
    ],
  };
  return buildGraph([{ path: 'hostile.json', text: JSON.stringify(spec) }], { source: 'hostile', defaultTitle: 'hostile' });
}

/** Enough hostile strings for every field of `hostileGraph`. */
export const hostileStrings = fc.array(hostileText, { minLength: 30, maxLength: 30 });
