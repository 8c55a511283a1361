// Where the package's own files are: the bundled datasets, the built viewer, the JSON Schema.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest folder above this module whose package.json is claimgraph's. Works from `src/` (tests),
 * `dist/src/` (compiled) and `dist/cli/` (the command's bundle) alike.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'claimgraph') return dir;
    if (dirname(dir) === dir) throw new Error(`claimgraph/paths: no claimgraph package.json above ${start}`);
  }
}

export const packageRoot = findPackageRoot(fileURLToPath(new URL('.', import.meta.url)));

export const graphDataDir = join(packageRoot, 'graph-data');
export const defaultDatasetDir = join(graphDataDir, 'csam-possession-prosecution');
export const jsonSchemaPath = join(graphDataDir, 'schema.json');
export const viewerBuildDir = join(packageRoot, 'dist', 'viewer');
