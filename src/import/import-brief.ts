// Imports a cited brief into a corpus folder: a new brief in a folder of its own (briefs/<name>/), or what is new in a
// brief the corpus holds already. Each source's document is matched to the corpus's works (./link-works.ts). Reads
// only the corpus's top level and that brief's folder; all or nothing: the result is validated before anything is
// written, and every write is a rename.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseBrief } from '../brief/parse-brief.js';
import { decodeBriefText } from '../brief/read-text.js';
import { WorkIndex } from '../corpus/work-identity.js';
import { normaliseSpace, type DatasetText } from '../load/build-graph.js';
import { BRIEFS_FOLDER, WORKS_FILE } from '../load/corpus-rules.js';
import { isLegacyNode, legacyMessage } from '../load/legacy-form.js';
import { displayPath, readDataset, validateDataset } from '../load/load-graph.js';
import { uncheckedGraph } from '../load/unchecked-graph.js';
import { DatasetError } from '../load/problems.js';
import type { ClaimGraph } from '../model/graph.js';
import type { DatasetFile, GraphEdge, GraphNode, SourceNode, WorkNode } from '../model/schema.js';
import { graphDataDir, jsonSchemaPath } from '../paths.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { writeFilesAtomic } from '../io/write-files-atomic.js';
import { createFolderAtomicSync, isFreeForFolder } from '../io/write-folder-atomic.js';
import { withLockSync } from '../io/lock.js';
import { OperationError } from '../io/failure.js';
import { briefName } from '../corpus/brief-name.js';
import { briefDocumentName } from './brief-name.js';
import { draftDataset, type Draft } from './draft-dataset.js';
import { linkWorks, type WorkReport } from './link-works.js';
import { mergeDraft, type MergeReport } from './merge-draft.js';
import { readReferenceFile } from './reference-files.js';

/** The file a merge adds new items to (in the brief's folder, or at the top level for a brief kept there). */
export const IMPORTED_FILE = 'imported.json';
/** What a new corpus's top level says of it. */
export const CORPUS_FILE = 'corpus.json';

export interface ImportResult {
  /** The brief file, as shown. */
  brief: string;
  /** The brief's id in the corpus, and the folder it is kept in (relative to the corpus). */
  briefId: string;
  folder: string;
  out: string;
  /** "created": a new corpus; "added": a new brief in an existing corpus; "merged": new items of a brief it held; "unchanged": nothing new. */
  outcome: 'created' | 'added' | 'merged' | 'unchanged';
  /** Files written, relative to `out`. */
  written: string[];
  /** What the brief holds. */
  found: { question: string; claims: number; sources: number; citations: number; references: number; figures: number };
  /** Sentences without a citation: not made claims. */
  uncited: { line: number; text: string }[];
  /** The works its sources point to: matched in the corpus, made new (and those that may be a work the corpus holds). */
  works: WorkReport;
  /** For a brief the corpus held: added, left as curated, gone from the brief. */
  merge?: MergeReport;
  /** Per reference file: the citation numbers its entries filled, and the keys it could not link (or the brief never cites). */
  referenceFiles?: { file: string; linked: number[]; unlinked: string[]; uncited: string[] }[];
}

export interface ImportOptions {
  /** Reference files (.bib, .ris, CSL-JSON .json) whose entries fill the sources they are linked to by number or key. */
  references?: readonly string[];
  /** The brief's name in the corpus (its id is `brief:<name>`); default: the file's name without its extension. */
  name?: string;
}

export function importBrief(briefPath: string, corpusDir: string, options: ImportOptions = {}): ImportResult {
  if (typeof briefPath !== 'string' || briefPath === '') throw new TypeError('claimgraph/import: importBrief expects the path of a brief');
  if (typeof corpusDir !== 'string' || corpusDir === '') throw new TypeError('claimgraph/import: importBrief expects a corpus folder');
  const shownBrief = displayPath(briefPath);
  if (!existsSync(briefPath) || !statSync(briefPath).isFile()) throw new DatasetError(shownBrief, [{ file: shownBrief, message: 'no such file' }], 'import');
  const name = briefName(options.name ?? basename(briefPath, extname(briefPath)));
  if (name === '') throw new RangeError(`claimgraph/import: "${options.name ?? basename(briefPath)}" gives no brief name (letters, digits, . _ ~ -); give one with --brief <name>`);
  const briefId = `brief:${name}`;
  const bytes = readFileSync(briefPath);
  const decoded = decodeBriefText(bytes);
  if (!decoded.ok) throw new DatasetError(shownBrief, [{ file: shownBrief, line: decoded.line, column: decoded.column, message: decoded.message }], 'import');
  const parsed = parseBrief(decoded.text);
  if (parsed.problems.length > 0) throw new DatasetError(shownBrief, parsed.problems.map((p) => ({ file: shownBrief, ...p })), 'import');
  const files = (options.references ?? []).map(readReferenceFile);
  const entries = files.flatMap((f) => f.entries);
  const cites = new Set(parsed.sentences.flatMap((s) => s.citations));

  const parent = dirname(resolve(corpusDir));
  if (!existsSync(parent)) throw new DatasetError(displayPath(corpusDir), [{ file: displayPath(parent), message: 'no such folder to create the corpus in' }], 'import');
  // One writer at a time: a second import into the same corpus fails (exit 1) instead of losing the first one's work.
  return withLockSync(
    corpusDir,
    () => {
      const context: Context = { briefPath, shownBrief, briefText: bytes, corpusDir, briefId, name, parsed, entries };
      const result = isFreeForFolder(corpusDir) ? createCorpus(context) : intoCorpus(context);
      return {
        ...result,
        brief: shownBrief,
        briefId,
        out: displayPath(corpusDir),
        ...(files.length > 0
          ? {
              referenceFiles: files.map((f) => ({
                file: f.file,
                linked: f.entries.filter((e) => cites.has(e.number)).map((e) => e.number).sort((a, b) => a - b),
                unlinked: f.unlinked,
                uncited: f.entries.filter((e) => !cites.has(e.number)).map((e) => `${e.key} [${e.number}]`),
              })),
            }
          : {}),
      };
    },
    displayPath(corpusDir),
  );
}

interface Context {
  briefPath: string;
  shownBrief: string;
  briefText: Buffer;
  corpusDir: string;
  briefId: string;
  name: string;
  parsed: ReturnType<typeof parseBrief>;
  entries: ReturnType<typeof readReferenceFile>['entries'];
}

type Partial_ = Omit<ImportResult, 'brief' | 'briefId' | 'out' | 'referenceFiles'>;

function found(draft: Draft, parsed: Context['parsed']): ImportResult['found'] {
  return {
    question: parsed.question,
    claims: draft.nodes.filter((n) => n.kind === 'claim').length,
    sources: draft.nodes.filter((n) => n.kind === 'source').length,
    citations: draft.edges.filter((e) => e.kind === 'supports').length,
    references: parsed.references.length,
    figures: draft.nodes.filter((n) => n.kind === 'figure').length,
  };
}

const folderOf = (name: string) => `${BRIEFS_FOLDER}/${name}`;
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** A draft's sources made candidates where linkWorks found their works. */
function identify(nodes: GraphNode[], identified: ReturnType<typeof linkWorks>['identified']): GraphNode[] {
  return nodes.map((node) => (node.kind === 'source' && identified.has(node.id) ? ({ ...node, ...identified.get(node.id)! } as SourceNode) : node));
}

/** A new corpus: corpus.json at the top, the brief in its folder, the works it cites in works.json. */
function createCorpus(c: Context): Partial_ {
  const folder = folderOf(c.name);
  const documentPath = `${folder}/${briefDocumentName(basename(c.briefPath))}`;
  const draft = draftDataset(c.parsed, c.briefPath, { briefId: c.briefId, namespace: c.name, documentPath }, c.entries);
  const links = linkWorks(draft.references, new WorkIndex(), draft.nodes.map((n) => n.id), c.briefId, c.briefPath);
  const schema = schemaReference(c.corpusDir);
  const $schema = (depth: number) => (schema ? { $schema: `${'../'.repeat(depth)}${schema}` } : {});
  const texts: { path: string; text: string; scope?: string }[] = [
    { path: CORPUS_FILE, text: json({ ...$schema(0), dataset: { title: basename(resolve(c.corpusDir)), description: 'A corpus of briefs imported by `claimgraph import`: each brief in its folder under briefs/, the works they cite in works.json.' } }) },
    { path: `${folder}/graph.json`, scope: c.briefId, text: json(briefFile($schema(2), draft, identify(draft.nodes, links.identified), [...draft.edges, ...links.edges])) },
  ];
  if (links.works.length > 0) texts.push({ path: WORKS_FILE, text: json({ ...$schema(0), nodes: links.works }) });
  createFolderAtomicSync(c.corpusDir, (temp) => {
    mkdirSync(join(temp, folder), { recursive: true });
    for (const t of texts) writeFileAtomic(join(temp, t.path), t.text);
    writeFileAtomic(join(temp, documentPath), c.briefText);
    validateDataset(temp, texts.map((t) => ({ path: join(displayPath(c.corpusDir), t.path), text: t.text, ...(t.scope ? { scope: t.scope } : {}) })));
  });
  return { folder, outcome: 'created', written: [...texts.map((t) => t.path), documentPath], found: found(draft, c.parsed), uncited: uncited(draft), works: links.report };
}

function briefFile(schema: { $schema?: string }, draft: Draft, nodes: GraphNode[], edges: GraphEdge[]): DatasetFile {
  return { ...schema, documents: [draft.document], nodes, edges };
}

const uncited = (draft: Draft) => draft.uncited.map((s) => ({ line: s.line, text: s.text }));

/** Into an existing corpus: a new brief, or the new items of one it holds. */
function intoCorpus(c: Context): Partial_ {
  if (!statSync(c.corpusDir).isDirectory()) throw new OperationError(`claimgraph/import: ${displayPath(c.corpusDir)} is not a folder`);
  const texts = readDataset(c.corpusDir, { brief: c.briefId });
  refuseUnreadable(c.corpusDir, texts);
  refuseLegacy(texts);
  // What the corpus holds, read as it stands: the result, this part and the new brief together, is validated once
  // before anything is written (and refused, naming every problem, if the corpus was not valid to begin with).
  const graph = uncheckedGraph(texts, basename(resolve(c.corpusDir)));
  const index = new WorkIndex();
  graph.forEachNode((id, node) => {
    if (node.kind === 'work') index.add(id, node);
  });
  if (graph.hasNode(c.briefId)) return mergeInto(c, texts, graph, index);
  return addBrief(c, texts, graph, index);
}

/**
 * A file of the corpus that is not a JSON object cannot be added to: refused as the loader refuses it (its file, line
 * and column), before anything here reads it as an object.
 */
function refuseUnreadable(dir: string, texts: readonly DatasetText[]): void {
  const unreadable = texts.some((t) => {
    try {
      const value: unknown = JSON.parse(t.text.replace(/^\uFEFF/, ''));
      return typeof value !== 'object' || value === null || Array.isArray(value);
    } catch {
      return true;
    }
  });
  if (!unreadable) return;
  validateDataset(dir, texts); // throws a DatasetError naming each file, line and column
  throw new OperationError(`claimgraph/import: a file of ${displayPath(dir)} is not a JSON object; nothing written`);
}

/** A dataset of claimgraph 0.1 cannot take a second brief: say how to make it a corpus. */
function refuseLegacy(texts: readonly DatasetText[]): void {
  const problems = texts.flatMap((t) => {
    const nodes = (JSON.parse(t.text.replace(/^\uFEFF/, '')) as { nodes?: unknown[] }).nodes ?? [];
    const legacy = nodes.filter(isLegacyNode).length;
    return legacy > 0 ? [{ file: t.path, line: 1, column: 1, message: legacyMessage(legacy) }] : [];
  });
  if (problems.length > 0) throw new DatasetError(displayPath(problems[0]!.file), problems, 'import');
}

/** A new brief in its folder; the works it makes appended to works.json. */
function addBrief(c: Context, texts: DatasetText[], graph: ClaimGraph, index: WorkIndex): Partial_ {
  const folder = folderOf(c.name);
  const folderPath = join(c.corpusDir, folder);
  if (existsSync(folderPath)) throw new OperationError(`claimgraph/import: ${displayPath(folderPath)} exists but holds no ${c.briefId}; move it aside or name the brief with --brief`);
  const documentPath = `${folder}/${briefDocumentName(basename(c.briefPath))}`;
  const draft = draftDataset(c.parsed, c.briefPath, { briefId: c.briefId, namespace: c.name, documentPath, taken: graph.nodes() }, c.entries);
  const links = linkWorks(draft.references, index, [...graph.nodes(), ...draft.nodes.map((n) => n.id)], c.briefId, c.briefPath);
  const schema = schemaOf(texts);
  const briefText = json(briefFile(schema ? { $schema: `../../${schema}` } : {}, draft, identify(draft.nodes, links.identified), [...draft.edges, ...links.edges]));
  const works = worksText(c.corpusDir, texts, links.works, schema);
  const shownFolderFile = join(displayPath(c.corpusDir), folder, 'graph.json');
  const next: DatasetText[] = [...texts.filter((t) => t !== works?.previous), ...(works ? [works.text] : []), { path: shownFolderFile, text: briefText, scope: c.briefId }];
  validateDataset(c.corpusDir, next, new Map([[documentPath, c.briefText.toString('utf8')]]));
  // Works first: a brief whose works failed to land would point at nothing; works nobody cites yet harm nothing.
  const restore = works?.previous?.text;
  if (works) writeFileAtomic(join(c.corpusDir, WORKS_FILE), works.text.text);
  try {
    mkdirSync(join(c.corpusDir, BRIEFS_FOLDER), { recursive: true });
    createFolderAtomicSync(folderPath, (temp) => {
      writeFileAtomic(join(temp, 'graph.json'), briefText);
      writeFileAtomic(join(temp, basename(documentPath)), c.briefText);
    });
  } catch (error) {
    if (works) {
      if (restore !== undefined) writeFileAtomic(join(c.corpusDir, WORKS_FILE), restore);
      else rmSync(join(c.corpusDir, WORKS_FILE), { force: true }); // it did not exist before this import
    }
    throw error;
  }
  return {
    folder,
    outcome: 'added',
    written: [...(works ? [WORKS_FILE] : []), `${folder}/graph.json`, documentPath],
    found: found(draft, c.parsed),
    uncited: uncited(draft),
    works: links.report,
  };
}

/** works.json with these works added after those it holds (none changed), or undefined when there are none to add. */
function worksText(dir: string, texts: readonly DatasetText[], works: readonly WorkNode[], schema: string | undefined): { text: DatasetText; previous?: DatasetText } | undefined {
  if (works.length === 0) return undefined;
  const shown = join(displayPath(dir), WORKS_FILE);
  const previous = texts.find((t) => resolve(t.path) === resolve(shown));
  const file: DatasetFile = previous ? (JSON.parse(previous.text.replace(/^\uFEFF/, '')) as DatasetFile) : schema ? { $schema: schema } : {};
  const text = json({ ...file, nodes: [...(file.nodes ?? []), ...works] });
  return { text: { path: shown, text }, ...(previous ? { previous } : {}) };
}

/** The new items of a brief the corpus holds, added to imported.json beside its files; nothing curated is rewritten. */
function mergeInto(c: Context, texts: DatasetText[], graph: ClaimGraph, index: WorkIndex): Partial_ {
  const brief = graph.getNodeAttributes(c.briefId) as Extract<GraphNode, { kind: 'brief' }>;
  const own = (node: GraphNode) => node.id === c.briefId || ('brief' in node && node.brief === c.briefId);
  const foldered = texts.some((t) => t.scope === c.briefId);
  const folder = foldered ? folderOf(c.name) : '.';
  const documentPath = brief.document ?? `${foldered ? `${folder}/` : ''}${briefDocumentName(basename(c.briefPath))}`;
  const draft = draftDataset(c.parsed, c.briefPath, { briefId: c.briefId, ...(foldered ? { namespace: c.name } : {}), documentPath, taken: graph.nodes() }, c.entries);
  const existing = {
    nodes: graph.filterNodes((_id, node) => own(node)).map((id) => graph.getNodeAttributes(id)),
    edges: graph.filterEdges((_key, _edge, from, to) => own(graph.getNodeAttributes(from)) || own(graph.getNodeAttributes(to))).map((key) => graph.getEdgeAttributes(key)),
  };
  const merged = mergeDraft(existing, { nodes: draft.nodes, edges: draft.edges }, foldered ? c.name : undefined);
  // Only sources new to the corpus are matched to works: a source it held keeps the identification a curator gave it.
  const added = new Map(merged.nodes.filter((n) => n.kind === 'source').map((n) => [merged.draftIdOf.get(n.id)!, n.id]));
  const references = draft.references.filter((r) => added.has(r.source)).map((r) => ({ ...r, source: added.get(r.source)! }));
  const links = linkWorks(references, index, [...graph.nodes(), ...merged.nodes.map((n) => n.id)], c.briefId, c.briefPath);
  const nodes = identify(merged.nodes, links.identified);
  const edges = [...merged.edges, ...links.edges].map((edge) => quotedInBrief(c.corpusDir, brief.document, edge, c.shownBrief));
  if (nodes.length === 0 && edges.length === 0) return { folder, outcome: 'unchanged', written: [], found: found(draft, c.parsed), uncited: uncited(draft), works: links.report, merge: merged.report };

  const targetRel = foldered ? `${folder}/${IMPORTED_FILE}` : IMPORTED_FILE;
  const target = join(c.corpusDir, targetRel);
  const shownTarget = displayPath(target);
  const previous = texts.find((t) => resolve(t.path) === resolve(shownTarget));
  const schema = schemaOf(texts);
  const file: DatasetFile = previous ? (JSON.parse(previous.text) as DatasetFile) : schema ? { $schema: foldered ? `../../${schema}` : schema } : {};
  const text = json({ ...file, nodes: [...(file.nodes ?? []), ...nodes], edges: [...(file.edges ?? []), ...edges] });
  const works = worksText(c.corpusDir, texts, links.works, schema);
  const next: DatasetText[] = [...texts.filter((t) => t !== previous && t !== works?.previous), ...(works ? [works.text] : []), { path: shownTarget, text, ...(foldered ? { scope: c.briefId } : {}) }];
  validateDataset(c.corpusDir, next);
  // Both files as one change: new works and the brief's new items land together or not at all.
  writeFilesAtomic([...(works ? [{ path: join(c.corpusDir, WORKS_FILE), text: works.text.text }] : []), { path: target, text }]);
  return {
    folder,
    outcome: 'merged',
    written: [...(works ? [WORKS_FILE] : []), targetRel],
    found: found(draft, c.parsed),
    uncited: uncited(draft),
    works: links.report,
    merge: merged.report,
  };
}

/**
 * A quoted edge of the imported brief stays quoted only if the brief's own document in the corpus has its sentence;
 * otherwise (a new sentence of an edited brief) the corpus's documents do not state it, so it becomes inferred and says why.
 */
function quotedInBrief(dir: string, document: string | undefined, edge: GraphEdge, briefShown: string): GraphEdge {
  if (edge.basis !== 'quoted' || edge.quote === undefined || document === undefined) return edge;
  const path = join(dir, document);
  const text = existsSync(path) ? normaliseSpace(readFileSync(path, 'utf8')) : '';
  if (text.includes(normaliseSpace(edge.quote))) return edge;
  return {
    ...edge,
    basis: 'inferred',
    note: `Imported from ${briefShown}, whose sentence is not in the brief's document in the corpus (${document}): quoted there, inferred here until that text is the brief's document.`,
  };
}

/** The JSON Schema the corpus's top-level files point at, relative to the top level. */
function schemaOf(texts: readonly DatasetText[]): string | undefined {
  for (const t of texts) {
    if (t.scope !== undefined) continue;
    const schema = (JSON.parse(t.text.replace(/^\uFEFF/, '')) as DatasetFile).$schema;
    if (schema) return schema;
  }
  return undefined;
}

/** `$schema` for a corpus created under this package's graph-data/ (a relative path); none elsewhere. */
function schemaReference(outDir: string): string | undefined {
  const rel = relative(graphDataDir, resolve(outDir));
  if (rel.startsWith('..') || rel === '' || resolve(outDir).split(sep).length < 2) return undefined;
  return relative(resolve(outDir), jsonSchemaPath).split(sep).join('/');
}
