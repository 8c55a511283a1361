// The JSON Schema of a dataset file, generated from the zod schemas (graph-data/schema.json is its committed copy).
import { z } from 'zod';
import { DatasetFileSchema } from './schema.js';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DatasetFileSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://claimgraph.dev/schema/dataset.json',
  };
}

/** The schema as written to disk: two-space JSON with a final newline. */
export function datasetJsonSchemaText(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + '\n';
}
