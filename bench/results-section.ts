// Puts one part's section into bench/results.md between its markers (replacing the one there), so a part measured
// alone (`--only store`, `--only corpus`) leaves the rest of the results as they were.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../src/io/write-atomic.js';

export function writeSection(path: string, name: string, section: string): void {
  const start = `<!-- ${name}: written by bench/${name}.ts -->`;
  const end = `<!-- /${name} -->`;
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const block = `${start}\n${section}${end}\n`;
  const at = before.indexOf(start);
  const stop = before.indexOf(end);
  const text = at >= 0 && stop > at ? before.slice(0, at) + block + before.slice(stop + end.length + 1) : `${before.trimEnd()}\n\n${block}`;
  writeFileAtomic(path, text);
}
