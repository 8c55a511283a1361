// Writes a realistic synthetic dataset: claims in support chains up to depth 6, long-tailed source citations,
// obstacles with parts, documented and explaining claims, and the pipeline stages. Deterministic for a seed.
import type { DatasetFile, GraphEdge, GraphNode } from '../model/schema.js';
import { seededRandom } from './random.js';

export interface SyntheticOptions {
  claims: number;
  seed?: number;
  /** Citation edges per claim, on average (default 4). */
  citationsPerClaim?: number;
}

const STAGES = ['identification', 'referral', 'investigation', 'charging', 'conviction', 'sentencing'];
const SOURCE_TYPES = ['academic-study', 'government-report', 'statute', 'practitioner-guidance', 'sentencing-data', 'press-release', 'news', 'other'] as const;
const MAX_DEPTH = 6;
/** Every edge not made from a citation of the synthetic brief is the generator's own: inferred, and says so. */
const INFERRED = 'drawn at random by the generator';

export function syntheticDataset(options: SyntheticOptions): DatasetFile {
  const { claims, seed = 1, citationsPerClaim = 4 } = options;
  if (!Number.isInteger(claims) || claims < 1) throw new RangeError('claimgraph/generate: claims must be a whole number ≥ 1');
  const random = seededRandom(seed);
  const sourceCount = Math.max(1, Math.round(claims / 2));
  const obstacleCount = Math.max(1, Math.round(claims / 6));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  const brief = 'brief:synthetic';
  nodes.push({ kind: 'brief', id: brief, label: `Synthetic brief: ${claims} claims, seed ${seed}` });
  nodes.push({ kind: 'question', id: 'question:q', label: 'Synthetic question', brief, text: `A synthetic question answered by ${claims} claims (seed ${seed})?` });
  const depth: number[] = [];
  for (let i = 0; i < claims; i++) {
    const id = `claim:c${i}`;
    nodes.push({ kind: 'claim', id, label: `Claim ${i}`, brief, text: `Synthetic claim number ${i}.`, quote: `Sentence ${i} of the synthetic brief.`, section: String(1 + (i % 9)), role: i === 0 ? 'answer' : random.next() < 0.15 ? 'caveat' : 'finding' });
    if (i === 0) {
      depth.push(0);
      edges.push({ kind: 'answers', from: id, to: 'question:q', basis: 'inferred', note: INFERRED });
      continue;
    }
    // Support a random earlier claim that is not yet at the deepest level: chains up to MAX_DEPTH.
    let parent = random.int(i);
    while (depth[parent]! >= MAX_DEPTH - 1) parent = random.int(i);
    depth.push(depth[parent]! + 1);
    edges.push({ kind: 'supports', from: id, to: `claim:c${parent}`, basis: 'inferred', note: 'synthetic chain' });
  }
  for (let s = 0; s < sourceCount; s++) {
    const identification = random.next() < 0.8 ? 'stated' : 'verified';
    nodes.push({ kind: 'source', id: `source:s${s}`, label: `[${s + 1}] Source ${s + 1}`, brief, citation: String(s + 1), type: SOURCE_TYPES[random.int(SOURCE_TYPES.length)]!, identification, description: `Synthetic source ${s + 1}.` });
    // A verified source is a known document: a work of its own, which it refers to.
    if (identification === 'verified') {
      nodes.push({ kind: 'work', id: `work:w${s}`, label: `Synthetic work ${s + 1}`, title: `Synthetic work number ${s + 1}`, provenance: 'Made up by the generator.' });
      edges.push({ kind: 'refers-to', from: `source:s${s}`, to: `work:w${s}`, basis: 'inferred', note: INFERRED });
    }
  }
  const cite = new Set<string>();
  for (let i = 0; i < claims; i++) {
    const count = 1 + random.int(citationsPerClaim * 2);
    for (let k = 0; k < count; k++) {
      const s = random.skewed(sourceCount);
      const key = `${s}>${i}`;
      if (cite.has(key)) continue;
      cite.add(key);
      edges.push({ kind: 'supports', from: `source:s${s}`, to: `claim:c${i}`, basis: 'quoted', quote: `Sentence ${i} of the synthetic brief.`, section: String(1 + (i % 9)) });
    }
  }
  STAGES.forEach((name, i) => {
    nodes.push({ kind: 'stage', id: `stage:${name}`, label: name, order: i + 1 });
    if (i > 0) edges.push({ kind: 'precedes', from: `stage:${STAGES[i - 1]}`, to: `stage:${name}`, basis: 'inferred', note: INFERRED });
  });
  for (let o = 0; o < obstacleCount; o++) {
    const id = `obstacle:o${o}`;
    const affects = (['prosecution', 'measurement', 'both'] as const)[random.int(3)]!;
    nodes.push({ kind: 'obstacle', id, label: `Obstacle ${o}`, description: `Synthetic obstacle ${o}.`, affects });
    if (o > 0 && random.next() < 0.3) edges.push({ kind: 'part-of', from: id, to: `obstacle:o${random.int(o)}`, basis: 'inferred', note: INFERRED });
    const seen = new Set<string>();
    for (let k = 0; k < 3; k++) {
      const c = `claim:c${random.int(claims)}`;
      if (!seen.has(c)) edges.push({ kind: 'explains', from: id, to: c, basis: 'inferred', note: INFERRED });
      seen.add(c);
    }
    const documented = new Set<number>();
    for (let k = 0; k < 1 + random.int(3); k++) documented.add(random.skewed(sourceCount));
    for (const s of documented) edges.push({ kind: 'documents', from: `source:s${s}`, to: id, basis: 'inferred', note: INFERRED });
    const stages = new Set([random.int(STAGES.length), random.int(STAGES.length)]);
    // An obstacle to measurement hinders counting, not cases: no stage of the pipeline.
    if (affects !== 'measurement') for (const st of stages) edges.push({ kind: 'hinders', from: id, to: `stage:${STAGES[st]}`, basis: 'inferred', note: INFERRED });
  }
  return { $schema: '../schema.json', dataset: { title: `Synthetic dataset: ${claims} claims, seed ${seed}` }, nodes, edges };
}
