// Reads a brief, plain text or Markdown, into its question, sections, sentences with their citations, and reference list;
// problems (unbalanced brackets, malformed markers, markers outside the reference list, no citation at all) come with line and column.
import { MARKER, citationsIn, stripMarkers } from './markers.js';
import { REFERENCES_HEADING, parseReferenceLine, type Reference } from './references.js';
import { splitSentences } from './sentences.js';

export interface BriefSentence {
  /** The sentence as written, markers included. */
  text: string;
  /** The sentence without its markers or final punctuation: what a claim's `quote` holds. */
  quote: string;
  /** Citation numbers, in order, each once. */
  citations: number[];
  /** "Executive summary", the section number ("1", "2", ...), or a Markdown heading's text. */
  section: string;
  /** 1-based line and column where the sentence starts. */
  line: number;
  column: number;
}

export interface BriefProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedBrief {
  format: 'text' | 'markdown';
  question: string;
  questionLine: number;
  sections: { section: string; title: string; line: number }[];
  /** Every sentence of the body, cited or not. */
  sentences: BriefSentence[];
  references: Reference[];
  /** Line of the reference list's heading, if there is one. */
  referencesLine?: number;
  problems: BriefProblem[];
}

const NUMBERED_HEADING = /^(\d+)\.\s+(.+)$/;
const NAMED_HEADING = /^(executive summary|summary|introduction|background|bottom line|conclusions?|key findings)\s*:?$/i;
const MARKDOWN_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/;

interface Paragraph {
  text: string;
  /** Where each source line starts in `text`, with its line number and the column its content starts at. */
  lines: { offset: number; line: number; column: number }[];
  section: string;
}

export function parseBrief(source: string): ParsedBrief {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const format = lines.some((l) => MARKDOWN_HEADING.test(l.trim())) ? 'markdown' : 'text';
  const problems: BriefProblem[] = [];
  const sections: ParsedBrief['sections'] = [];
  const references: Reference[] = [];
  const paragraphs: Paragraph[] = [];
  let question = '';
  let questionLine = 0;
  let referencesLine: number | undefined;
  let inReferences = false;
  let section = '';
  let current: Paragraph | null = null;
  const close = () => {
    if (current) paragraphs.push(current);
    current = null;
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (line === '') return close();
    if (!question) {
      // The first line is the question; in Markdown, the first heading (lines before it are front matter).
      const heading = MARKDOWN_HEADING.exec(line);
      if (format === 'markdown' && !heading) return;
      question = heading ? heading[2]! : line;
      questionLine = lineNumber;
      return;
    }
    if (REFERENCES_HEADING.test(line)) {
      close();
      referencesLine = lineNumber;
      inReferences = true;
      return;
    }
    // In plain text the reference list runs to the end; in Markdown, to the next heading.
    if (inReferences && !(format === 'markdown' && MARKDOWN_HEADING.test(line))) {
      const reference = parseReferenceLine(line, lineNumber);
      if (reference) references.push(reference);
      return;
    }
    inReferences = false;
    const heading = sectionHeading(line, format);
    if (heading) {
      close();
      section = heading.section;
      sections.push({ ...heading, line: lineNumber });
      return;
    }
    problems.push(...bracketProblems(line, lineNumber, indent + 1));
    const item = LIST_ITEM.exec(line);
    if (item || format === 'text' || !current) close();
    const content = item ? line.slice(item[0].length) : line.replace(/^>\s?/, '');
    const column = indent + 1 + (line.length - content.length);
    if (!current) current = { text: '', lines: [], section };
    const paragraph: Paragraph = current;
    if (paragraph.text) paragraph.text += ' ';
    paragraph.lines.push({ offset: paragraph.text.length, line: lineNumber, column });
    paragraph.text += content;
  });
  close();

  const sentences: BriefSentence[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      const at = [...paragraph.lines].reverse().find((l) => l.offset <= sentence.offset)!;
      sentences.push({
        text: sentence.text,
        quote: stripMarkers(sentence.text),
        citations: citationsIn(sentence.text),
        section: paragraph.section,
        line: at.line,
        column: at.column + sentence.offset - at.offset,
      });
    }
  }

  if (!question) problems.push({ line: 1, column: 1, message: format === 'markdown' ? 'no heading to take the question from' : 'no question on the first line' });
  if (!sentences.some((s) => s.citations.length > 0) && !problems.length) {
    problems.push({ line: questionLine || 1, column: 1, message: 'no citation markers anywhere in the brief (expected [1], [1] [2], [1, 3] or [1-3] after the sentences they support)' });
  }
  if (references.length > 0) problems.push(...markersOutside(paragraphs, references, referencesLine!));
  return { format, question, questionLine, sections, sentences, references, ...(referencesLine !== undefined ? { referencesLine } : {}), problems };
}

function sectionHeading(line: string, format: 'text' | 'markdown'): { section: string; title: string } | null {
  if (format === 'markdown') {
    const heading = MARKDOWN_HEADING.exec(line);
    if (!heading) return null;
    const numbered = NUMBERED_HEADING.exec(heading[2]!);
    return numbered ? { section: numbered[1]!, title: numbered[2]! } : { section: heading[2]!, title: heading[2]! };
  }
  if (NAMED_HEADING.test(line)) return { section: line.replace(/:$/, ''), title: line.replace(/:$/, '') };
  const numbered = NUMBERED_HEADING.exec(line);
  if (numbered && citationsIn(line).length === 0 && !/[.!?]$/.test(line)) return { section: numbered[1]!, title: numbered[2]! };
  return null;
}

/** Brackets that do not close, close nothing, or hold something that looks like a citation but is not one. */
function bracketProblems(line: string, lineNumber: number, startColumn: number): BriefProblem[] {
  const problems: BriefProblem[] = [];
  const open: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '[') open.push(i);
    else if (line[i] === ']') {
      const start = open.pop();
      if (start === undefined) {
        problems.push({ line: lineNumber, column: startColumn + i, message: '"]" closes no "["' });
        continue;
      }
      const group = line.slice(start, i + 1);
      if (/^\[\s*\d/.test(group) && !new RegExp(`^${MARKER.source}$`).test(group) && line[i + 1] !== '(' && line[i + 1] !== ':') {
        problems.push({ line: lineNumber, column: startColumn + start, message: `"${group}" looks like a citation marker but is not one (write [1], [1, 3] or [1-3])` });
      }
    }
  }
  for (const start of open) problems.push({ line: lineNumber, column: startColumn + start, message: `"[" is never closed: "${line.slice(start, start + 12)}…"` });
  return problems;
}

function markersOutside(paragraphs: Paragraph[], references: Reference[], referencesLine: number): BriefProblem[] {
  const known = new Set(references.map((r) => r.number));
  const problems: BriefProblem[] = [];
  for (const paragraph of paragraphs) {
    for (const match of paragraph.text.matchAll(MARKER)) {
      const missing = citationsIn(match[0]).filter((n) => !known.has(n));
      if (missing.length === 0) continue;
      const at = [...paragraph.lines].reverse().find((l) => l.offset <= match.index)!;
      problems.push({
        line: at.line,
        column: at.column + match.index - at.offset,
        message: `${match[0]} cites ${missing.map((n) => `[${n}]`).join(', ')}, which the reference list (line ${referencesLine}) does not have`,
      });
    }
  }
  return problems;
}
