// Turns a parsed brief into a draft of one brief of a corpus: the brief node, its question, one claim per cited
// sentence, one source per citation marker, one supports edge per (source, sentence) marker, the final section's
// claims as the answer, and a draft figure (for review) per number a cited sentence states. What each source's
// reference says of its document is kept apart (`references`): which work it is depends on the corpus (./link-works.ts).
import { basename } from 'node:path';
import type { ParsedBrief, BriefSentence } from '../brief/parse-brief.js';
import type { Reference } from '../brief/references.js';
import type { ReferenceFileEntry } from './reference-files.js';
import type { BriefNode, GraphEdge, GraphNode, SourceNode, WorkNode } from '../model/schema.js';
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

/** The document fields a reference gives, as a work would hold them. */
export type WorkFields = Omit<WorkNode, 'kind' | 'id' | 'label'>;

/** What the brief (or a reference file) says of the document one of its sources cites. */
export interface DraftReference {
  source: string;
  citation: string;
  /** The document's fields; none when the line is kept as written (no style reads it). */
  fields: WorkFields;
  /** A label for a work made from it. */
  label: string;
  /** Where it was read: a line of the brief's reference list (quoted), or an entry of a reference file. */
  from: { kind: 'list'; line: number; text: string; style?: string } | { kind: 'file'; file: string; key: string; linkedBy: string; line?: { line: number; text: string } };
}

export interface Draft {
  brief: BriefNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The brief's text as a document of the dataset. */
  document: { path: string; title: string; role: 'brief' };
  /** Per source whose document the brief's reference list or a reference file describes. */
  references: DraftReference[];
  /** Sentences with no citation: not claims; listed for the curator. */
  uncited: BriefSentence[];
}

export interface DraftOptions {
  /** The brief's id, `brief:<name>`. */
  briefId: string;
  /** Namespace of the ids the draft mints (`claim:<namespace>/...`); none for a brief kept at the corpus's top level. */
  namespace?: string;
  /** Path of the brief's text in the dataset folder. */
  documentPath: string;
  /** Ids already taken (a merge allocates new ids past them). */
  taken?: Iterable<string>;
}

/** The section whose claims answer the question: one titled "bottom line" or "conclusion", else the last with citations. */
export function answerSection(brief: ParsedBrief): string | undefined {
  const named = brief.sections.filter((s) => /bottom line|conclusion/i.test(s.title));
  if (named.length > 0) return named[named.length - 1]!.section;
  const cited = brief.sentences.filter((s) => s.citations.length > 0);
  return cited[cited.length - 1]?.section;
}

export function draftDataset(brief: ParsedBrief, briefPath: string, options: DraftOptions, fileEntries: readonly ReferenceFileEntry[] = []): Draft {
  const ids = new IdAllocator(options.taken ?? [], options.namespace);
  const { briefId } = options;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const briefNode: BriefNode = { kind: 'brief', id: briefId, label: shorten(brief.question), document: options.documentPath };
  nodes.push(briefNode);
  const questionId = ids.next('question', slugOf(brief.question));
  nodes.push({ kind: 'question', id: questionId, label: shorten(brief.question), brief: briefId, text: brief.question });

  const answer = answerSection(brief);
  const cited = brief.sentences.filter((s) => s.citations.length > 0);
  const referenceOf = new Map(brief.references.map((r) => [r.number, r]));
  const numbers = [...new Set(cited.flatMap((s) => s.citations))].sort((a, b) => a - b);
  const fromFiles = new Map(fileEntries.map((e) => [e.number, e]));
  const sourceIds = new Map<number, string>();
  const references: DraftReference[] = [];
  for (const n of numbers) {
    const id = ids.next('source', String(n));
    sourceIds.set(n, id);
    const { source, reference } = sourceNode(id, briefId, n, referenceOf.get(n), cited, briefPath, fromFiles.get(n));
    nodes.push(source);
    if (reference) references.push(reference);
  }

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
      nodes.push({ kind: 'claim', id, label: shorten(sentence.quote), brief: briefId, text: sentence.quote, quote: sentence.quote, ...section, role });
      if (role === 'answer') edges.push({ kind: 'answers', from: id, to: questionId, basis: 'inferred', note: ANSWER_NOTE, ...section });
    }
    for (const n of sentence.citations) {
      if (edgeSeen.has(`${n} ${id}`)) continue;
      edgeSeen.add(`${n} ${id}`);
      edges.push({ kind: 'supports', from: sourceIds.get(n)!, to: id, basis: 'quoted', quote: sentence.quote, ...section });
    }
    const figures = draftFigures(sentence, briefPath, ids, briefId, sourceIds);
    nodes.push(...figures.nodes);
    edges.push(...figures.edges);
  }
  return {
    brief: briefNode,
    nodes,
    edges,
    document: { path: options.documentPath, title: brief.question, role: 'brief' },
    references,
    uncited: brief.sentences.filter((s) => s.citations.length === 0),
  };
}

/**
 * A source as the brief gives it, `stated` (./link-works.ts makes it a candidate once it points to a work), and what
 * its reference says of its document: a reference file's entry wins over the brief's reference line.
 */
function sourceNode(
  id: string,
  brief: string,
  n: number,
  reference: Reference | undefined,
  cited: BriefSentence[],
  briefPath: string,
  entry?: ReferenceFileEntry,
): { source: SourceNode; reference?: DraftReference } {
  const first = cited.find((s) => s.citations.includes(n))!;
  const firstCited = `first in ${first.section ? `section ${first.section}` : 'its opening'}: “${shorten(first.quote, 160)}”`;
  const base = { kind: 'source', id, brief, citation: String(n) } as const;
  if (entry) {
    const title = entry.fields.title ?? entry.key;
    return {
      source: { ...base, label: `[${n}] ${shorten(title, 60)}`, type: 'unspecified', description: reference?.text ?? `Cited as [${n}] ${firstCited}`, identification: 'stated' },
      reference: {
        source: id,
        citation: String(n),
        fields: entry.fields,
        label: shorten(title, 80),
        from: { kind: 'file', file: entry.file, key: entry.key, linkedBy: entry.linkedBy, ...(reference ? { line: { line: reference.line, text: reference.text } } : {}) },
      },
    };
  }
  if (!reference) {
    return { source: { ...base, label: `[${n}] source ${n}`, type: 'unspecified', description: `Known only from the brief, which cites it as [${n}] ${firstCited}`, identification: 'stated' } };
  }
  const fields = reference.fields;
  const type = SOURCE_TYPE_HINTS.find(([pattern]) => pattern.test(reference.text))?.[1] ?? 'unspecified';
  const source: SourceNode = { ...base, label: `[${n}] ${shorten(fields?.title ?? reference.text, 60)}`, type, description: reference.text, identification: 'stated' };
  if (!fields) {
    // A line no style reads stays as written, with no field guessed from it: the source stays stated.
    source.evidence = `The reference list of ${basename(briefPath)}, line ${reference.line}, kept as written: no reference style reads it: “${reference.text}”`;
    return { source };
  }
  const { style, doi, ...bibliographic } = fields;
  const work: WorkFields = { ...bibliographic, ...(doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? { doi } : {}), ...(type !== 'unspecified' ? { type } : {}) };
  return {
    source,
    reference: { source: id, citation: String(n), fields: work, label: shorten(fields.title ?? reference.text, 80), from: { kind: 'list', line: reference.line, text: reference.text, style: style === 'titled' ? 'a titled entry' : style } },
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
