// Recognises a dataset written by claimgraph 0.1 (one brief, no brief node, a source carrying its document's fields),
// so the loader can say what to run instead of listing every field the current schema refuses.
import { BIBLIOGRAPHIC_FIELD_NAMES } from '../model/schema.js';

const SCOPED = new Set(['question', 'claim', 'source']);
const DOCUMENT_FIELDS = new Set<string>([...BIBLIOGRAPHIC_FIELD_NAMES, 'origin']);

/** True when a node, as read, has the 0.1 form: a question, claim or source naming no brief, or a source with a document's fields. */
export function isLegacyNode(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  const node = item as Record<string, unknown>;
  if (typeof node.kind !== 'string' || !SCOPED.has(node.kind)) return false;
  if (!('brief' in node)) return true;
  return node.kind === 'source' && Object.keys(node).some((k) => DOCUMENT_FIELDS.has(k));
}

/** What to tell the user about a file with `count` nodes in the 0.1 form. */
export function legacyMessage(count: number): string {
  return `${count} node${count === 1 ? ' is' : 's are'} in the form of claimgraph 0.1 (no brief named, or a source carrying its document's fields): run "claimgraph migrate --data <folder>" once to make the dataset a corpus of briefs and works`;
}
