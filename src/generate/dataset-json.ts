// A dataset file as compact JSON in pieces: byte for byte `JSON.stringify(file) + "\n"`, without ever being one string.
import type { DatasetFile } from '../model/schema.js';
import { inBlocks } from '../export/chunks.js';

function* pieces(file: DatasetFile): Generator<string> {
  let first = true;
  yield '{';
  for (const [key, value] of Object.entries(file)) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value)) {
      yield '[';
      for (let i = 0; i < value.length; i++) yield (i === 0 ? '' : ',') + (JSON.stringify(value[i]) ?? 'null');
      yield ']';
    } else yield JSON.stringify(value);
  }
  yield '}\n';
}

export function datasetJsonChunks(file: DatasetFile): Iterable<string> {
  return inBlocks(pieces(file));
}
