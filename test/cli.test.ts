// The `claimgraph` command on the bundled dataset: readable tables, --json, exit codes, and the compiled binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../src/export/registry.js';
import { packageRoot } from '../src/paths.js';
import { claim, writeDataset } from './helpers/make-graph.js';
import { runCli } from './helpers/run-cli.js';

const ANSWER = 'claim:no-national-rate';

describe('claimgraph command', () => {
  it('validates the bundled dataset', async () => {
    const result = await runCli('validate');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^ok  .+: \d+ nodes, \d+ edges\n$/);
  });

  it("lists the sources of the answer: 1-4 on the brief's word, the rest through the curator's links", async () => {
    const { code, stdout } = await runCli('sources', ANSWER, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { claim: string; sources: { source: { citation: string }; direct: boolean; basis: string; path: string[]; inferredLinks: string[] }[] };
    expect(result.claim).toBe(ANSWER);
    expect(result.sources.filter((s) => s.basis === 'quoted').map((s) => s.source.citation)).toEqual(['1', '2', '3', '4']);
    expect(result.sources.filter((s) => s.basis === 'inferred')).toHaveLength(8);
    const table = await runCli('sources', ANSWER);
    expect(table.stdout).toContain("4 sources on the brief's word, 8 more through the curator's links");
    expect(table.stdout).toMatch(/\[5\] .* via 2 +curator's \(2 links\) +source:5 → claim:cases-split-across-jurisdictions ⇢ claim:no-single-national-percentage ⇢ claim:no-national-rate/);
    const quoted = await runCli('sources', ANSWER, '--quoted-only');
    expect(quoted.stdout).toContain("4 sources on the brief's word\n");
    expect([...quoted.stdout.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
  });

  it('accepts a unique text where an id is expected, and refuses an ambiguous one with exit 2', async () => {
    const byText = await runCli('show', 'ScienceDirect', '--json');
    expect(byText.code).toBe(0);
    expect(JSON.parse(byText.stdout).node.id).toBe('source:1');
    const ambiguous = await runCli('show', 'prosecution');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^claimgraph show: "prosecution" matches \d+ nodes \(.*\); give an id\n$/);
  });

  it('shows a node with every edge in and out', async () => {
    const { code, stdout } = await runCli('show', 'source:8');
    expect(code).toBe(0);
    expect(stdout).toMatch(/citation +8/);
    expect(stdout).toMatch(/out \(\d+\)\nedge +basis +to/);
    expect(stdout).toContain('supports');
    // Its document is a work of its own: the page the curator's figures were read on too.
    expect(stdout).toMatch(/^refers-to +inferred +work:DOJ-PSC-about /m);
    const work = await runCli('show', 'work:DOJ-PSC-about');
    expect(work.stdout).toMatch(/authors +U\.S\. Department of Justice\n/);
    expect(work.stdout).toMatch(/^refers-to +inferred +source:8 /m);
  });

  it('lists obstacles with the sources that document them', async () => {
    const { code, stdout } = await runCli('obstacles', ANSWER, '--json');
    expect(code).toBe(0);
    const ids = JSON.parse(stdout).obstacles.map((o: { obstacle: { id: string } }) => o.obstacle.id);
    expect(ids).toContain('obstacle:evidentiary-burden');
    const table = (await runCli('obstacles', ANSWER)).stdout;
    // The bottom line cites [1] [4] [2] [3] once for its whole list of reasons: only the sentences of sections 2-6 pair a
    // source with a reason on the brief's word, the rest is the curator's pairing, after ⇢.
    expect(table).toMatch(/^Evidentiary burden.* \[2\] \[4\] ⇢ \[1\] \[3\] /m);
    expect(table).toMatch(/^AI-generated imagery.* \[1\] \[12\] ⇢ \[2\] \[3\] \[4\] /m);
    expect(table).toContain("⇢ [n] only on the curator's pairing");
  });

  it('finds, counts and audits', async () => {
    expect((await runCli('find', 'press releases', '--json')).stdout).toContain('obstacle:anecdotal-press-releases');
    const stats = JSON.parse((await runCli('stats', '--json')).stdout);
    expect(stats.nodesByKind.source).toBe(12); // the brief's [1]-[12]
    expect(stats.nodesByKind.work).toBe(16); // the 13 documents of the research notes' figures, and [1], [7], [12] ([8] is one of the 13)
    expect(stats.nodesByKind.brief).toBe(1);
    const audit = await runCli('audit');
    expect(audit.stdout).toMatch(/Claims backed only by press releases: 0\n/);
    expect(audit.stdout).toMatch(/Claims whose support needs the curator's inferred links: 3\n  claim:\S+ .*\n    why: \[5\] \[6\] \[8\] \[9\] \[10\] \[11\] reach it only through the curator's links claim:/);
    expect(audit.stdout).toMatch(/Sources identified only by the position of their markers: 11\n/);
    const json = JSON.parse((await runCli('audit', '--json')).stdout);
    for (const item of json.positionOnlySources) expect(item.reason).toMatch(/rests on the order of the markers$/);
  });

  it('exits 2 with one line on bad usage', async () => {
    for (const argv of [['frobnicate'], ['sources'], ['sources', ANSWER, '--bogus'], ['sources', 'source:1'], ['find', 'x', '--limit', '0'], ['show', 'zzzz-nothing']]) {
      const result = await runCli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('exits 1 on invalid data with --json problems on stdout', async () => {
    const dir = writeDataset({ 'g.json': { nodes: [claim('a', { role: 'maybe' })] } });
    const result = await runCli('stats', '--data', dir, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems[0]).toMatchObject({ file: expect.stringMatching(/g\.json$/), pointer: '/nodes/0/role', line: 9, column: 15 });
  });

  it('runs as the compiled binary with the documented exit codes', () => {
    const bin = join(packageRoot, 'bin', 'claimgraph.js');
    const out = execFileSync(process.execPath, [bin, 'sources', ANSWER, '--direct'], { encoding: 'utf8' });
    expect(out).toContain("4 sources on the brief's word, 0 more through the curator's links");
    const bad = spawnSync(process.execPath, [bin, 'validate', '--data', writeDataset({ 'g.json': '{' })], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/g\.json:1:2  \/  invalid JSON: /);
    expect(spawnSync(process.execPath, [bin], { encoding: 'utf8' }).status).toBe(2);
  });

  it('the bundled binary (dist/cli/main.js) writes every export format byte for byte as the source does', async () => {
    const bin = join(packageRoot, 'bin', 'claimgraph.js');
    for (const format of EXPORT_FORMATS.filter((f) => !f.multiFile)) {
      const args = ['export', '--focus', ANSWER, '--depth', '2', '--format', format.id];
      const bundled = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect(bundled.stderr, format.id).toBe('');
      expect(bundled.stdout, format.id).toBe((await runCli(...args)).stdout);
    }
    const stats = JSON.parse(execFileSync(process.execPath, [bin, 'stats', '--json'], { encoding: 'utf8' })) as { nodes: number };
    expect(stats.nodes).toBe(100); // the brief node and 42 from the brief, 16 works, 41 figures from the research notes
  });
});
