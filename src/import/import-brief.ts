// Imports a cited brief into a dataset folder: a new draft dataset, or new items merged into a curated one.
// All or nothing: the result is validated before anything is written, and every write is a rename.
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseBrief } from '../brief/parse-brief.js';
import { decodeBriefText } from '../brief/read-text.js';
import { normaliseSpace, type DatasetText } from '../load/build-graph.js';
import { displayPath, readDataset, validateDataset } from '../load/load-graph.js';
import { DatasetError } from '../load/problems.js';
import type { DatasetFile, DatasetMeta, GraphEdge, GraphNode } from '../model/schema.js';
import { graphDataDir, jsonSchemaPath } from '../paths.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { createFolderAtomicSync, isFreeForFolder } from '../io/write-folder-atomic.js';
import { withLockSync } from '../io/lock.js';
import { briefDocumentName } from './brief-name.js';
import { draftDataset } from './draft-dataset.js';
import { mergeDraft, type MergeReport } from './merge-draft.js';
import { readReferenceFile } from './reference-files.js';

/** The file a merge adds new items to; a fresh import writes `graph.json`. Curated files are never rewritten. */
export const IMPORTED_FILE = 'imported.json';

export interface ImportResult {
  brief: string;
  out: string;
  /** "created": a new dataset folder; "merged": new items added to an existing one; "unchanged": nothing new. */
  outcome: 'created' | 'merged' | 'unchanged';
  /** Files written, relative to `out`. */
  written: string[];
  /** What the brief holds. */
  found: { question: string; claims: number; sources: number; citations: number; references: number; figures: number };
  /** Sentences without a citation: not made claims. */
  uncited: { line: number; text: string }[];
  /** For a merge: added, left as curated, gone from the brief. */
  merge?: MergeReport;
  /** Per reference file: the citation numbers its entries filled, and the keys it could not link (or the brief never cites). */
  referenceFiles?: { file: string; linked: number[]; unlinked: string[]; uncited: string[] }[];
}

export interface ImportOptions {
  /** Reference files (.bib, .ris, CSL-JSON .json) whose entries fill the sources they are linked to by number or key. */
  references?: readonly string[];
}

export function importBrief(briefPath: string, outDir: string, options: ImportOptions = {}): ImportResult {
  if (typeof briefPath !== 'string' || briefPath === '') throw new TypeError('claimgraph/import: importBrief expects the path of a brief');
  if (typeof outDir !== 'string' || outDir === '') throw new TypeError('claimgraph/import: importBrief expects an output folder');
  const shownBrief = displayPath(briefPath);
  if (!existsSync(briefPath) || !statSync(briefPath).isFile()) throw new DatasetError(shownBrief, [{ file: shownBrief, message: 'no such file' }], 'import');
  const decoded = decodeBriefText(readFileSync(briefPath));
  if (!decoded.ok) throw new DatasetError(shownBrief, [{ file: shownBrief, line: decoded.line, column: decoded.column, message: decoded.message }], 'import');
  const brief = parseBrief(decoded.text);
  if (brief.problems.length > 0) throw new DatasetError(shownBrief, brief.problems.map((p) => ({ file: shownBrief, ...p })), 'import');

  const files = (options.references ?? []).map(readReferenceFile);
  const cites = new Set(brief.sentences.flatMap((s) => s.citations));
  const draft = draftDataset(brief, briefPath, files.flatMap((f) => f.entries));
  const nodes = draft.dataset.nodes ?? [];
  const result: ImportResult = {
    brief: shownBrief,
    out: displayPath(outDir),
    outcome: 'unchanged',
    written: [],
    found: {
      question: brief.question,
      claims: nodes.filter((n) => n.kind === 'claim').length,
      sources: nodes.filter((n) => n.kind === 'source').length,
      citations: (draft.dataset.edges ?? []).filter((e) => e.kind === 'supports').length,
      references: brief.references.length,
      figures: nodes.filter((n) => n.kind === 'figure').length,
    },
    uncited: draft.uncited.map((s) => ({ line: s.line, text: s.text })),
  };
  if (files.length > 0) {
    result.referenceFiles = files.map((f) => ({
      file: f.file,
      linked: f.entries.filter((e) => cites.has(e.number)).map((e) => e.number).sort((a, b) => a - b),
      unlinked: f.unlinked,
      uncited: f.entries.filter((e) => !cites.has(e.number)).map((e) => `${e.key} [${e.number}]`),
    }));
  }
  const parent = dirname(resolve(outDir));
  if (!existsSync(parent)) throw new DatasetError(displayPath(outDir), [{ file: displayPath(parent), message: 'no such folder to create the dataset in' }], 'import');
  // One writer at a time: a second import into the same folder fails (exit 1) instead of losing the first one's work.
  return withLockSync(
    outDir,
    () => {
      if (isFreeForFolder(outDir)) return { ...result, outcome: 'created', written: createDataset(outDir, draft.dataset, briefPath) };
      return mergeInto(outDir, draft.dataset, result);
    },
    displayPath(outDir),
  );
}

/** Writes graph.json and a copy of the brief into a temporary folder beside `outDir`, checks it, then moves it into place. */
function createDataset(outDir: string, dataset: DatasetFile, briefPath: string): string[] {
  // An empty folder at outDir (checked by the caller) is replaced; anything failing leaves it as it was.
  const briefName = briefDocumentName(basename(briefPath));
  createFolderAtomicSync(outDir, (temp) => {
    const schema = schemaReference(outDir);
    const text = JSON.stringify(schema ? { $schema: schema, ...dataset } : dataset, null, 2) + '\n';
    writeFileSync(join(temp, 'graph.json'), text);
    copyFileSync(briefPath, join(temp, briefName));
    validateDataset(temp, [{ path: join(displayPath(outDir), 'graph.json'), text }]);
  });
  return ['graph.json', briefName];
}

/** Adds the draft's new items to `imported.json` of a curated dataset, after checking the whole merged dataset. */
function mergeInto(outDir: string, draft: DatasetFile, result: ImportResult): ImportResult {
  const files = readDataset(outDir);
  const graph = validateDataset(outDir, files);
  const existing = { nodes: graph.mapNodes((_id, node) => node), edges: graph.mapEdges((_id, edge) => edge) };
  const merged = mergeDraft(existing, { nodes: draft.nodes ?? [], edges: draft.edges ?? [] });
  if (merged.nodes.length === 0 && merged.edges.length === 0) return { ...result, outcome: 'unchanged', merge: merged.report };
  merged.edges = merged.edges.map((edge) => quotedInDataset(outDir, graph.getAttribute('documents'), edge, result.brief));

  const target = join(outDir, IMPORTED_FILE);
  const shownTarget = displayPath(target);
  const previous = files.find((f) => f.path === shownTarget);
  const file: DatasetFile = previous ? (JSON.parse(previous.text) as DatasetFile) : schemaOf(files);
  const nodes: GraphNode[] = [...(file.nodes ?? []), ...merged.nodes];
  const edges: GraphEdge[] = [...(file.edges ?? []), ...merged.edges];
  const text = JSON.stringify({ ...file, nodes, edges }, null, 2) + '\n';
  const next: DatasetText[] = [...files.filter((f) => f !== previous), { path: shownTarget, text }];
  validateDataset(outDir, next);
  writeFileAtomic(target, text);
  return { ...result, outcome: 'merged', written: [IMPORTED_FILE], merge: merged.report };
}

/**
 * A quoted edge of the imported brief stays quoted only if the dataset's own brief has its sentence; otherwise (a new
 * sentence of an edited brief) the dataset's documents do not state it, so it becomes inferred and says why.
 */
function quotedInDataset(outDir: string, documents: DatasetMeta['documents'], edge: GraphEdge, briefShown: string): GraphEdge {
  if (edge.basis !== 'quoted' || edge.quote === undefined || !documents?.length) return edge;
  const own = documents.find((d) => d.role === 'brief') ?? documents[0]!;
  const path = join(outDir, own.path);
  const text = existsSync(path) ? normaliseSpace(readFileSync(path, 'utf8')) : '';
  if (text.includes(normaliseSpace(edge.quote))) return edge;
  return {
    ...edge,
    basis: 'inferred',
    note: `Imported from ${briefShown}, whose sentence is not in the dataset's brief (${own.path}): quoted there, inferred here until that brief is a document of the dataset.`,
  };
}

/** A new file points at the same JSON Schema as the dataset's other files. */
function schemaOf(files: DatasetText[]): DatasetFile {
  for (const f of files) {
    const schema = (JSON.parse(f.text) as DatasetFile).$schema;
    if (schema) return { $schema: schema };
  }
  return {};
}

/** `$schema` for a dataset created under this package's graph-data/ (a relative path); none elsewhere. */
function schemaReference(outDir: string): string | undefined {
  const rel = relative(graphDataDir, resolve(outDir));
  if (rel.startsWith('..') || rel === '' || resolve(outDir).split(sep).length < 2) return undefined;
  return relative(resolve(outDir), jsonSchemaPath).split(sep).join('/');
}
