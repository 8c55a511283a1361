// `claimgraph schema`: print (or write) the JSON Schema of a dataset file, generated from the zod schemas.
import { datasetJsonSchemaText } from '../../model/json-schema.js';
import { writeFileAtomic } from '../../io/write-atomic.js';
import type { CommandSpec } from '../command.js';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  args: '',
  arity: 0,
  summary: 'print the JSON Schema of dataset files (or write it with --out)',
  options: { out: { type: 'string', value: '<file>', description: 'write the schema to this file (atomically) instead of printing it' } },
  run(context) {
    const text = datasetJsonSchemaText();
    if (typeof context.options.out === 'string') writeFileAtomic(context.options.out, text);
    else context.print(text);
  },
};
