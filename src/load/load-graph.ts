// Reads a dataset folder from disk and returns its validated graph (or throws DatasetError with every problem).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { decodeUtf8 } from '../io/decode-text.js';
import { describeSystemError, isSystemError } from '../io/failure.js';
import type { ClaimGraph } from '../model/graph.js';
import { buildGraph, type DatasetText } from './build-graph.js';
import { BRIEFS_FOLDER, briefOfFolder } from './corpus-rules.js';
import { DatasetError, type Problem } from './problems.js';

/**
 * The JSON files of a dataset folder: those at its top level, sorted by name, then those of each brief kept in a folder
 * of its own (`briefs/<name>/*.json`), by folder and name.
 */
export function datasetFiles(dir: string, only?: { brief: string }): string[] {
  const json = (folder: string) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(folder, name));
  const briefs = join(dir, BRIEFS_FOLDER);
  const nested = existsSync(briefs) && statSync(briefs).isDirectory()
    ? readdirSync(briefs, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && (only === undefined || `brief:${entry.name}` === only.brief))
        .map((entry) => entry.name)
        .sort()
        .flatMap((name) => json(join(briefs, name)))
    : [];
  return [...json(dir), ...nested];
}

/** Loads every `*.json` file of `dir` as one dataset. Paths in messages are relative to the working directory. */
export function loadGraph(dir: string): ClaimGraph {
  if (typeof dir !== 'string' || dir === '') throw new TypeError('claimgraph/load: loadGraph expects a folder path');
  return validateDataset(dir, readDataset(dir));
}

/**
 * The texts of a dataset folder's `*.json` files, named as messages show them (throws DatasetError if there are none, or
 * any cannot be read as UTF-8 text). With `only`, the files at the top level and those of that one brief's folder:
 * what an import of that brief reads of a corpus (the loader's layout rules make that part a dataset of its own).
 */
export function readDataset(dir: string, only?: { brief: string }): DatasetText[] {
  const shown = displayPath(dir);
  const cannot = (error: unknown, file = shown): DatasetError => {
    if (!isSystemError(error)) throw error;
    return new DatasetError(shown, [{ file, pointer: '', message: describeSystemError(error).replace(/^(cannot \S+(?: folder)?) \S.*?: /, '$1: ') }]);
  };
  if (!existsSync(dir)) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'no such folder' }]);
  if (!statSync(dir).isDirectory()) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'not a folder: a dataset is a folder of .json files' }]);
  let paths: string[];
  try {
    paths = datasetFiles(dir, only);
  } catch (error) {
    throw cannot(error);
  }
  if (paths.length === 0) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'no .json files in this folder' }]);
  const problems: Problem[] = [];
  const texts: DatasetText[] = [];
  for (const path of paths) {
    const file = displayPath(path);
    let bytes: Buffer;
    try {
      if (statSync(path).isDirectory()) {
        problems.push({ file, pointer: '', message: 'is a folder, not a dataset file (a dataset is the *.json files of its folder)' });
        continue;
      }
      bytes = readFileSync(path);
    } catch (error) {
      problems.push(cannot(error, file).problems[0]!);
      continue;
    }
    const decoded = decodeUtf8(bytes);
    const scope = briefOfFolder(relative(dir, path));
    if (!decoded.ok) problems.push({ file, line: decoded.line, column: decoded.column, pointer: '', message: decoded.message });
    else texts.push({ path: file, text: decoded.text, ...(scope === undefined ? {} : { scope }) });
  }
  if (problems.length > 0) throw new DatasetError(shown, problems);
  return texts;
}

/**
 * Builds and checks the graph of `files` as the dataset in `dir` (its documents must exist there, or be given in
 * `pending`: documents about to be written with the files, by path).
 */
export function validateDataset(dir: string, files: readonly DatasetText[], pending: ReadonlyMap<string, string> = new Map()): ClaimGraph {
  const shown = displayPath(dir);
  const graph = buildGraph(files, { source: shown, defaultTitle: basename(dir), documentText: (path) => pending.get(path) ?? readDatasetDocument(dir, path) });
  const owner = files.find((f) => f.text.includes('"dataset"'))?.path ?? shown;
  const documents = graph.getAttribute('documents') ?? [];
  const outside = documents.filter((doc) => leavesFolder(doc.path));
  if (outside.length > 0) {
    throw new DatasetError(
      shown,
      outside.map((doc) => ({ file: owner, pointer: '/dataset/documents', message: `document "${doc.path}" is outside the dataset folder: a document path is relative and stays inside it` })),
    );
  }
  const missing = documents.filter((doc) => !pending.has(doc.path) && !existsSync(join(dir, doc.path)));
  if (missing.length > 0) {
    throw new DatasetError(
      shown,
      missing.map((doc) => ({ file: owner, pointer: '/dataset/documents', message: `document "${doc.path}" does not exist in ${shown}` })),
    );
  }
  return graph;
}

/**
 * A document of the dataset folder as text, or undefined when it is missing (reported separately) or outside the folder.
 * Decoded strictly, as the dataset files are: a byte that is not UTF-8 is refused where it is, not replaced (a quote
 * checked against a mangled brief would fail with a misleading message).
 */
export function readDatasetDocument(dir: string, path: string): string | undefined {
  const full = resolve(dir, path);
  const rel = relative(resolve(dir), full);
  if (rel.startsWith('..') || isAbsolute(rel) || !existsSync(full) || !statSync(full).isFile()) return undefined;
  const decoded = decodeUtf8(readFileSync(full));
  if (!decoded.ok) throw new DatasetError(displayPath(dir), [{ file: displayPath(full), line: decoded.line, column: decoded.column, pointer: '', message: decoded.message }]);
  return decoded.text;
}

/** True when a document path is absolute or climbs out of the dataset folder (`../x`, `a/../../x`). */
function leavesFolder(path: string): boolean {
  if (isAbsolute(path) || /^[a-zA-Z]:|^[\\/]/.test(path)) return true;
  const normal = normalize(path.replace(/\\/g, '/'));
  return normal === '..' || normal.startsWith(`..${sep}`) || normal.startsWith('../');
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}
