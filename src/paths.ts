// Where the package's own files are: the bundled datasets, the built viewer, the JSON Schema.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root, found from this module's place in `src/` or in `dist/src/`. */
const here = fileURLToPath(new URL('.', import.meta.url));
export const packageRoot = here.includes('/dist/src') || here.includes('\\dist\\src') ? join(here, '..', '..') : join(here, '..');

export const graphDataDir = join(packageRoot, 'graph-data');
export const defaultDatasetDir = join(graphDataDir, 'csam-possession-prosecution');
export const jsonSchemaPath = join(graphDataDir, 'schema.json');
export const viewerBuildDir = join(packageRoot, 'dist', 'viewer');
