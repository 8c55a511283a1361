// The graph of a store, fetched a neighbourhood at a time: each question (sources of a claim, obstacles, one node, a
// text search, a focus and depth, or the whole dataset) becomes bounded queries that bring back exactly the part the
// local query needs, as a small ClaimGraph. Sources and obstacles go in two steps: the bare structure of the edges the
// walk follows, then in full only what the answer reports (src/query/walk.ts says why that part gives the same
// answer). The query itself then runs once, in src/query, on that part.
import type { RdfTriple } from '../export/rdf/read-triples.js';
import { expand, NODE_BASE, NODE_CLASS, NODE_FIELD_TERM } from '../export/rdf/vocabulary.js';
import type { ClaimGraph } from '../model/graph.js';
import { EDGE_KIND_TABLE, EDGE_KINDS, LIBRARY_KINDS as SCHEMA_LIBRARY_KINDS, nodeKindOfId, NODE_KINDS, type EdgeKind, type NodeKind } from '../model/schema.js';
import { FIND_FIELDS, resolveNode, type Resolution } from '../query/find.js';
import type { Direction } from '../query/neighbourhood.js';
import { obstaclePaths } from '../query/obstacles-for.js';
import { sourcePaths } from '../query/sources-for.js';
import { evidenceStructure } from './evidence-structure.js';
import { briefDocuments, folderOf } from '../corpus/brief-documents.js';
import { graphFromRdf } from './graph-from-rdf.js';
import { StoreError } from './http-client.js';
import type { SparqlClient } from './sparql-client.js';
import {
  allEdges,
  answerQuery,
  allNodes,
  briefInFolderQuery,
  edgeEnds,
  edgesAt,
  edgesOfKind,
  edgesQuery,
  edgeStructureQuery,
  hasNodeQuery,
  hopQuery,
  matchingNodes,
  listedEdges,
  listedNodes,
  metaQuery,
  nodeIdsQuery,
  namedNodes,
  NESTED_NAMES,
  nodesOfBrief,
  nodesOfClass,
  nodesQuery,
  quotedFromEndsQuery,
  reachingNodes,
  union,
  type NodePattern,
} from './sparql-queries.js';
import { longestWord, wordPattern } from './text-pattern.js';
import { cellText } from './tsv-results.js';

/**
 * Ids per query when nodes or edges are fetched by name. Virtuoso 7.2 answers a list of 400 in about 0.1 s, but takes
 * 2.6-4.2 s for 2,000 (its cost grows faster than the list).
 */
const CHUNK = 400;
/**
 * Named fetches in flight at once. The broadest claim at 100k (50 fetches), the whole command: 2 at once 7.7-9.7 s,
 * 3 at once 6.5-7.1 s, 4 at once 7.3-7.4 s.
 */
const PARALLEL = 3;

/** Runs the jobs, at most `limit` at a time, and gives their results in order; after a failure it starts no more. */
async function inParallel<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < jobs.length && !failed) {
      const i = next++;
      try {
        results[i] = await jobs[i]!();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

const chunksOf = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
};

/** The queries that fetch these nodes and edges in full, CHUNK names to a query. */
function namedQueries(nodeIds: readonly string[], edgeKeys: readonly string[], limit: string): ((graph: string) => string)[] {
  return [
    ...chunksOf(nodeIds).map((ids) => (g: string) => nodesQuery(g, listedNodes(ids), limit)),
    ...chunksOf(edgeKeys).map((keys) => (g: string) => edgesQuery(g, listedEdges(keys), limit)),
  ];
}

export interface NeighbourhoodNeed {
  focus: string;
  depth?: number | undefined;
  direction: Direction;
  nodeKinds?: readonly NodeKind[] | undefined;
  edgeKinds?: readonly EdgeKind[] | undefined;
}

const [ID, SUBJECT, OBJECT] = [expand('cg:id'), expand('rdf:subject'), expand('rdf:object')];

/** The node kinds no brief owns in a corpus's library, and the edge kinds that join two of them (from the schema's table). */
const LIBRARY_KINDS = new Set<NodeKind>([...SCHEMA_LIBRARY_KINDS, 'work']);
const LIBRARY_EDGE_KINDS = EDGE_KINDS.filter((kind) => EDGE_KIND_TABLE[kind].endpoints.some(([from, to]) => LIBRARY_KINDS.has(from) && LIBRARY_KINDS.has(to)));

/** Edge kinds whose edges pass evidence on: what sourcesFor and obstaclesFor walk. */
const EVIDENCE: readonly EdgeKind[] = ['supports'];

export class StoreGraph {
  private metaTriples: Promise<RdfTriple[]> | undefined;

  constructor(readonly client: SparqlClient) {}

  /** The graph as the user named it, for messages. */
  private get named(): string {
    return this.client.target.graph;
  }

  /** The graph that holds the data (see pointerQuery). */
  private data(): Promise<string> {
    return this.client.dataGraph();
  }

  private meta(): Promise<RdfTriple[]> {
    return (this.metaTriples ??= this.data().then((g) => this.client.construct(metaQuery(g, false, this.client.limit()), `reading the dataset's title and documents from ${this.named}`)));
  }

  /** The nodes and edges the patterns give, as a graph. */
  async fetch(nodes: NodePattern, edges: NodePattern | undefined, what: string): Promise<ClaimGraph> {
    const g = await this.data();
    const [meta, triples] = await Promise.all([this.meta(), this.client.part(g, nodes, edges, what)]);
    if (meta.length === 0) await this.checkGraphExists();
    return graphFromRdf(meta, triples);
  }

  /** Triples fetched in chunks (see CHUNK), PARALLEL at a time; refused past the row limit (counting `before` rows). */
  private async triplesInChunks(queries: readonly ((graph: string) => string)[], what: string, before = 0): Promise<RdfTriple[]> {
    const [meta, g] = await Promise.all([this.meta(), this.data()]);
    if (meta.length === 0) await this.checkGraphExists();
    let rows = before;
    const parts = await inParallel(
      queries.map((query) => async () => {
        const triples = await this.client.construct(query(g), what);
        rows += triples.length;
        if (rows > this.client.limits.maxRows) throw new StoreError(`${what} needs more than ${this.client.limits.maxRows.toLocaleString('en')} rows, the row limit (raise it with --max-rows <n>): the answer is refused rather than cut`, 'limit');
        return triples;
      }),
      PARALLEL,
    );
    return parts.flat();
  }

  /** Triples fetched in chunks, as one graph. */
  private async fetchInChunks(queries: readonly ((graph: string) => string)[], what: string): Promise<ClaimGraph> {
    const triples = await this.triplesInChunks(queries, what);
    return graphFromRdf(await this.meta(), triples);
  }

  /** The nodes and edges named, in full. */
  private fetchNamed(nodeIds: readonly string[], edgeKeys: readonly string[], what: string): Promise<ClaimGraph> {
    return this.fetchInChunks(namedQueries(nodeIds, edgeKeys, this.client.limit()), what);
  }

  private async checkGraphExists(): Promise<void> {
    throw new StoreError(`the store has no claimgraph dataset in the graph ${this.named} (push one with claimgraph push)`, 'not-found');
  }

  /** An id, or the one node a text names, exactly as `resolveNode` decides on the local graph. */
  async resolve(idOrText: string): Promise<Resolution> {
    const isId = nodeKindOfId(idOrText) !== undefined;
    if (isId && (await this.client.ask(hasNodeQuery(await this.data(), idOrText), `looking up ${JSON.stringify(idOrText)}`))) return { ok: true, id: idOrText };
    return resolveNode(await this.candidates(idOrText), idOrText);
  }

  /** Every node `find` could match for this text (a superset: `find` then picks and ranks them as it does locally). */
  async candidates(text: string): Promise<ClaimGraph> {
    const word = longestWord(text);
    if (word === '') return graphFromRdf(await this.meta(), []);
    const fields = FIND_FIELDS.map(([field]) => field);
    return this.fetch(matchingNodes(fields, wordPattern(word)), undefined, `searching for ${JSON.stringify(text)}`);
  }

  /**
   * What sourcesFor needs, in two steps: the structure of every supports edge under the claim (ends, key, basis and
   * place; no texts), on which sourcePaths picks the paths sourcesFor reports; then those paths' nodes and edges in full.
   * The broadest claim at 100k elements has 66,630 supports edges under it but 9,624 on its reported paths: fetching
   * all of them in full took 20-30 s.
   */
  async sourcesPart(claim: string): Promise<ClaimGraph> {
    const what = `finding the sources of ${claim}`;
    const rows = await this.client.select(edgeStructureQuery(await this.data(), reachingNodes(claim, EVIDENCE), 'supports', this.client.limit()), what);
    const { nodes, edges } = sourcePaths(evidenceStructure(claim, [{ kind: 'supports', rows }], what), claim);
    return this.fetchNamed([...nodes], [...edges], what);
  }

  /**
   * What obstaclesFor needs, in two steps as for sources: the structure of the supports edges under the claim and of the
   * explains edges into those claims, on which obstaclePaths picks the claims and paths obstaclesFor reports; then
   * those in full, with each reported obstacle's documents, hinders and part-of edges and the nodes at their ends.
   */
  async obstaclesPart(claim: string, direct: boolean): Promise<ClaimGraph> {
    const what = `finding the obstacles of ${claim}`;
    const g = await this.data();
    const limit = this.client.limit();
    const claims = direct ? namedNodes([claim]) : reachingNodes(claim, EVIDENCE);
    const [supports, explains] = await Promise.all([
      direct ? Promise.resolve([]) : this.client.select(edgeStructureQuery(g, claims, 'supports', limit), what),
      this.client.select(edgeStructureQuery(g, claims, 'explains', limit), what),
    ]);
    const structure = evidenceStructure(claim, [{ kind: 'supports', rows: supports }, { kind: 'explains', rows: explains }], what);
    const { nodes, edges, obstacles } = obstaclePaths(structure, claim, { direct });
    const first = await this.triplesInChunks(
      [
        ...namedQueries([...nodes, ...obstacles], [...edges], limit),
        // Each obstacle's own edges, into it and out of it (two queries: a VALUES block stays outside any UNION).
        ...chunksOf(obstacles).flatMap((ids) => [
          (g: string) => edgesQuery(g, edgesAt(listedNodes(ids), 'object', ['documents', 'part-of']), limit),
          (g: string) => edgesQuery(g, edgesAt(listedNodes(ids), 'subject', ['hinders', 'part-of']), limit),
        ]),
      ],
      what,
    );
    // Then the nodes at the other ends of those edges (sources, stages, obstacles), by name: asking for them with the
    // edges in one pattern, Virtuoso 7.2 ran past 30 s for 400 obstacles where these two steps take well under 1 s.
    const fetched = new Set(first.filter((t) => t.predicate === ID).map((t) => t.subject));
    const ends = new Set<string>();
    for (const t of first) {
      if ((t.predicate === SUBJECT || t.predicate === OBJECT) && 'iri' in t.object && !fetched.has(t.object.iri) && t.object.iri.startsWith(NODE_BASE)) ends.add(t.object.iri.slice(NODE_BASE.length));
    }
    const second = await this.triplesInChunks(namedQueries([...ends], [], limit), what, first.length);
    return graphFromRdf(await this.meta(), first.concat(second));
  }

  /** What describeNode needs: the node (or nodes), their edges in and out, and the nodes at the other ends. */
  async nodePart(ids: string | readonly string[]): Promise<ClaimGraph> {
    const list = typeof ids === 'string' ? [ids] : ids;
    const what = `reading ${list.length === 1 ? list[0] : `${list.length} nodes`} and their edges`;
    const limit = this.client.limit();
    // The names nest inside a UNION here, so they go NESTED_NAMES at a time.
    const triples = await this.triplesInChunks(
      chunksOf(list, NESTED_NAMES).flatMap((chunk) => {
        const node = namedNodes(chunk);
        const edges = union(edgesAt(node, 'object'), edgesAt(node, 'subject'));
        return [(g: string) => nodesQuery(g, union(node, edgeEnds(edges)), limit), (g: string) => edgesQuery(g, edges, limit)];
      }),
      what,
    );
    return graphFromRdf(await this.meta(), triples.concat(await this.identityOf(triples, what)));
  }

  /**
   * What a part needs to stand as a dataset of its own (the viewer validates what it is sent; an export writes it): the
   * brief of every node fetched, and the work each source fetched refers to, with that edge (src/query/subgraph-of.ts
   * withIdentity says the same of a local part).
   */
  private async identityOf(triples: readonly RdfTriple[], what: string): Promise<RdfTriple[]> {
    const limit = this.client.limit();
    const fetched = new Set<string>();
    const briefs = new Set<string>();
    const sources: string[] = [];
    const [idTerm, briefTerm, typeTerm, citation] = [ID, expand(NODE_FIELD_TERM.brief.predicate), expand('rdf:type'), expand(NODE_CLASS.source)];
    for (const t of triples) {
      if (t.predicate === idTerm && 'literal' in t.object) fetched.add(t.object.literal);
      else if (t.predicate === briefTerm && 'literal' in t.object) briefs.add(t.object.literal);
      else if (t.predicate === typeTerm && 'iri' in t.object && t.object.iri === citation) sources.push(t.subject.slice(NODE_BASE.length));
    }
    const refers = await this.triplesInChunks(chunksOf(sources).map((ids) => (g: string) => edgesQuery(g, edgesAt(listedNodes(ids), 'subject', ['refers-to']), limit)), what, triples.length);
    const missing = new Set([...briefs].filter((b) => !fetched.has(b)));
    for (const t of refers) if (t.predicate === OBJECT && 'iri' in t.object && t.object.iri.startsWith(NODE_BASE) && !fetched.has(t.object.iri.slice(NODE_BASE.length))) missing.add(t.object.iri.slice(NODE_BASE.length));
    const nodes = await this.triplesInChunks(namedQueries([...missing], [], limit), what, triples.length + refers.length);
    return refers.concat(nodes);
  }

  /** Every node `kinds` edges lead to from `start` (in `direction`), the start included: a breadth-first walk, one query per hop and chunk. */
  private async reachAll(start: readonly string[], kinds: readonly EdgeKind[], direction: 'in' | 'out', what: string): Promise<string[]> {
    const reached = new Set(start);
    let frontier = [...start];
    while (frontier.length > 0 && kinds.length > 0) {
      const next: string[] = [];
      for (const ids of chunksOf(frontier)) {
        const rows = await this.client.select(hopQuery(await this.data(), ids, kinds, direction, this.client.limit()), what);
        for (const row of rows) {
          const text = cellText(row.next);
          if (text === undefined || !text.startsWith(NODE_BASE)) continue;
          const id = text.slice(NODE_BASE.length);
          if (reached.has(id)) continue;
          reached.add(id);
          next.push(id);
        }
      }
      frontier = next;
    }
    return [...reached];
  }

  /**
   * What citedBy needs: the work and (unless `direct`) the works drawn from it, the sources that refer to them, and every
   * claim those sources back with the supports edges out of each node reached (so claimsBackedBy walks the part as it
   * walks the whole graph: src/query/walk.ts says why), and the briefs of the sources.
   */
  async citedByPart(work: string, direct: boolean): Promise<ClaimGraph> {
    const what = `finding what cites ${work}`;
    const limit = this.client.limit();
    const works = await this.reachAll([work], direct ? [] : ['derives-from'], 'in', what);
    const sources = (await this.reachAll(works, ['refers-to'], 'in', what)).filter((id) => !works.includes(id));
    const backed = await this.reachAll(sources, ['supports'], 'out', what);
    const triples = await this.triplesInChunks(
      [
        ...namedQueries([...works, ...backed], [], limit),
        ...chunksOf(works).map((ids) => (g: string) => edgesQuery(g, edgesAt(listedNodes(ids), 'object', ['refers-to', 'derives-from']), limit)),
        ...chunksOf(backed).map((ids) => (g: string) => edgesQuery(g, edgesAt(listedNodes(ids), 'subject', ['supports']), limit)),
      ],
      what,
    );
    const briefs = new Set<string>();
    const briefPredicate = expand(NODE_FIELD_TERM.brief.predicate);
    for (const t of triples) if (t.predicate === briefPredicate && 'literal' in t.object) briefs.add(t.object.literal);
    const more = await this.triplesInChunks(namedQueries([...briefs], [], limit), what, triples.length);
    return graphFromRdf(await this.meta(), triples.concat(more));
  }

  /**
   * What sharedWorks needs: every refers-to edge, the sources and works at its ends, and the briefs; or, for named
   * briefs, only their sources' refers-to edges, those ends and those briefs (sharedWorks then keeps only their markers).
   */
  refersToPart(briefs?: readonly string[]): Promise<ClaimGraph> {
    const limit = this.client.limit();
    if (briefs && briefs.length > 0) {
      const edges = briefs.map((brief) => edgesAt(nodesOfBrief(brief), 'subject', ['refers-to']));
      return this.fetchInChunks(
        [
          ...edges.flatMap((e) => [(g: string) => edgesQuery(g, e, limit), (g: string) => nodesQuery(g, edgeEnds(e), limit)]),
          ...chunksOf([...briefs]).map((ids) => (g: string) => nodesQuery(g, listedNodes(ids), limit)),
        ],
        `reading which works ${briefs.join(' and ')} cite`,
      );
    }
    return this.fetchInChunks(
      [
        (g: string) => edgesQuery(g, edgesOfKind('refers-to'), limit),
        (g: string) => nodesQuery(g, edgeEnds(edgesOfKind('refers-to')), limit),
        (g: string) => nodesQuery(g, nodesOfClass(NODE_CLASS.brief), limit),
      ],
      'reading which works the briefs cite',
    );
  }

  /**
   * What briefView needs, and so every query asked with --brief: the brief's nodes with every edge at them, the library
   * nodes those edges reach and all the library reaches from them over its own edges (hop by hop), every stage, and
   * those nodes' edges among themselves. briefView then picks from it exactly what it picks from the whole graph.
   */
  async briefPart(brief: string): Promise<ClaimGraph> {
    const limit = this.client.limit();
    const what = `reading ${brief}`;
    const own = nodesOfBrief(brief);
    const first = await this.triplesInChunks(
      [
        (g: string) => nodesQuery(g, union(own, namedNodes([brief])), limit),
        (g: string) => edgesQuery(g, edgesAt(own, 'subject'), limit),
        (g: string) => edgesQuery(g, edgesAt(own, 'object'), limit),
      ],
      what,
    );
    const fetched = new Set(first.filter((t) => t.predicate === ID && 'literal' in t.object).map((t) => (t.object as { literal: string }).literal));
    // No such brief: the part holds every brief, so briefView's refusal names them as it does locally.
    if (fetched.size === 0) return this.fetchInChunks([(g: string) => nodesQuery(g, nodesOfClass(NODE_CLASS.brief), limit)], what);
    const ends = new Set<string>();
    for (const t of first) {
      if ((t.predicate === SUBJECT || t.predicate === OBJECT) && 'iri' in t.object && t.object.iri.startsWith(NODE_BASE)) {
        const id = t.object.iri.slice(NODE_BASE.length);
        if (!fetched.has(id)) ends.add(id);
      }
    }
    for (const id of await this.quotedFromBrief(brief, first, what)) if (!fetched.has(id)) ends.add(id);
    const stageRows = await this.client.select(nodeIdsQuery(await this.data(), nodesOfClass(NODE_CLASS.stage), limit), what);
    const stages = stageRows.map((row) => cellText(row.id)).filter((id): id is string => id !== undefined);
    const library = await this.reachAll([...ends, ...stages], LIBRARY_EDGE_KINDS, 'out', what);
    const rest = await this.triplesInChunks(
      chunksOf(library).flatMap((ids) => {
        const nodes = listedNodes(ids);
        return [(g: string) => nodesQuery(g, nodes, limit), (g: string) => edgesQuery(g, edgesAt(nodes, 'subject', LIBRARY_EDGE_KINDS), limit)];
      }),
      what,
      first.length,
    );
    return graphFromRdf(await this.meta(), first.concat(rest));
  }

  /**
   * The ids at the ends of edges quoted from the brief's documents (its research notes: see briefDocuments), decided as
   * documentsOfBrief decides on a loaded graph: the brief's text from its triples, the dataset's documents, and whether
   * another brief's text shares its folder (or, without a text, whether it is the only brief).
   */
  private async quotedFromBrief(brief: string, triples: readonly RdfTriple[], what: string): Promise<string[]> {
    const subject = NODE_BASE + brief;
    const documentPredicate = expand(NODE_FIELD_TERM.document.predicate);
    const found = triples.find((t) => t.subject === subject && t.predicate === documentPredicate && 'literal' in t.object)?.object;
    const own = found && 'literal' in found ? found.literal : undefined;
    const documents = graphFromRdf(await this.meta(), []).getAttribute('documents')?.map((d) => d.path) ?? [];
    const g = await this.data();
    const folderShared = own !== undefined && (await this.client.ask(briefInFolderQuery(g, brief, folderOf(own)), what));
    const onlyBrief = own === undefined && (await this.client.select(nodeIdsQuery(g, nodesOfClass(NODE_CLASS.brief), 'LIMIT 2'), what)).length <= 1;
    const paths = [...briefDocuments({ own, documents, folderShared, onlyBrief })];
    if (paths.length === 0) return [];
    const rows = await this.client.select(quotedFromEndsQuery(g, paths, this.client.limit()), what);
    return rows.map((row) => cellText(row.id)).filter((id): id is string => id !== undefined);
  }

  /** The id of the dataset's answer claim (the first by id, if several), where the viewer opens; undefined if none. */
  async answerClaim(): Promise<string | undefined> {
    const rows = await this.client.select(answerQuery(await this.data()), 'finding the answer claim');
    return cellText(rows[0]?.id);
  }

  /** The whole dataset (audit, a full export, pull): bounded by the row limit like every other answer. */
  whole(): Promise<ClaimGraph> {
    return this.fetch(allNodes, allEdges, `reading the whole dataset of ${this.named}`);
  }

  /**
   * What subgraph() needs for a focus: the nodes it reaches within `depth` hops over the kept kinds (a breadth-first walk,
   * one query per hop), then those nodes with their out-edges.
   */
  async neighbourhoodPart(need: NeighbourhoodNeed): Promise<ClaimGraph> {
    const edgeKinds = need.edgeKinds ?? EDGE_KINDS;
    const nodeKinds = new Set<string>(need.nodeKinds ?? NODE_KINDS);
    const depth = need.depth ?? Number.POSITIVE_INFINITY;
    const reached = new Set([need.focus]);
    let frontier = [need.focus];
    for (let d = 0; d < depth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const ids of chunksOf(frontier)) {
        const rows = await this.client.select(hopQuery(await this.data(), ids, edgeKinds, need.direction, this.client.limit()), `walking ${d + 1} hops from ${need.focus}`);
        for (const row of rows) {
          const text = cellText(row.next);
          if (text === undefined || !text.startsWith(NODE_BASE)) continue;
          const id = text.slice(NODE_BASE.length);
          const kind = nodeKindOfId(id);
          if (reached.has(id) || kind === undefined || !nodeKinds.has(kind)) continue;
          reached.add(id);
          next.push(id);
        }
      }
      frontier = next;
    }
    const limit = this.client.limit();
    const what = `reading the ${reached.size} nodes around ${need.focus}`;
    const triples = await this.triplesInChunks(
      chunksOf([...reached]).flatMap((ids) => {
        const nodes = listedNodes(ids);
        return [(g: string) => nodesQuery(g, nodes, limit), (g: string) => edgesQuery(g, edgesAt(nodes, 'subject', edgeKinds), limit)];
      }),
      what,
    );
    return graphFromRdf(await this.meta(), triples.concat(await this.identityOf(triples, what)));
  }
}
