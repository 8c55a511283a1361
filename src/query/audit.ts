// Audit of a graph's weak spots: thinly or weakly supported claims, support that needs the curator's links, sources
// paired with documents only by marker position, uncited sources, undocumented obstacles, and obstacles to measurement
// drawn as hindering cases. Each flagged item says why, in one sentence.
import { WorkIndex } from '../corpus/work-identity.js';
import type { ClaimGraph } from '../model/graph.js';
import { compareCitations, nodeRef, type NodeRef, type SourceRef } from './node-ref.js';
import { sourcesFor } from './sources-for.js';
import { walkTyped } from './walk.js';

/** Why an item is flagged, one sentence for the check that flags it. */
interface Reasoned {
  reason: string;
}

export interface ClaimFinding extends Reasoned {
  claim: NodeRef;
  /** The sources the check is about: every source of the claim, or (inferredSupportClaims) those reached only through inferred links. */
  sources: SourceRef[];
}

export interface NodeFinding extends NodeRef, Reasoned {}

export interface SameWorkFinding extends NodeRef, Reasoned {
  /** The work it may be the same document as, and how sure that is. */
  other: NodeRef;
  confidence: 'high' | 'medium' | 'low';
}

export interface DependenceFinding extends ClaimFinding {
  /** The one work every source of the claim rests on (cites, or cites a work drawn from it). */
  origin: NodeRef;
}

export interface HindersFinding extends NodeRef, Reasoned {
  /** The stages the measurement obstacle is drawn as hindering. */
  stages: NodeRef[];
}

export interface AuditReport {
  /** Claims no source supports, directly or through other claims. */
  unsupportedClaims: NodeFinding[];
  /** Claims resting on exactly one source. */
  singleSourceClaims: ClaimFinding[];
  /** Claims whose every source is known only from what the brief says (`identification: stated`). */
  onlyStatedClaims: ClaimFinding[];
  /** Claims whose every source is a press release. */
  onlyPressReleaseClaims: ClaimFinding[];
  /** Claims some of whose sources reach them only through links the curator inferred. */
  inferredSupportClaims: ClaimFinding[];
  /** Claims with several sources that all rest on one work (cite it, or works drawn from it): not independent support. */
  dependentSourceClaims: DependenceFinding[];
  /** Sources not verified that the brief cites only beside other markers: which document is which rests on their order. */
  positionOnlySources: NodeFinding[];
  /** Sources with no supports, contradicts, documents or reports edge. */
  uncitedSources: NodeFinding[];
  /** Obstacles no source documents. */
  undocumentedObstacles: NodeFinding[];
  /** Obstacles that affect only measurement (counting) but have hinders edges to stages of the case pipeline. */
  measurementHinders: HindersFinding[];
  /** Pairs of works that may be one document (likeness too weak to merge them): for a curator to merge, or mark notSameAs. */
  proposedSameWorks: SameWorkFinding[];
}

/**
 * The audit's checks, in report order, each with its title and the short marker a flagged item carries (in the viewer,
 * before its label): the command and the viewer list them from here. Plain brackets: circled letters are missing from
 * common fonts.
 */
export const AUDIT_CHECKS: readonly { key: keyof AuditReport; title: string; marker: string }[] = [
  { key: 'unsupportedClaims', title: 'Claims no source supports', marker: '[no source]' },
  { key: 'singleSourceClaims', title: 'Claims resting on a single source', marker: '[1 source]' },
  { key: 'onlyStatedClaims', title: 'Claims backed only by sources known from the brief alone (stated)', marker: '[stated]' },
  { key: 'onlyPressReleaseClaims', title: 'Claims backed only by press releases', marker: '[press]' },
  { key: 'inferredSupportClaims', title: "Claims whose support needs the curator's inferred links", marker: '[inferred]' },
  { key: 'dependentSourceClaims', title: 'Claims whose sources all rest on one work', marker: '[one origin]' },
  { key: 'positionOnlySources', title: 'Sources identified only by the position of their markers', marker: '[position]' },
  { key: 'uncitedSources', title: 'Sources cited nowhere', marker: '[uncited]' },
  { key: 'undocumentedObstacles', title: 'Obstacles nobody documents', marker: '[undocumented]' },
  { key: 'measurementHinders', title: 'Obstacles to measurement drawn as hindering cases', marker: '[counting]' },
  { key: 'proposedSameWorks', title: 'Works that may be one document', marker: '[same work?]' },
];

const cites = (sources: readonly SourceRef[]) => sources.map((s) => `[${s.citation}]`).join(' ');

export function audit(graph: ClaimGraph): AuditReport {
  const report: AuditReport = {
    unsupportedClaims: [],
    singleSourceClaims: [],
    onlyStatedClaims: [],
    onlyPressReleaseClaims: [],
    inferredSupportClaims: [],
    dependentSourceClaims: [],
    positionOnlySources: [],
    uncitedSources: [],
    undocumentedObstacles: [],
    measurementHinders: [],
    proposedSameWorks: [],
  };
  const origins = originsOf(graph);
  const works = new WorkIndex();
  graph.forEachNode((id, node) => {
    if (node.kind === 'work') works.add(id, node);
  });
  graph.forEachNode((id, node) => {
    const ref = () => nodeRef(graph, id);
    if (node.kind === 'claim') {
      const support = sourcesFor(graph, id);
      const sources = support.map((s) => s.source).sort(compareCitations);
      const claim = ref();
      if (sources.length === 0) report.unsupportedClaims.push({ ...claim, reason: 'no source supports it, directly or through other claims' });
      if (sources.length === 1) report.singleSourceClaims.push({ claim, sources, reason: `only ${cites(sources)} supports it` });
      if (sources.length > 0 && sources.every((s) => s.identification === 'stated')) {
        report.onlyStatedClaims.push({ claim, sources, reason: `every source (${cites(sources)}) is known only from what the brief says of it` });
      }
      if (sources.length > 0 && sources.every((s) => s.type === 'press-release')) {
        report.onlyPressReleaseClaims.push({ claim, sources, reason: `every source (${cites(sources)}) is a press release` });
      }
      const dependence = sharedOrigin(graph, sources, origins);
      if (dependence) report.dependentSourceClaims.push({ claim, sources, origin: dependence.origin, reason: dependence.reason });
      const inferred = support.filter((s) => s.basis === 'inferred');
      if (inferred.length > 0) {
        const links = [...new Set(inferred.flatMap((s) => s.inferredLinks))].sort();
        const through = inferred.map((s) => s.source).sort(compareCitations);
        report.inferredSupportClaims.push({
          claim,
          sources: through,
          reason: `${cites(through)} reach${through.length === 1 ? 'es' : ''} it only through the curator's link${links.length === 1 ? '' : 's'} ${links.join('; ')}`,
        });
      }
    } else if (node.kind === 'source') {
      let cited = false;
      let alone = false;
      graph.forEachOutEdge(id, (_e, edge, _from, to) => {
        if (edge.kind !== 'supports' && edge.kind !== 'contradicts' && edge.kind !== 'documents' && edge.kind !== 'reports') return;
        cited = true;
        // Cited alone: the only source edge of its kind into that claim, so the sentence names no other document.
        if (edge.kind === 'supports' && edge.basis === 'quoted') {
          alone ||= !graph.someInEdge(to, (_k, other, from) => from !== id && other.kind === 'supports' && other.basis === 'quoted' && graph.getNodeAttribute(from, 'kind') === 'source');
        }
      });
      if (!cited) report.uncitedSources.push({ ...ref(), reason: 'no supports, contradicts, documents or reports edge starts at it' });
      else if (node.identification !== 'verified' && !alone && graph.someOutEdge(id, (_e, edge) => edge.kind === 'supports' && edge.basis === 'quoted')) {
        report.positionOnlySources.push({
          ...ref(),
          reason: `every sentence that cites [${node.citation}] cites other sources beside it, so which document it is rests on the order of the markers`,
        });
      }
    } else if (node.kind === 'work') {
      for (const p of works.proposals(node, id)) {
        if (p.work < id) continue;
        report.proposedSameWorks.push({ ...ref(), other: nodeRef(graph, p.work), confidence: p.confidence, reason: `may be the same document as ${p.work} (${p.confidence}): ${p.reason}` });
      }
    } else if (node.kind === 'obstacle') {
      if (!graph.someInEdge(id, (_e, edge) => edge.kind === 'documents')) report.undocumentedObstacles.push({ ...ref(), reason: 'no source documents it' });
      if (node.affects === 'measurement') {
        const stages = graph.filterOutEdges(id, (_e, edge) => edge.kind === 'hinders').map((e) => nodeRef(graph, graph.target(e)));
        if (stages.length > 0) {
          report.measurementHinders.push({
            ...ref(),
            stages,
            reason: `it affects only measurement (counting the rate), yet hinders ${stages.map((s) => s.label).join(', ')}: stages cases pass through`,
          });
        }
      }
    }
  });
  return report;
}

/** Ids of claims the audit marks as weakly supported: no source, one source, or only stated / press-release sources. */
export function weakClaims(report: AuditReport): Set<string> {
  return new Set([
    ...report.unsupportedClaims.map((c) => c.id),
    ...[...report.singleSourceClaims, ...report.onlyStatedClaims, ...report.onlyPressReleaseClaims].map((f) => f.claim.id),
  ]);
}

/** For each work, the works it rests on: itself and every work it derives from, directly or not. */
function originsOf(graph: ClaimGraph): (work: string) => Set<string> {
  const memo = new Map<string, Set<string>>();
  return (work) => {
    let set = memo.get(work);
    if (!set) {
      set = new Set(walkTyped(graph, work, ['derives-from'], 'out').keys());
      memo.set(work, set);
    }
    return set;
  };
}

/**
 * The one work all of a claim's (two or more) sources rest on, if there is one: each source refers to a work, and those
 * works share an origin (the same work, or works derived from one). A source not matched to a work is unknown ground:
 * no claim with one is flagged.
 */
function sharedOrigin(graph: ClaimGraph, sources: readonly SourceRef[], origins: (work: string) => Set<string>): { origin: NodeRef; reason: string } | undefined {
  if (sources.length < 2) return undefined;
  const cited: { source: SourceRef; work: string }[] = [];
  for (const source of sources) {
    let work: string | undefined;
    graph.forEachOutEdge(source.id, (_k, edge, _from, to) => {
      if (edge.kind === 'refers-to') work = to;
    });
    if (work === undefined) return undefined;
    cited.push({ source, work });
  }
  let common: Set<string> | undefined;
  for (const { work } of cited) common = common === undefined ? new Set(origins(work)) : new Set([...common].filter((w) => origins(work).has(w)));
  if (!common || common.size === 0) return undefined;
  // The nearest common origin: the one the others are drawn... the one that itself rests on all the others.
  const shared = common;
  const origin = [...shared].sort().reduce((best, w) => ([...origins(w)].filter((x) => shared.has(x)).length > [...origins(best)].filter((x) => shared.has(x)).length ? w : best));
  const how = cited.map(({ source, work }) => `[${source.citation}] ${work === origin ? 'cites it' : `cites ${work}, drawn from it`}`).join('; ');
  return { origin: nodeRef(graph, origin), reason: `its ${cited.length} sources all rest on ${origin} (${graph.getNodeAttribute(origin, 'label')}): ${how}` };
}
