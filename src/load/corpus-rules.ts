// The loader's rules for a corpus of briefs: every node of a brief names an existing brief, nothing of one brief
// attaches to another's, citation markers are unique within a brief, a source refers to a work exactly when it is
// identified, works are one node per document (DOI, URL, title + year + first author), and a brief kept in its own
// folder (briefs/<name>/) holds only its own nodes and edges.
import { briefOf } from '../model/brief-of.js';
import { keyOf, sameByKey, STRONG_KEYS, workKeys, type StrongKey, type WorkKeys } from '../corpus/work-identity.js';
import type { ClaimGraph } from '../model/graph.js';
import type { GraphEdge, GraphNode } from '../model/schema.js';
import { listOf } from './problems.js';

type Path = (string | number)[];
/** Reports a problem at a path of an element of a file. */
export type Report = (file: number, path: Path, message: string) => void;

/** The folder briefs are kept in, each in its own (`briefs/<name>/`), relative to the corpus. */
export const BRIEFS_FOLDER = 'briefs';
/** The file at a corpus's top level that holds the works every brief shares. */
export const WORKS_FILE = 'works.json';

/** Whether a node id is named under its folder's brief: `claim:<name>/…` in `briefs/<name>/`. */
function ownsId(brief: string, id: string): boolean {
  const colon = id.indexOf(':');
  return id.startsWith(`${brief.slice('brief:'.length)}/`, colon + 1);
}

/** The id named under the brief, as the message suggests it. */
const idUnder = (brief: string, id: string) => {
  const colon = id.indexOf(':');
  return `${id.slice(0, colon + 1)}${brief.slice('brief:'.length)}/${id.slice(colon + 1)}`;
};

/** The brief a folder keeps: `briefs/<name>/…` → `brief:<name>`; undefined for a file at the top level. */
export function briefOfFolder(relativePath: string): string | undefined {
  const parts = relativePath.split(/[\\/]/);
  return parts.length === 3 && parts[0] === BRIEFS_FOLDER ? `brief:${parts[1]}` : undefined;
}

/** Where an element was read: its file, and its index among that file's nodes or edges. */
export interface At {
  file: number;
  index: number;
}

const KEY_WORDS: Record<StrongKey, string> = { doi: 'DOI', url: 'URL', 'title-year-author': 'title, year and first author' };


/**
 * Checks fed element by element as the loader reads them (nodes first, then edges), then `finish` for what needs
 * every element. `scopeOf(file)` is the brief a file's folder keeps, or undefined at the top level. Keeps little per
 * element (a corpus may hold millions): positions are asked of the loader only when a problem is reported.
 */
export class CorpusRules {
  /** Each brief, its document, where it was read, and whether it is kept in a folder of its own. */
  private readonly briefs = new Map<string, { document: string | undefined; at: At; foldered: boolean }>();
  /** Nodes naming a brief not read yet when they were: checked at the end. */
  private readonly pending: { brief: string; at: At }[] = [];
  /** brief + marker -> source id. */
  private readonly citations = new Map<string, string>();
  private readonly strongKeys = new Map<string, string>();
  /** Each work's keys and notSameAs, for the works a key was first seen on. */
  private readonly works = new Map<string, { keys: WorkKeys; id: string; notSameAs?: readonly string[] }>();
  /** Sources with a refers-to edge. */
  private readonly referring = new Set<string>();

  constructor(
    private readonly report: Report,
    private readonly scopeOf: (file: number) => string | undefined,
    /** `file:line:column` of a node already added. */
    private readonly nodeWhere: (id: string) => string,
  ) {}

  /** A node as it is added to the graph. */
  node(node: GraphNode, at: At): void {
    const scope = this.scopeOf(at.file);
    const path: Path = ['nodes', at.index];
    const brief = briefOf(node);
    if (node.kind === 'brief') {
      this.briefs.set(node.id, { document: node.document, at, foldered: scope !== undefined });
      if (scope !== undefined && node.id !== scope) this.report(at.file, [...path, 'id'], `the folder of ${scope} holds only that brief, not ${node.id}`);
    } else if (node.kind === 'work') {
      if (scope !== undefined) this.report(at.file, [...path, 'kind'], `a work is shared by every brief: it belongs in a file at the corpus's top level, not in the folder of ${scope}`);
      this.workKeys(node, at);
    } else if (scope !== undefined && brief !== scope) {
      this.report(at.file, [...path, 'brief'], `the folder of ${scope} holds only its own nodes ("brief": "${scope}")`);
    } else if (scope !== undefined && !ownsId(scope, node.id)) {
      // An import reads one brief's folder and the top level: names under the brief's own are what keep it from minting an id another folder holds.
      this.report(at.file, [...path, 'id'], `an id in the folder of ${scope} is named under it (${idUnder(scope, node.id)}), so no other brief's ids can collide with it: ${node.id}`);
    } else if (brief !== undefined) {
      const known = this.briefs.get(brief);
      if (known === undefined) this.pending.push({ brief, at });
      else if (known.foldered && scope !== brief) this.misplaced(brief, at);
    }
    if (node.kind === 'source') {
      const key = `${node.brief}\u0000${node.citation}`;
      const first = this.citations.get(key);
      if (first !== undefined) this.report(at.file, [...path, 'citation'], `${node.brief} cites [${node.citation}] twice (first as ${first} at ${this.nodeWhere(first)}): a marker names one source within its brief`);
      else this.citations.set(key, node.id);
    }
  }

  private workKeys(node: Extract<GraphNode, { kind: 'work' }>, at: At): void {
    const keys = workKeys(node);
    const self = { keys, id: node.id, ...(node.notSameAs ? { notSameAs: node.notSameAs } : {}) };
    for (const which of STRONG_KEYS) {
      const value = keyOf(keys, which);
      if (value === undefined) continue;
      const seen = this.strongKeys.get(`${which} ${value}`);
      if (seen !== undefined && sameByKey(which, self, this.works.get(seen)!)) {
        const field = which === 'doi' ? 'doi' : which === 'url' ? 'url' : 'title';
        this.report(at.file, ['nodes', at.index, field], `${node.id} has the ${KEY_WORDS[which]} of ${seen} (${this.nodeWhere(seen)}): one document is one work, so merge them`);
        return;
      }
    }
    this.works.set(node.id, self);
    for (const which of STRONG_KEYS) {
      const value = keyOf(keys, which);
      if (value !== undefined && !this.strongKeys.has(`${which} ${value}`)) this.strongKeys.set(`${which} ${value}`, node.id);
    }
  }

  private misplaced(brief: string, at: At): void {
    this.report(at.file, ['nodes', at.index, 'brief'], `${brief} is kept in its own folder (${BRIEFS_FOLDER}/${brief.slice('brief:'.length)}/): its nodes belong there`);
  }

  /** The brief of an edge between these nodes, its document (quotes are checked against it), and whether it is the dataset's only brief. */
  briefDocument(from: GraphNode | undefined, to: GraphNode | undefined): { brief: string; document: string | undefined; alone: boolean } | undefined {
    const brief = briefOf(from) ?? briefOf(to);
    if (brief === undefined) return undefined;
    return { brief, document: this.briefs.get(brief)?.document, alone: this.briefs.size <= 1 };
  }

  /** An edge whose ends both exist, before it is added; false when it must not be added. */
  edge(edge: GraphEdge, from: GraphNode, to: GraphNode, at: At): boolean {
    const path: Path = ['edges', at.index];
    const a = briefOf(from);
    const b = briefOf(to);
    if (a !== undefined && b !== undefined && a !== b) {
      this.report(at.file, [...path, 'to'], `${article(edge.kind)} edge cannot join ${a}'s ${from.id} to ${b}'s ${to.id}: briefs stay apart (a work both cite joins them)`);
      return false;
    }
    const scope = this.scopeOf(at.file);
    const own = a ?? b;
    if (scope !== undefined && own !== scope) {
      this.report(at.file, path, `the folder of ${scope} holds only edges that touch its own nodes`);
    } else if (scope === undefined && own !== undefined && this.briefs.get(own)?.foldered) {
      this.report(at.file, path, `an edge touching ${own}'s nodes belongs in that brief's folder (${BRIEFS_FOLDER}/${own.slice('brief:'.length)}/)`);
    }
    if (edge.kind === 'refers-to') {
      if (this.referring.has(from.id)) this.report(at.file, path, `${from.id} refers to a second work: a citation points to one document`);
      this.referring.add(from.id);
    }
    return true;
  }

  /** Checks that need every element: briefs named exist, a brief's document is listed, identification matches refers-to. */
  finish(graph: ClaimGraph, documents: ReadonlySet<string>, nodeAt: (id: string) => At): void {
    for (const { brief, at } of this.pending) {
      const known = this.briefs.get(brief);
      if (known === undefined) this.report(at.file, ['nodes', at.index, 'brief'], `no brief "${brief}" in the dataset`);
      else if (known.foldered && this.scopeOf(at.file) !== brief) this.misplaced(brief, at);
    }
    for (const [id, { document, at }] of this.briefs) {
      if (document !== undefined && !documents.has(document)) {
        this.report(at.file, ['nodes', at.index, 'document'], `${id}'s document "${document}" is not among the dataset's documents (${listOf([...documents])})`);
      }
    }
    graph.forEachNode((id, node) => {
      if (node.kind !== 'source') return;
      const refers = this.referring.has(id);
      if (node.identification === 'stated' && refers) {
        const at = nodeAt(id);
        this.report(at.file, ['nodes', at.index, 'identification'], `${id} refers to a work, so it is no longer "stated": make it "candidate" with its evidence`);
      } else if (node.identification !== 'stated' && !refers) {
        const at = nodeAt(id);
        this.report(at.file, ['nodes', at.index, 'identification'], `${id} is "${node.identification}" but refers to no work: add a refers-to edge to the work it is, or make it "stated"`);
      }
    });
  }
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
