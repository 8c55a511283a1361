// Turns a dataset of claimgraph 0.1 (one brief, no brief node, each source carrying its document's fields) into a
// corpus: a brief node; every question, claim and source named as that brief's; each identified source's document a
// work it refers to; each source the curator added for its figures a work. Works that are one document by a strong key
// are merged; likelier ones are only proposed. Pure: files in, files out, with a report.
import { BIBLIOGRAPHIC_FIELD_NAMES, type GraphEdge, type WorkNode } from '../model/schema.js';
import { slugOf } from '../import/ids.js';
import { authorSortName, yearOf } from '../model/authors.js';
import { WORKS_FILE } from '../load/corpus-rules.js';
import { WorkIndex, type ProposedMatch, type StrongKey } from './work-identity.js';

type Json = Record<string, unknown>;

/** One dataset file by name (relative to the dataset folder), parsed. */
export interface NamedFile {
  name: string;
  value: Json;
}

export interface MigrationReport {
  brief: string;
  /** Works made, and from which source each. */
  works: { work: string; from: string }[];
  /** Works merged into another because a strong key says they are one document. */
  merged: { work: string; into: string; by: StrongKey }[];
  /** Works that may be one document, left apart for a curator. */
  proposed: (ProposedMatch & { of: string })[];
  /** Files rewritten or added. */
  changed: string[];
}

export interface MigrationResult {
  files: NamedFile[];
  report: MigrationReport;
}

const DOCUMENT_FIELDS = [...BIBLIOGRAPHIC_FIELD_NAMES] as string[];

/** A node with `brief` put right after `label` (field order as the schema lists it). */
function withBrief(node: Json, brief: string): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = value;
    if (key === 'label') out.brief = brief;
  }
  if (!('brief' in out)) out.brief = brief;
  return out;
}

/** Whether the files are in the 0.1 form: no brief node anywhere. */
export function isLegacyDataset(files: readonly NamedFile[]): boolean {
  return !files.some((f) => ((f.value.nodes as Json[] | undefined) ?? []).some((n) => n.kind === 'brief'));
}

export function migrateDataset(files: readonly NamedFile[], briefSlug: string): MigrationResult {
  if (!isLegacyDataset(files)) throw new Error('claimgraph/migrate: the dataset already has a brief node: it is a corpus already');
  const briefId = `brief:${briefSlug}`;
  const metaFile = files.find((f) => f.value.dataset !== undefined) ?? files[0];
  if (!metaFile) throw new Error('claimgraph/migrate: no dataset file to migrate');
  const meta = (metaFile.value.dataset ?? {}) as { title?: string; documents?: { path: string; role: string }[] };
  const document = meta.documents?.find((d) => d.role === 'brief')?.path;
  const report: MigrationReport = { brief: briefId, works: [], merged: [], proposed: [], changed: [] };

  const allEdges = files.flatMap((f) => (f.value.edges as GraphEdge[] | undefined) ?? []);
  const edgeKindsFrom = new Map<string, Set<string>>();
  for (const e of allEdges) {
    const kinds = edgeKindsFrom.get(e.from) ?? new Set<string>();
    kinds.add(e.kind);
    edgeKindsFrom.set(e.from, kinds);
  }

  const taken = new Set(files.flatMap((f) => ((f.value.nodes as Json[] | undefined) ?? []).map((n) => String(n.id))));
  const workIdFor = (base: string) => {
    let id = `work:${base}`;
    for (let n = 2; taken.has(id); n++) id = `work:${base}-${n}`;
    taken.add(id);
    return id;
  };
  const works: WorkNode[] = [];
  /** Old source id -> the work it became (a curator's source) or refers to (an identified brief source). */
  const becameWork = new Map<string, string>();
  const refersTo: { source: string; work: string; file: string }[] = [];

  const out: NamedFile[] = files.map((file) => {
    const nodes = (file.value.nodes as Json[] | undefined) ?? [];
    const kept: Json[] = [];
    let changed = false;
    if (file === metaFile) {
      kept.push({ kind: 'brief', id: briefId, label: meta.title ?? briefSlug, ...(document ? { document } : {}) });
      changed = true;
    }
    for (const node of nodes) {
      if (node.kind === 'question' || node.kind === 'claim') {
        kept.push(withBrief(node, briefId));
        changed = true;
      } else if (node.kind === 'source') {
        changed = true;
        const id = String(node.id);
        const onlyReports = [...(edgeKindsFrom.get(id) ?? [])].every((k) => k === 'reports');
        if (node.origin === 'curator' && onlyReports) {
          const work = workOf(node, workIdFor(idPart(String(node.citation)) || slugOf(String(node.label), 4)), true);
          works.push(work);
          becameWork.set(id, work.id);
          report.works.push({ work: work.id, from: id });
          continue;
        }
        const hasDocument = DOCUMENT_FIELDS.some((f) => node[f] !== undefined);
        const source: Json = {};
        for (const [key, value] of Object.entries(node)) {
          if (key === 'origin' || DOCUMENT_FIELDS.includes(key)) continue;
          source[key] = value;
        }
        if (node.identification !== 'stated') {
          // The excerpt and where it was read stay with the source: they are the evidence of its identification.
          const work = workOf(node, workIdFor(keyOf(node)), false);
          works.push(work);
          refersTo.push({ source: id, work: work.id, file: file.name });
          report.works.push({ work: work.id, from: id });
        } else if (hasDocument) {
          const fields = DOCUMENT_FIELDS.filter((f) => node[f] !== undefined).map((f) => `${f} ${JSON.stringify(node[f])}`);
          source.evidence = `${node.evidence ? `${String(node.evidence)} ` : ''}Recorded on the source before it was matched to a work: ${fields.join('; ')}.`;
        }
        kept.push(withBrief(source, briefId));
      } else kept.push(node);
    }
    return changed ? { name: file.name, value: { ...file.value, nodes: kept } } : file;
  });

  // Strong keys merge; weaker likeness is proposed. In the order made: a curator's works, then the brief's.
  const index = new WorkIndex();
  const mergedInto = new Map<string, string>();
  const keptWorks: WorkNode[] = [];
  for (const work of works) {
    const same = index.same(work);
    if (same) {
      const into = keptWorks.find((w) => w.id === same.work)!;
      for (const [key, value] of Object.entries(work)) if ((into as Json)[key] === undefined) (into as Json)[key] = value;
      mergedInto.set(work.id, same.work);
      report.merged.push({ work: work.id, into: same.work, by: same.by });
      continue;
    }
    index.add(work.id, work);
    keptWorks.push(work);
  }
  for (const work of keptWorks) {
    for (const p of index.proposals(work, work.id)) if (work.id < p.work) report.proposed.push({ ...p, of: work.id });
  }
  const resolve = (id: string) => mergedInto.get(id) ?? id;

  const note = 'Migrated from claimgraph 0.1, where the source carried this document\'s fields: the curator\'s identification (the source\'s evidence says why).';
  const result = out.map((file) => {
    const edges = (file.value.edges as GraphEdge[] | undefined) ?? [];
    let changed = file !== files.find((f) => f.name === file.name);
    const moved = edges.map((e) => {
      const from = becameWork.get(e.from);
      if (from === undefined) return e;
      changed = true;
      return { ...e, from: resolve(from) };
    });
    const added = refersTo.filter((r) => r.file === file.name).map((r): GraphEdge => ({ kind: 'refers-to', from: r.source, to: resolve(r.work), basis: 'inferred', note }));
    if (added.length > 0) changed = true;
    const value = changed ? { ...file.value, ...(moved.length + added.length > 0 ? { edges: [...moved, ...added] } : {}) } : file.value;
    if (changed) report.changed.push(file.name);
    return { name: file.name, value };
  });
  if (keptWorks.length > 0) {
    if (result.some((f) => f.name === WORKS_FILE)) throw new Error(`claimgraph/migrate: ${WORKS_FILE} exists already; move it aside first`);
    const schema = files.find((f) => typeof f.value.$schema === 'string')?.value.$schema;
    result.push({ name: WORKS_FILE, value: { ...(schema ? { $schema: schema } : {}), nodes: keptWorks } });
    report.changed.push(WORKS_FILE);
  }
  return { files: result, report };
}

/** A work from a 0.1 source's document fields. */
function workOf(node: Json, id: string, curators: boolean): WorkNode {
  const work: Json = { kind: 'work', id, label: curators ? node.label : workLabel(node) };
  if (curators && node.type !== undefined && node.type !== 'unspecified') work.type = node.type;
  if (curators && node.description !== undefined) work.description = node.description;
  for (const f of DOCUMENT_FIELDS) if (node[f] !== undefined) work[f] = node[f];
  if (curators && node.evidence !== undefined) work.provenance = node.evidence;
  else work.provenance = `Migrated from the fields of the brief's [${String(node.citation)}] (its evidence says where they come from).`;
  if (curators && node.evidenceExcerpt !== undefined) work.evidenceExcerpt = node.evidenceExcerpt;
  if (curators && node.evidenceReadAt !== undefined) work.evidenceReadAt = node.evidenceReadAt;
  return work as unknown as WorkNode;
}

/** A work's label: its title, else the source's label. */
function workLabel(node: Json): string {
  return typeof node.title === 'string' ? (node.title.length > 80 ? `${node.title.slice(0, 79)}…` : node.title) : String(node.label);
}

/** A readable id part: the first author's family name and year (obrien-2024), else the title's first words. */
function keyOf(node: Json): string {
  const authors = node.authors as { family?: string; literal?: string }[] | undefined;
  const first = authors?.[0];
  const name = first ? asciiWord('literal' in first && first.literal ? first.literal : authorSortName(first as { family: string })) : '';
  const year = yearOf(node.issued as string | undefined);
  if (name && year !== undefined) return `${name}-${year}`;
  return slugOf(String(node.title ?? node.label), 4);
}

/** A text as an id part, its case kept: runs of other characters become one hyphen. */
const idPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._~-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|-+$/g, '');

/** A name as one lower-case ASCII word: O'Brien -> obrien. */
const asciiWord = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
