// Turns a parsed brief into a draft dataset: the question, one claim per cited sentence, one source per citation number,
// one supports edge per (source, sentence) marker, the final section's claims as the answer, and a draft figure (for
// review) per number a cited sentence states.
import { basename } from 'node:path';
import { briefDocumentName } from './brief-name.js';
import type { ParsedBrief, BriefSentence } from '../brief/parse-brief.js';
import type { Reference } from '../brief/references.js';
import type { ReferenceFileEntry } from './reference-files.js';
import type { DatasetFile, GraphEdge, GraphNode, SourceNode } from '../model/schema.js';
import { draftFigures } from './draft-figures.js';
import { IdAllocator, slugOf } from './ids.js';

const LABEL_LENGTH = 72;
/** Why a claim of the answer section answers the question: the importer's inference, not the brief's words. */
const ANSWER_NOTE = 'Imported: a claim of the section the importer takes as the answer (titled "bottom line" or "conclusion", else the last cited section).';
/** Source types guessed from the words of a reference entry; the first row that matches wins. */
const SOURCE_TYPE_HINTS: [RegExp, SourceNode['type']][] = [
  [/press release|news release|announces|announcement/i, 'press-release'],
  [/sentencing commission|sentencing data|ussc/i, 'sentencing-data'],
  [/\bu\.?s\.?c\.?\b|statute|\bcode\b|\bact\b/i, 'statute'],
  [/journal|university|study|review|doi|proceedings/i, 'academic-study'],
  [/department|bureau|office of|agency|\.gov\b|commission|report/i, 'government-report'],
  [/guidance|manual|handbook|practitioner/i, 'practitioner-guidance'],
  [/news|times|post|tribune|journal\b|reuters|associated press/i, 'news'],
];

export interface Draft {
  dataset: DatasetFile;
  /** Sentences with no citation: not claims; listed for the curator. */
  uncited: BriefSentence[];
}

/** The section whose claims answer the question: one titled "bottom line" or "conclusion", else the last with citations. */
export function answerSection(brief: ParsedBrief): string | undefined {
  const named = brief.sections.filter((s) => /bottom line|conclusion/i.test(s.title));
  if (named.length > 0) return named[named.length - 1]!.section;
  const cited = brief.sentences.filter((s) => s.citations.length > 0);
  return cited[cited.length - 1]?.section;
}

export function draftDataset(brief: ParsedBrief, briefPath: string, fileEntries: readonly ReferenceFileEntry[] = []): Draft {
  const ids = new IdAllocator();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const questionId = ids.next('question', slugOf(brief.question));
  nodes.push({ kind: 'question', id: questionId, label: shorten(brief.question), text: brief.question });

  const answer = answerSection(brief);
  const cited = brief.sentences.filter((s) => s.citations.length > 0);
  const references = new Map(brief.references.map((r) => [r.number, r]));
  const numbers = [...new Set(cited.flatMap((s) => s.citations))].sort((a, b) => a - b);
  const fromFiles = new Map(fileEntries.map((e) => [e.number, e]));
  for (const n of numbers) nodes.push(sourceNode(n, references.get(n), cited, briefPath, fromFiles.get(n)));

  // The same sentence twice in a brief is one claim; its markers add up.
  const claimOf = new Map<string, string>();
  const edgeSeen = new Set<string>();
  for (const sentence of cited) {
    const section = sentence.section ? { section: sentence.section } : {};
    let id = claimOf.get(sentence.quote);
    if (id === undefined) {
      id = ids.next('claim', slugOf(sentence.quote));
      claimOf.set(sentence.quote, id);
      const role = sentence.section === answer ? 'answer' : 'finding';
      nodes.push({ kind: 'claim', id, label: shorten(sentence.quote), text: sentence.quote, quote: sentence.quote, ...section, role });
      if (role === 'answer') edges.push({ kind: 'answers', from: id, to: questionId, basis: 'inferred', note: ANSWER_NOTE, ...section });
    }
    for (const n of sentence.citations) {
      if (edgeSeen.has(`${n} ${id}`)) continue;
      edgeSeen.add(`${n} ${id}`);
      edges.push({ kind: 'supports', from: `source:${n}`, to: id, basis: 'quoted', quote: sentence.quote, ...section });
    }
    const figures = draftFigures(sentence, briefPath, ids);
    nodes.push(...figures.nodes);
    edges.push(...figures.edges);
  }
  const dataset: DatasetFile = {
    dataset: {
      title: brief.question,
      description: `A draft imported from ${basename(briefPath)} by \`claimgraph import\`: claims quote the brief's cited sentences verbatim; curate labels, texts, sources and the reasoning between claims.`,
      documents: [{ path: briefDocumentName(basename(briefPath)), title: brief.question, role: 'brief' }],
    },
    nodes,
    edges,
  };
  return { dataset, uncited: brief.sentences.filter((s) => s.citations.length === 0) };
}

function sourceNode(n: number, reference: Reference | undefined, cited: BriefSentence[], briefPath: string, entry?: ReferenceFileEntry): SourceNode {
  const first = cited.find((s) => s.citations.includes(n))!;
  const base = { kind: 'source', id: `source:${n}`, citation: String(n) } as const;
  if (entry) {
    // A reference file is the researcher's own record of the document: its fields win over a reference line's.
    const line = reference ? `; the brief's reference list, line ${reference.line}: “${reference.text}”` : '';
    return {
      ...base,
      label: `[${n}] ${shorten(entry.fields.title ?? entry.key, 60)}`,
      type: 'unspecified',
      description: reference?.text ?? `Cited as [${n}] first in ${first.section ? `section ${first.section}` : 'its opening'}: “${shorten(first.quote, 160)}”`,
      ...entry.fields,
      identification: 'candidate',
      evidence: `Entry “${entry.key}” of ${entry.file}, linked to [${n}] by its ${entry.linkedBy === 'key' ? 'key' : entry.linkedBy.replace('-', ' ')}${line}`,
    };
  }
  if (!reference) {
    return {
      ...base,
      label: `[${n}] source ${n}`,
      type: 'unspecified',
      description: `Known only from the brief, which cites it as [${n}] first in ${first.section ? `section ${first.section}` : 'its opening'}: “${shorten(first.quote, 160)}”`,
      identification: 'stated',
    };
  }
  const fields = reference.fields;
  const { style: _style, doi, ...bibliographic } = fields ?? ({} as Partial<NonNullable<Reference['fields']>>);
  return {
    ...base,
    label: `[${n}] ${shorten(fields?.title ?? reference.text, 60)}`,
    type: SOURCE_TYPE_HINTS.find(([pattern]) => pattern.test(reference.text))?.[1] ?? 'unspecified',
    description: reference.text,
    ...bibliographic,
    ...(doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? { doi } : {}),
    identification: 'candidate',
    // An entry no style reads stays as written, here, with no field guessed from it.
    evidence: `The reference list of ${basename(briefPath)}, line ${reference.line}${fields ? ` (read as ${fields.style === 'titled' ? 'a titled entry' : fields.style})` : ', kept as written: no reference style reads it'}: “${reference.text}”`,
  };
}

/** A text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
