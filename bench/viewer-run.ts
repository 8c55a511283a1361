// `npm run bench:viewer`: only the viewer's interaction figures (figure 6) at the 20k and 200k datasets, written into
// bench/results.md in place of the section the full benchmark writes there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/io/write-atomic.js';
import { loadGraph } from '../src/load/load-graph.js';
import { packageRoot } from '../src/paths.js';
import { launchChromium } from './chromium.js';
import { datasetDir, sizeNamed, VIEWER_SIZES } from './datasets.js';
import { measureViewerInteractions, renderInteractions, type InteractionFigure } from './viewer-interactions.js';

const START = '<!-- viewer-interactions:start -->';
const END = '<!-- viewer-interactions:end -->';

/** Puts the section between its markers (or at the end) of the results file's text. */
export function spliceSection(text: string, section: string[]): string {
  const block = [START, ...section, END].join('\n');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a >= 0 && b > a) return text.slice(0, a) + block + text.slice(b + END.length);
  return `${text.trimEnd()}\n\n${block}\n`;
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  const { values } = parseArgs({ options: { sizes: { type: 'string' }, out: { type: 'string' } } });
  const sizes = values.sizes ? values.sizes.split(',').filter(Boolean) : VIEWER_SIZES.map((s) => s.name);
  const out = values.out ?? join(packageRoot, 'bench', 'results.md');
  const browser = await launchChromium();
  const rows: { size: string; figure: InteractionFigure }[] = [];
  try {
    for (const name of sizes) {
      const graph = loadGraph(await datasetDir(sizeNamed(name)));
      const figure = await measureViewerInteractions(browser, graph);
      rows.push({ size: name, figure });
      console.log(`viewer ${name}: ${JSON.stringify(figure)}`);
    }
  } finally {
    await browser.close();
  }
  const text = existsSync(out) ? readFileSync(out, 'utf8') : '# claimgraph benchmark results\n';
  writeFileAtomic(out, spliceSection(text, [`Measured by \`npm run bench:viewer\` on ${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}.`, '', ...renderInteractions(rows)]));
  console.log(`wrote ${out}`);
}
