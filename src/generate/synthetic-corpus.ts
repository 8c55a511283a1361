// A realistic synthetic corpus: N briefs, each with its question, about 12 claims and 12 citation markers, citing works
// drawn from one shared pool by Zipf popularity (a few works cited by thousands of briefs, most by a handful), some works
// drawn from others (press coverage of a report); a library of obstacles and the pipeline's stages. Each brief's text is
// written too, with its reference list, so every quote checks. Deterministic for a seed; built one brief at a time.
import type { BriefNode, DatasetFile, GraphEdge, GraphNode, WorkNode } from '../model/schema.js';
import { WORKS_FILE } from '../load/corpus-rules.js';
import { seededRandom, type Random } from './random.js';

export interface CorpusOptions {
  briefs: number;
  seed?: number;
  /** Works in the shared pool (default: three per brief, at least 200). */
  works?: number;
  /** Claims and citation markers per brief (default 12 each). */
  claimsPerBrief?: number;
  citationsPerBrief?: number;
}

export interface SyntheticBrief {
  name: string;
  /** The brief's text (Markdown), with its reference list. */
  text: string;
  file: DatasetFile;
}

const STAGES = ['identification', 'referral', 'investigation', 'charging', 'conviction', 'sentencing'];
const OBSTACLES = 30;
const INFERRED = 'drawn at random by the generator';
const WORDS = ['records', 'arrests', 'reports', 'courts', 'counties', 'surveys', 'clearances', 'victims', 'agencies', 'samples', 'trends', 'rates'];
const JOURNALS = ['J Synth Stud', 'Invented Rev', 'Made-up Q', 'Synthetic Policy', 'Imaginary Data'];

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1): Zipf's law with exponent 1. */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('claimgraph/generate: a Zipf sampler needs n ≥ 1');
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = total += 1 / (r + 1);
  }

  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A work's reference line as a brief lists it (after its marker), and the work itself. */
function workOf(rank: number, random: Random): { work: WorkNode; line: string } {
  const family = `Author${(rank * 7919) % 997}`;
  const given = String.fromCharCode(65 + (rank % 26));
  const year = 1990 + (rank % 35);
  const title = `Synthetic work ${rank}: ${WORDS[rank % WORDS.length]} and ${WORDS[(rank * 5 + 3) % WORDS.length]}`;
  // (Titles differ in their number: the corpus holds no two works a curator would have to tell apart.)
  const journal = JOURNALS[rank % JOURNALS.length]!;
  const volume = String(1 + (rank % 40));
  const issue = String(1 + (rank % 4));
  const pages = `${1 + (rank % 90)}-${10 + (rank % 90)}`;
  const link = random.next();
  const doi = link < 0.6 ? `10.5555/cg.${rank}` : undefined;
  const url = link >= 0.6 && link < 0.9 ? `https://example.org/works/${rank}` : undefined;
  const line = `${family} ${given}. ${title}. ${journal}. ${year};${volume}(${issue}):${pages}.${doi ? ` doi:${doi}` : ''}${url ? ` ${url}` : ''}`;
  const work: WorkNode = {
    kind: 'work',
    id: `work:w${rank}`,
    label: title,
    title,
    authors: [{ family, given }],
    container: journal,
    volume,
    issue,
    pages,
    issued: String(year),
    ...(doi ? { doi } : {}),
    ...(url ? { url } : {}),
    cslType: 'article-journal',
    provenance: 'Made up by the generator.',
  };
  return { work, line };
}

export interface SyntheticCorpus {
  /** The top level: the corpus's meta, the library (obstacles, stages), the works. */
  top: [name: string, file: DatasetFile][];
  /** Each brief, built when asked: a corpus of 100,000 briefs is never held at once. */
  briefs(): Generator<SyntheticBrief>;
  /** The reference line of each work (what a brief citing it lists). */
  lines: string[];
}

export function syntheticCorpus(options: CorpusOptions): SyntheticCorpus {
  const { briefs, seed = 1 } = options;
  if (!Number.isInteger(briefs) || briefs < 1) throw new RangeError('claimgraph/generate: briefs must be a whole number ≥ 1');
  const poolSize = options.works ?? Math.max(200, briefs * 3);
  const claimsPerBrief = options.claimsPerBrief ?? 12;
  const citations = Math.min(options.citationsPerBrief ?? 12, poolSize);
  const random = seededRandom(seed);
  const zipf = new ZipfSampler(poolSize);

  const works: WorkNode[] = [];
  const lines: string[] = [];
  const workEdges: GraphEdge[] = [];
  for (let r = 0; r < poolSize; r++) {
    const { work, line } = workOf(r, random);
    // One work in twenty (past the most cited) is coverage of a more cited one: a press release, a news story.
    if (r > 10 && random.next() < 0.05) {
      const origin = zipf.draw(random) % r;
      works.push({ ...work, type: 'press-release', description: `Coverage of work:w${origin}.` });
      workEdges.push({ kind: 'derives-from', from: work.id, to: `work:w${origin}`, basis: 'inferred', note: INFERRED });
    } else works.push(work);
    lines.push(line);
  }
  const library: GraphNode[] = [];
  const libraryEdges: GraphEdge[] = [];
  STAGES.forEach((name, i) => {
    library.push({ kind: 'stage', id: `stage:${name}`, label: name, order: i + 1 });
    if (i > 0) libraryEdges.push({ kind: 'precedes', from: `stage:${STAGES[i - 1]}`, to: `stage:${name}`, basis: 'inferred', note: INFERRED });
  });
  for (let o = 0; o < OBSTACLES; o++) {
    const affects = (['prosecution', 'measurement', 'both'] as const)[o % 3]!;
    library.push({ kind: 'obstacle', id: `obstacle:o${o}`, label: `Obstacle ${o}`, description: `Synthetic obstacle ${o}, shared by the corpus's briefs.`, affects });
    if (o > 5 && o % 4 === 0) libraryEdges.push({ kind: 'part-of', from: `obstacle:o${o}`, to: `obstacle:o${o % 6}`, basis: 'inferred', note: INFERRED });
    if (affects !== 'measurement') libraryEdges.push({ kind: 'hinders', from: `obstacle:o${o}`, to: `stage:${STAGES[o % STAGES.length]}`, basis: 'inferred', note: INFERRED });
  }
  const top: [string, DatasetFile][] = [
    ['corpus.json', { $schema: '../schema.json', dataset: { title: `Synthetic corpus: ${briefs} briefs, seed ${seed}`, description: 'Made up by claimgraph generate --briefs.' } }],
    ['library.json', { nodes: library, edges: libraryEdges }],
    [WORKS_FILE, { nodes: works, edges: workEdges }],
  ];

  function* eachBrief(): Generator<SyntheticBrief> {
    for (let i = 0; i < briefs; i++) yield briefOf(i);
  }

  function briefOf(i: number): SyntheticBrief {
    const name = `b${i}`;
    const briefId = `brief:${name}`;
    const document = `briefs/${name}/brief.md`;
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const question = `Synthetic question ${i}: how often do ${WORDS[i % WORDS.length]} lead to ${WORDS[(i + 5) % WORDS.length]}?`;
    const brief: BriefNode = { kind: 'brief', id: briefId, label: `Synthetic brief ${i}`, document };
    nodes.push(brief, { kind: 'question', id: `question:${name}/q`, label: question, brief: briefId, text: question });
    // The works its markers cite: distinct, drawn by popularity.
    const cited: number[] = [];
    for (let tries = 0; cited.length < citations && tries < citations * 20; tries++) {
      const rank = zipf.draw(random);
      if (!cited.includes(rank)) cited.push(rank);
    }
    const references: string[] = [];
    cited.forEach((rank, k) => {
      const n = k + 1;
      const identified = random.next() < 0.85;
      const id = `source:${name}/${n}`;
      nodes.push({
        kind: 'source',
        id,
        label: `[${n}] ${identified ? works[rank]!.label : `source ${n}`}`,
        brief: briefId,
        citation: String(n),
        type: 'unspecified',
        identification: identified ? 'candidate' : 'stated',
        ...(identified ? { evidence: "The brief's reference list." } : {}),
      });
      if (identified) {
        references.push(`[${n}] ${lines[rank]}`);
        edges.push({ kind: 'refers-to', from: id, to: `work:w${rank}`, basis: 'quoted', quote: lines[rank]! });
      } else references.push(`[${n}] an unpublished note of brief ${i}, seen by its author only`);
    });
    // Claims: each cites one to three markers; every marker is cited at least once. The last two are the answer.
    const sentences: string[][] = [[], [], []];
    const answerAt = claimsPerBrief - 2;
    for (let k = 0; k < claimsPerBrief; k++) {
      const role = k >= answerAt ? 'answer' : 'finding';
      const quote = `${role === 'answer' ? 'Synthetic answer' : 'Synthetic finding'} ${k} of brief ${i}`;
      const id = `claim:${name}/c${k}`;
      const section = k < 4 ? 'Summary' : role === 'answer' ? '2' : '1';
      nodes.push({ kind: 'claim', id, label: quote, brief: briefId, text: `${quote}.`, quote, section, role });
      const markers = new Set<number>();
      if (k < cited.length) markers.add(k + 1);
      for (let extra = random.int(3); extra > 0 || markers.size === 0; extra--) markers.add(1 + random.int(cited.length));
      const sorted = [...markers].sort((a, b) => a - b);
      for (const n of sorted) edges.push({ kind: 'supports', from: `source:${name}/${n}`, to: id, basis: 'quoted', quote, section });
      sentences[section === 'Summary' ? 0 : section === '1' ? 1 : 2]!.push(`${quote} ${sorted.map((n) => `[${n}]`).join(' ')}.`);
      if (role === 'answer') edges.push({ kind: 'answers', from: id, to: `question:${name}/q`, basis: 'inferred', note: INFERRED });
      else if (random.next() < 0.3) edges.push({ kind: 'supports', from: id, to: `claim:${name}/c${answerAt}`, basis: 'inferred', note: INFERRED });
    }
    // Two obstacles of the library explain two claims; two markers document them.
    for (let e = 0; e < 2; e++) {
      const obstacle = `obstacle:o${random.int(OBSTACLES)}`;
      edges.push({ kind: 'explains', from: obstacle, to: `claim:${name}/c${random.int(claimsPerBrief)}`, basis: 'inferred', note: INFERRED });
      edges.push({ kind: 'documents', from: `source:${name}/${1 + random.int(cited.length)}`, to: obstacle, basis: 'inferred', note: INFERRED });
    }
    const text = [
      `# ${question}`,
      '',
      '## Summary',
      '',
      sentences[0]!.join(' '),
      '',
      '## 1. Evidence',
      '',
      sentences[1]!.join(' '),
      '',
      '## 2. Bottom line',
      '',
      sentences[2]!.join(' '),
      '',
      '## References',
      '',
      ...references,
      '',
    ].join('\n');
    // Parallel edges of one kind between two nodes (two obstacles drawn alike) are one edge.
    const seen = new Set<string>();
    const unique = edges.filter((e) => {
      const key = `${e.kind} ${e.from} ${e.to}`;
      return !seen.has(key) && seen.add(key);
    });
    return { name, text, file: { $schema: '../../../schema.json', documents: [{ path: document, title: question, role: 'brief' }], nodes, edges: unique } };
  }

  return { top, briefs: eachBrief, lines };
}
