// Reads a dataset folder from disk and returns its validated graph (or throws DatasetError with every problem).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { ClaimGraph } from '../model/graph.js';
import { buildGraph, type DatasetText } from './build-graph.js';
import { DatasetError } from './problems.js';

/** The JSON files of a dataset folder, sorted by name. */
export function datasetFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Loads every `*.json` file of `dir` as one dataset. Paths in messages are relative to the working directory. */
export function loadGraph(dir: string): ClaimGraph {
  if (typeof dir !== 'string' || dir === '') throw new TypeError('claimgraph/load: loadGraph expects a folder path');
  return validateDataset(dir, readDataset(dir));
}

/** The texts of a dataset folder's `*.json` files, named as messages show them (throws DatasetError if there are none). */
export function readDataset(dir: string): DatasetText[] {
  const shown = displayPath(dir);
  if (!existsSync(dir)) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'no such folder' }]);
  if (!statSync(dir).isDirectory()) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'not a folder: a dataset is a folder of .json files' }]);
  const paths = datasetFiles(dir);
  if (paths.length === 0) throw new DatasetError(shown, [{ file: shown, pointer: '', message: 'no .json files in this folder' }]);
  return paths.map((path) => ({ path: displayPath(path), text: readFileSync(path, 'utf8') }));
}

/** Builds and checks the graph of `files` as the dataset in `dir` (its documents must exist there). */
export function validateDataset(dir: string, files: readonly DatasetText[]): ClaimGraph {
  const shown = displayPath(dir);
  const readDocument = (path: string) => {
    const file = join(dir, path);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
  const graph = buildGraph(files, { source: shown, defaultTitle: basename(dir), readDocument });
  const missing = (graph.getAttribute('documents') ?? []).filter((doc) => !existsSync(join(dir, doc.path)));
  if (missing.length > 0) {
    const owner = files.find((f) => f.text.includes('"dataset"'))?.path ?? shown;
    throw new DatasetError(
      shown,
      missing.map((doc) => ({ file: owner, pointer: '/dataset/documents', message: `document "${doc.path}" does not exist in ${shown}` })),
    );
  }
  return graph;
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
}
