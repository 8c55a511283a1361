// Bad input meets the built command: one clear, located line and the right exit code (1 bad data, 2 bad usage), never a
// stack trace; text that would be mangled or dangerous downstream (terminals, spreadsheets, pandoc) made safe.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonFormat } from '../src/export/formats/json.js';
import { writeSyntheticDataset } from '../src/generate/write-synthetic.js';
import { loadGraph } from '../src/load/load-graph.js';
import { claim, edge, question, source, withBrief, work } from './helpers/make-graph.js';
import { BIN, runBin } from './helpers/run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'claimgraph-input-'));
/** A dataset folder with the given files (text, bytes or JSON values). */
function dataset(files: Record<string, unknown>): string {
  const dir = temp();
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(withBrief(content as { nodes?: unknown[] }), null, 2) + '\n');
  }
  return dir;
}
const valid = { nodes: [question('q'), claim('a', { role: 'answer' }), source(1)], edges: [edge('answers', 'claim:a', 'question:q'), edge('supports', 'source:1', 'claim:a')] };
/** stderr as lines. */
const lines = (text: string) => text.split('\n').filter(Boolean);
/** No JavaScript stack trace anywhere. */
const noTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('stack traces and exit codes', () => {
  it('a file whose whole content is null: one located line, exit 1, and --json still answers', () => {
    const dir = dataset({ 'g.json': 'null\n' });
    const result = runBin(['validate', '--data', dir]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`${join(dir, 'g.json')}:1:1  /  a dataset file holds one JSON object ({ "nodes": [...], "edges": [...] }), not null`]);
    const json = runBin(['validate', '--data', dir, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, problems: [{ line: 1, column: 1 }] });
  });

  it('100,000 nested arrays: located, exit 1', () => {
    const deep = `{"nodes": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = runBin(['validate', '--data', dataset({ 'g.json': deep })]);
    expect(result.code).toBe(1);
    noTrace(result.stderr);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/g\.json:1:\d+  \/  arrays and objects nested more than 1000 deep$/)]);
    const column = Number(/g\.json:1:(\d+)/.exec(result.stderr)![1]);
    expect(column).toBe('{"nodes": '.length + 1000); // the bracket that opens level 1001 (the object is level 1)
  });

  it('a subfolder named x.json: one line, exit 1', () => {
    const dir = dataset({ 'g.json': valid });
    mkdirSync(join(dir, 'x.json'));
    const result = runBin(['validate', '--data', dir]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([`${join(dir, 'x.json')}  /  is a folder, not a dataset file (a dataset is the *.json files of its folder)`]);
  });

  describe('permissions (as an unprivileged user: root reads everything)', () => {
    // As root, run the command as `nobody`, so the kernel really refuses; as any other user, run it as ourselves.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const open = (dir: string) => chmodSync(dir, 0o755);

    it('an unreadable file and an unreadable folder: one line each, exit 1', () => {
      const dir = dataset({ 'a.json': valid, 'b.json': { nodes: [] } });
      open(dir);
      chmodSync(join(dir, 'a.json'), 0o644);
      chmodSync(join(dir, 'b.json'), 0o000);
      const file = runBin(['validate', '--data', dir], asUser);
      expect(file.code).toBe(1);
      expect(lines(file.stderr)).toEqual([`${join(dir, 'b.json')}  /  cannot open: permission denied`]);
      chmodSync(dir, 0o300);
      const folder = runBin(['validate', '--data', dir], asUser);
      expect(folder.code).toBe(1);
      expect(lines(folder.stderr)).toEqual([`${dir}  /  cannot read folder: permission denied`]);
    });

    it('generate, import and schema --out into a read-only folder: one line each, exit 1, nothing written', () => {
      const dir = temp();
      const brief = join(dir, 'b.txt');
      writeFileSync(brief, 'Why?\nSummary\nA claim [1].\n');
      chmodSync(brief, 0o644);
      const locked = join(dir, 'ro');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      open(dir);
      for (const args of [
        ['generate', '--claims', '5', '--out', join(locked, 'g')],
        ['import', brief, '--out', join(locked, 'i')],
        ['schema', '--out', join(locked, 'schema.json')],
      ]) {
        const result = runBin(args, asUser);
        expect(result.code, args[0]).toBe(1);
        expect(lines(result.stderr), args[0]).toEqual([`claimgraph ${args[0]}: cannot write in ${locked}: permission denied`]);
      }
      expect(readdirSync(locked)).toEqual([]);
    });
  });

  it('import into a dataset whose graph.json starts with a BOM (validate accepts it; import too)', () => {
    const dir = temp();
    const first = join(dir, 'first.txt');
    writeFileSync(first, 'Why?\nSummary\nThe first claim [1].\n');
    expect(runBin(['import', first, '--out', join(dir, 'data')]).code).toBe(0);
    // The corpus's top level (read by every import) and the brief's own file, each with a byte order mark.
    for (const graph of [join(dir, 'data', 'corpus.json'), join(dir, 'data', 'briefs', 'first', 'graph.json')]) writeFileSync(graph, '\uFEFF' + readFileSync(graph, 'utf8'));
    expect(runBin(['validate', '--data', join(dir, 'data')]).code).toBe(0);
    const second = join(dir, 'second.txt');
    writeFileSync(second, 'Why?\nSummary\nThe first claim [1]. A second claim [2].\n');
    const merged = runBin(['import', second, '--out', join(dir, 'data'), '--brief', 'first']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).toBe('');
    expect(runBin(['validate', '--data', join(dir, 'data')]).code).toBe(0);
  });

  it('piped into head -1 (the reader goes away): exit 0, nothing on stderr', () => {
    const big = join(temp(), 'big');
    expect(runBin(['generate', '--claims', '2000', '--out', big]).code).toBe(0);
    for (const args of [['show', 'source:8'], ['export', '--data', big, '--format', 'json'], ['find', 'claim', '--data', big]]) {
      const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args.map((a) => `'${a}'`).join(' ')} | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect(shell.stdout, args.join(' ')).toBe('exit=0\n');
      expect(shell.stderr, args.join(' ')).toBe('');
    }
  }, 60_000);

  it('a syntax error in one file is reported alone, not buried under the unknown nodes it causes elsewhere', () => {
    const claims = Array.from({ length: 300 }, (_, i) => claim(`c${i}`));
    const dir = dataset({
      'a-nodes.json': `{ "nodes": [ ${JSON.stringify(question('q'))}, ${JSON.stringify(source(1))} `, // never closed
      'b-claims.json': { nodes: claims, edges: claims.map((c) => edge('supports', 'source:1', c.id)) },
    });
    const result = runBin(['validate', '--data', dir]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/a-nodes\.json:\d+:\d+  \/  invalid JSON: /);
  });
});

describe('bad data refused, not mangled', () => {
  it('invalid UTF-8 (Latin-1) is refused at its first bad byte: file, line, column', () => {
    const line2 = '  "nodes": [{"kind": "claim", "id": "claim:a", "label": "Ω café ';
    const bytes = Buffer.concat([Buffer.from(`{\n${line2}caf`), Buffer.from([0xe9]), Buffer.from('", "text": "t", "role": "finding"}]\n}\n')]);
    const result = runBin(['validate', '--data', dataset({ 'g.json': bytes })]);
    expect(result.code).toBe(1);
    // The column counts characters, as an editor does (Ω and é are two bytes each but one column).
    expect(lines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`g\\.json:2:${line2.length + 3 + 1}  /  this is not UTF-8 text: byte 0xE9 `))]);
  });

  it("a dataset document (the brief its quotes are checked against) that is not UTF-8 is refused at its bad byte too", () => {
    const withBrief = {
      dataset: { title: 't', documents: [{ path: 'brief.txt', title: 'The brief', role: 'brief' }] },
      nodes: valid.nodes,
      edges: [edge('answers', 'claim:a', 'question:q'), edge('supports', 'source:1', 'claim:a', { quote: 'said so' })],
    };
    const brief = Buffer.concat([Buffer.from('Title\nThe caf'), Buffer.from([0xe9]), Buffer.from(' said so.\n')]);
    const result = runBin(['validate', '--data', dataset({ 'g.json': withBrief, 'brief.txt': brief })]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/brief\.txt:2:8  \/  this is not UTF-8 text: byte 0xE9 /)]);
    noTrace(result.stderr);
  });

  it('UTF-16 (with or without a byte order mark) is named', () => {
    const text = JSON.stringify(valid);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(text, 'utf16le').swap16();
    for (const [bytes, name] of [[le, 'UTF-16LE'], [Buffer.from(text, 'utf16le'), 'UTF-16LE'], [be, 'UTF-16BE']] as const) {
      const result = runBin(['validate', '--data', dataset({ 'g.json': bytes })]);
      expect(result.code).toBe(1);
      expect(lines(result.stderr)).toEqual([expect.stringContaining(`g.json:1:1  /  this is ${name} text, not UTF-8: save it as UTF-8`)]);
    }
  });

  it('a missing required enum field says "missing required field"', () => {
    const { role: _role, ...noRole } = claim('a');
    const result = runBin(['validate', '--data', dataset({ 'g.json': { nodes: [noRole] } })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/nodes\/0\/role  missing required field "role" \(one of "answer", /);
    expect(result.stderr).not.toContain('undefined');
  });

  it('document paths that leave the dataset folder are refused', () => {
    for (const path of ['../../../etc/passwd', '/etc/passwd', 'a/../../x']) {
      const dir = dataset({ 'g.json': { dataset: { title: 't', documents: [{ path, title: 'p', role: 'brief' }] }, ...valid } });
      const result = runBin(['validate', '--data', dir]);
      expect(result.code, path).toBe(1);
      expect(result.stderr).toContain(`document "${path}" is outside the dataset folder`);
    }
  });

  it('a brief named *.json or graph.json is stored under a name that cannot clash (kept as a .txt document)', () => {
    for (const name of ['graph.json', 'notes.json', 'imported.json']) {
      const dir = temp();
      const brief = join(dir, name);
      writeFileSync(brief, 'Why?\nSummary\nA claim [1].\n');
      const out = join(dir, 'data');
      const result = runBin(['import', brief, '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const stored = name.replace(/\.json$/, '.txt');
      const folder = join(out, 'briefs', name.replace(/\.json$/, ''));
      expect(readdirSync(folder).sort()).toEqual(['graph.json', stored].sort());
      expect(readFileSync(join(folder, stored), 'utf8')).toBe('Why?\nSummary\nA claim [1].\n');
      expect(JSON.parse(readFileSync(join(folder, 'graph.json'), 'utf8')).documents[0].path).toBe(`briefs/${name.replace(/\.json$/, '')}/${stored}`);
      expect(runBin(['validate', '--data', out]).code).toBe(0);
    }
  });

  const pandoc = spawnSync('pandoc', ['--version']).status === 0;
  it.skipIf(!pandoc)('CSL-JSON with lone surrogates and hostile strings is accepted by pandoc --citeproc', () => {
    const hostile = 'Lone \ud800 half, \udc00 other \u0001 ctl "q" \\ <b>&amp;</b> {x} %s 😀';
    const dir = dataset({
      'g.json': JSON.stringify(
        withBrief({
          nodes: [claim('a', { role: 'answer' }), source(1, { description: hostile, identification: 'candidate', evidence: hostile }), work('w', { title: hostile, authors: [{ literal: hostile }, { family: hostile, given: hostile }], description: hostile, publisher: hostile })],
          edges: [edge('supports', 'source:1', 'claim:a'), edge('refers-to', 'source:1', 'work:w')],
        }),
      ),
    });
    const out = join(temp(), 'refs.json');
    expect(runBin(['export', '--data', dir, '--format', 'csl-json', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\\ud[89ab][0-9a-f]{2}/i);
    const md = join(temp(), 'doc.md');
    writeFileSync(md, 'See [@w].\n');
    const rendered = execFileSync('pandoc', ['--citeproc', '--bibliography', out, '-t', 'plain', md], { encoding: 'utf8' });
    expect(rendered).toContain('Lone \uFFFD half');
  });

  it('control characters in labels are shown, not sent to the terminal, by every table and line', () => {
    const red = '\u001b[31mRED\u001b[0m \u009b2J';
    const dir = dataset({
      'g.json': {
        dataset: { title: `Title ${red}` },
        nodes: [question('q', { label: `Q ${red}` }), claim('a', { role: 'answer', label: `A ${red}`, text: `claim ${red}` }), source(1, { label: `S ${red}` })],
        edges: [edge('answers', 'claim:a', 'question:q'), edge('supports', 'source:1', 'claim:a')],
      },
    });
    for (const args of [['validate'], ['stats'], ['find', 'RED'], ['audit'], ['sources', 'claim:a'], ['show', 'claim:a'], ['obstacles', 'claim:a']]) {
      const result = runBin([...args, '--data', dir]);
      expect(result.code, args[0]).toBe(0);
      expect(result.stdout + result.stderr, args[0]).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    expect(runBin(['stats', '--data', dir]).stdout).toContain('Title ␛[31mRED␛[0m \\u009b2J');
    // --json stays JSON with the same values (C1 controls as \u escapes).
    expect(JSON.parse(runBin(['stats', '--data', dir, '--json']).stdout).title).toBe(`Title ${red}`);
    // A broken dataset's title is data too: problems are shown the same way.
    const bad = dataset({ 'g.json': { dataset: { title: 't' }, nodes: [claim('a', { label: red, role: 'nope' })] } });
    const problem = runBin(['validate', '--data', bad]);
    expect(problem.code).toBe(1);
    expect(problem.stderr).not.toMatch(/[\u001b\u009b]/);
  });

  it('CSV cells that a spreadsheet would run as a formula get a leading apostrophe', () => {
    const dir = dataset({
      'g.json': { nodes: [claim('a', { role: 'answer', label: '=HYPERLINK("http://example.invalid","x")', text: '+1', quote: '-2', section: '@SUM(A1)' }), claim('b', { label: "'quoted", text: '-1+1' })] },
    });
    const out = join(temp(), 'csv');
    expect(runBin(['export', '--data', dir, '--format', 'csv', '-o', out]).code).toBe(0);
    const nodes = readFileSync(join(out, 'nodes.csv'), 'utf8');
    for (const cell of [`"'=HYPERLINK(""http://example.invalid"",""x"")"`, `"'+1"`, `"'-2"`, `"'@SUM(A1)"`, `"''quoted"`, `"'-1+1"`]) expect(nodes).toContain(cell);
    expect(nodes).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('a NUL in an edge id is a data problem for graphml and gexf: exit 1', () => {
    const dir = dataset({ 'g.json': JSON.stringify(withBrief({ nodes: [claim('a'), source(1)], edges: [edge('supports', 'source:1', 'claim:a', { id: 'e\u0000x' })] })) });
    for (const format of ['graphml', 'gexf']) {
      const result = runBin(['export', '--data', dir, '--format', format]);
      expect(result.code, format).toBe(1);
      expect(lines(result.stderr), format).toEqual([expect.stringContaining(`claimgraph export: ${format}: edge id "e\\u0000x" holds a character that XML 1.0 cannot carry`)]);
    }
  });
});

describe('generate at a size no single string can hold', () => {
  it('a big dataset is streamed and split into files of at most EDGES_PER_FILE edges, loading to the same graph', async () => {
    const dir = temp();
    await writeSyntheticDataset(join(dir, 'one'), { claims: 300, seed: 4 });
    await writeSyntheticDataset(join(dir, 'split'), { claims: 300, seed: 4 }, { edgesPerFile: 500 });
    expect(readdirSync(join(dir, 'one'))).toEqual(['graph.json']);
    const files = readdirSync(join(dir, 'split')).sort();
    expect(files[0]).toBe('edges-2.json');
    expect(files).toContain('graph.json');
    const one = loadGraph(join(dir, 'one'));
    const split = loadGraph(join(dir, 'split'));
    expect(jsonFormat.write(split)).toBe(jsonFormat.write(one));
    // One file holds exactly what JSON.stringify would write: the streamed bytes are the same.
    const text = readFileSync(join(dir, 'one', 'graph.json'), 'utf8');
    expect(JSON.stringify(JSON.parse(text)) + '\n').toBe(text);
  });

  it.skipIf(!process.env.CLAIMGRAPH_LARGE)('generate --claims 600000 (set CLAIMGRAPH_LARGE=1: about a minute and 2 GB)', () => {
    const out = join(temp(), 'g');
    const result = runBin(['generate', '--claims', '600000', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges-2.json', 'edges-3.json', 'edges-4.json', 'graph.json']);
  }, 600_000);
});
