// Reads a brief laid out as plain text (question line, "Executive summary", "N. Heading" sections) into cited sentences.
import { citationsIn, stripMarkers } from './markers.js';
import { splitSentences } from './sentences.js';

export interface BriefSentence {
  /** The sentence as written, markers included. */
  text: string;
  /** The sentence without its markers or final punctuation: what a claim's `quote` holds. */
  quote: string;
  /** Citation numbers, in order, each once. */
  citations: number[];
  /** "Executive summary", or the section number ("1", "2", ...). */
  section: string;
  /** 1-based line of the brief the sentence is on. */
  line: number;
}

export interface ParsedBrief {
  question: string;
  sections: { section: string; title: string; line: number }[];
  sentences: BriefSentence[];
}

const SECTION_HEADING = /^(\d+)\.\s+(.+)$/;

export function parseBrief(text: string): ParsedBrief {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const question = (lines[0] ?? '').trim();
  const sections: ParsedBrief['sections'] = [];
  const sentences: BriefSentence[] = [];
  let section = '';
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (index === 0 || line === '') return;
    const heading = SECTION_HEADING.exec(line);
    if (/^executive summary$/i.test(line) || (heading && citationsIn(line).length === 0 && !/[.!?]$/.test(line))) {
      section = heading ? heading[1]! : 'Executive summary';
      sections.push({ section, title: heading ? heading[2]! : line, line: index + 1 });
      return;
    }
    for (const sentence of splitSentences(line)) {
      sentences.push({ text: sentence.text, quote: stripMarkers(sentence.text), citations: citationsIn(sentence.text), section, line: index + 1 });
    }
  });
  return { question, sections, sentences };
}
