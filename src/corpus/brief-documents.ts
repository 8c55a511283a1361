// Which of a dataset's documents are one brief's: its own text, and the documents beside it in its folder (its research
// notes, which the figures' `reports` edges quote) when no other brief's text lies there. briefView takes the library
// nodes at the ends of edges quoted from them, so a brief of a corpus keeps the figures its research found.
import type { ClaimGraph } from '../model/graph.js';

/** The folder of a dataset path, with its trailing slash ('' at the dataset's top). */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** What decides a brief's documents, however it was read (a loaded graph, a store's answers). */
export interface BriefDocumentFacts {
  /** The brief's own text (its node's `document`), if it names one. */
  own: string | undefined;
  /** Every document the dataset lists, by path. */
  documents: readonly string[];
  /** Another brief's text lies in the folder of `own`: the documents there cannot be told apart. */
  folderShared: boolean;
  /** The brief is the dataset's only one: without a text of its own, every document is its. */
  onlyBrief: boolean;
}

/** The paths of a brief's documents (see the file's opening line). */
export function briefDocuments(facts: BriefDocumentFacts): Set<string> {
  const { own, documents, folderShared, onlyBrief } = facts;
  if (own === undefined) return new Set(onlyBrief ? documents : []);
  if (folderShared) return new Set([own]);
  const folder = folderOf(own);
  return new Set([own, ...documents.filter((path) => folderOf(path) === folder)]);
}

/** A brief's documents in a loaded graph; none when the brief's node is not there. */
export function documentsOfBrief(graph: ClaimGraph, brief: string): Set<string> {
  if (!graph.hasNode(brief)) return new Set();
  const own = (graph.getNodeAttributes(brief) as { document?: string }).document;
  let briefs = 0;
  let folderShared = false;
  graph.forEachNode((id, node) => {
    if (node.kind !== 'brief') return;
    briefs += 1;
    const other = (node as { document?: string }).document;
    if (id !== brief && own !== undefined && other !== undefined && folderOf(other) === folderOf(own)) folderShared = true;
  });
  const documents = (graph.getAttribute('documents') ?? []).map((d) => d.path);
  return briefDocuments({ own, documents, folderShared, onlyBrief: briefs <= 1 });
}
