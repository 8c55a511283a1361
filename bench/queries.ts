// Figure 2: sourcesFor on the deepest claims (farthest from the answer) and on the broadest (the answer and the claims
// under it) against the same question asked of Oxigraph, an embedded SPARQL engine,
// loaded from the Turtle export, with the property path `?source cito:supports+ <claim>`. Both must give the same sources.
import { Store } from 'oxigraph';
import { turtleFormat } from '../src/export/formats/turtle.js';
import { nodeIri } from '../src/export/rdf/triples.js';
import type { ClaimGraph } from '../src/model/graph.js';
import { sourcesFor } from '../src/query/sources-for.js';
import { walkTyped } from '../src/query/walk.js';
import { median, medianMs, timed } from './measure.js';

export interface QueryFigure {
  elements: number;
  /** Which claims: the farthest from the answer (leaves of the support tree, a few sources each), or the broadest (the answer and the claims right under it, thousands of sources through long chains). */
  group: 'deepest' | 'broadest';
  claims: number;
  /** For `deepest`, their distance from the answer; for `broadest`, the longest evidence path beneath them. */
  depth: number;
  /** Median time of one sourcesFor call on a deepest claim. */
  sourcesForMs: number;
  /** Median time of the same question as one SPARQL query. */
  sparqlMs: number;
  /** SPARQL / sourcesFor: the target is ≥ 10. */
  ratio: number;
  turtleMs: number;
  storeLoadMs: number;
  /** Sources found per claim, on average (the same in both). */
  sourcesPerClaim: number;
}

const SPARQL = (claim: string) =>
  `PREFIX cito: <http://purl.org/spar/cito/> PREFIX schema: <https://schema.org/>
   SELECT DISTINCT ?s WHERE { ?s cito:supports+ <${nodeIri(claim)}> . ?s a cito:Citation }`;

/** The claims farthest from the answer along supports edges (at most `count`), and their depth. */
export function deepestClaims(graph: ClaimGraph, count: number): { claims: string[]; depth: number } {
  const answer = graph.findNode((_id, node) => node.kind === 'claim' && node.role === 'answer');
  if (!answer) throw new Error('claimgraph/bench: the dataset has no answer claim');
  const reached = [...walkTyped(graph, answer, ['supports'], 'in')].filter(([id]) => graph.getNodeAttribute(id, 'kind') === 'claim');
  const depth = Math.max(...reached.map(([, r]) => r.depth));
  return { claims: reached.filter(([, r]) => r.depth === depth).map(([id]) => id).sort().slice(0, count), depth };
}

/** The claims with the most sources beneath them (at most `count`), and the longest evidence path under any of them. */
export function broadestClaims(graph: ClaimGraph, count: number): { claims: string[]; depth: number } {
  const answer = graph.findNode((_id, node) => node.kind === 'claim' && node.role === 'answer')!;
  // The answer, then the claims that support it directly: every other claim's evidence is a part of theirs.
  const candidates = [answer, ...graph.inNeighbors(answer).filter((id) => graph.getNodeAttribute(id, 'kind') === 'claim')];
  const sized = candidates.map((id) => ({ id, sources: sourcesFor(graph, id) }));
  sized.sort((a, b) => b.sources.length - a.sources.length || (a.id < b.id ? -1 : 1));
  const chosen = sized.slice(0, count);
  return { claims: chosen.map((c) => c.id), depth: Math.max(...chosen.flatMap((c) => c.sources.map((s) => s.steps.length))) };
}

/** `repeats` calls of sourcesFor per claim, `sparqlRepeats` SPARQL queries per claim (each is far slower), medians. */
export function measureQueries(graph: ClaimGraph, options: { claims: number; repeats: number; sparqlRepeats: number; broadClaims: number; broadRepeats: number }): QueryFigure[] {
  const turtle = timed(() => turtleFormat.write(graph) as string);
  const store = new Store();
  const storeLoadMs = timed(() => store.load(turtle.value, { format: 'text/turtle' })).ms;
  const deepest = deepestClaims(graph, options.claims);
  const broadest = broadestClaims(graph, options.broadClaims);
  const common = { elements: graph.order + graph.size, turtleMs: turtle.ms, storeLoadMs };
  return [
    { ...common, group: 'deepest', depth: deepest.depth, ...timeBoth(graph, store, deepest.claims, options.repeats, options.sparqlRepeats) },
    { ...common, group: 'broadest', depth: broadest.depth, ...timeBoth(graph, store, broadest.claims, options.broadRepeats, options.broadRepeats) },
  ];
}

/** Both engines on the same claims: checks they find the same sources, then the medians. */
function timeBoth(graph: ClaimGraph, store: Store, claims: string[], repeats: number, sparqlRepeats: number) {
  const ours: number[] = [];
  const theirs: number[] = [];
  let found = 0;
  for (const claim of claims) {
    const expected = sourcesFor(graph, claim).map((s) => nodeIri(s.source.id)).sort();
    const rows = store.query(SPARQL(claim)) as Map<string, { value: string }>[];
    const actual = rows.map((row) => row.get('s')!.value).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`claimgraph/bench: SPARQL and sourcesFor disagree on ${claim}`);
    found += expected.length;
    ours.push(medianMs(repeats, () => sourcesFor(graph, claim)));
    theirs.push(medianMs(sparqlRepeats, () => store.query(SPARQL(claim))));
  }
  const sourcesForMs = median(ours);
  const sparqlMs = median(theirs);
  return { claims: claims.length, sourcesForMs, sparqlMs, ratio: sparqlMs / sourcesForMs, sourcesPerClaim: found / claims.length };
}
