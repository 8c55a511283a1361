// claimgraph against a real SPARQL store (Virtuoso 7, started by ./global-setup.ts): push, the same JSON answers as the
// local dataset for every claim, obstacle and source, pull back byte for byte, a 20k generated dataset, atomic pushes,
// and the messages for a wrong password, an unreachable endpoint and the query limits.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsonFormat } from '../../src/export/formats/json.js';
import { writeSyntheticDataset } from '../../src/generate/write-synthetic.js';
import { loadGraph } from '../../src/load/load-graph.js';
import type { ClaimGraph } from '../../src/model/graph.js';
import { NODE_KINDS } from '../../src/model/schema.js';
import { defaultDatasetDir } from '../../src/paths.js';
import { briefView } from '../../src/query/brief-view.js';
import { describeNode } from '../../src/query/describe-node.js';
import { obstaclesFor } from '../../src/query/obstacles-for.js';
import { sourcesFor } from '../../src/query/sources-for.js';
import { subgraph } from '../../src/query/subgraph.js';
import { openStore } from '../../src/store/open-store.js';
import { countTriples, pushGraph } from '../../src/store/push.js';
import type { SparqlClient } from '../../src/store/sparql-client.js';
import { runCli } from '../helpers/run-cli.js';
import { cellText } from '../../src/store/tsv-results.js';

const server = inject('virtuoso');
const BUNDLED = 'urn:claimgraph:test:bundled';
const at = (graph: string) => ['--endpoint', server.endpoint, '--graph', graph];
const env = { CLAIMGRAPH_STORE_USER: server.user, CLAIMGRAPH_STORE_PASSWORD: server.password };
let local: ClaimGraph;
const saved = { ...process.env };

beforeAll(async () => {
  Object.assign(process.env, env);
  local = loadGraph(defaultDatasetDir);
  const pushed = await runCli('push', ...at(BUNDLED), '--json');
  expect(pushed.stderr).toBe('');
  expect(pushed.code).toBe(0);
});

afterAll(() => {
  for (const name of Object.keys(env)) if (saved[name] === undefined) delete process.env[name];
});

/** Runs a command on the local dataset and on the store, and returns both outputs (exit 0 expected from both). */
async function both(...args: string[]): Promise<[string, string]> {
  const [here, there] = [await runCli(...args, '--json'), await runCli(...args, '--json', ...at(BUNDLED))];
  expect(there.stderr, `${args.join(' ')} on the store`).toBe('');
  expect(here.code, args.join(' ')).toBe(0);
  expect(there.code, args.join(' ')).toBe(0);
  return [here.stdout, there.stdout];
}

/** A port nobody listens on (a listener opened and closed). */
async function closedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as AddressInfo;
  await new Promise((resolve) => listener.close(resolve));
  return port;
}

/** The graphs whose names start with `prefix`, sorted. */
async function graphsOf(client: SparqlClient, prefix: string): Promise<string[]> {
  const rows = await client.select(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${prefix}")) } ${client.limit()}`, 'listing graphs');
  return rows.map((row) => cellText(row.g)!).sort();
}

const ofKind = (graph: ClaimGraph, kind: string) => graph.filterNodes((_id, node) => node.kind === kind);

describe('the bundled dataset in Virtuoso', () => {
  it('push sends it in a fresh graph and the store counts exactly the triples sent', async () => {
    const { client } = openStore({ endpoint: server.endpoint, graph: BUNDLED, env });
    const pushed = await runCli('push', ...at(BUNDLED), '--json');
    const result = JSON.parse(pushed.stdout) as { nodes: number; edges: number; triples: number; stored: number };
    expect(result).toMatchObject({ nodes: local.order, edges: local.size });
    expect(result.stored).toBe(result.triples);
    const data = await client.dataGraph(true);
    expect(data).not.toBe(BUNDLED);
    expect(await countTriples(client, data)).toBe(result.triples);
    expect(await countTriples(client, BUNDLED)).toBe(1); // the pointer to the data graph
    // The previous push's data graph was dropped: no graph is left beside the two.
    expect(await graphsOf(client, BUNDLED)).toEqual([BUNDLED, data].sort());
  });

  it('sources, obstacles and show answer with the same JSON as the local dataset, for every claim', async () => {
    const claims = ofKind(local, 'claim');
    expect(claims.length).toBe(12);
    for (const claim of claims) {
      for (const args of [['sources', claim], ['sources', claim, '--direct'], ['obstacles', claim], ['obstacles', claim, '--direct'], ['show', claim]]) {
        const [here, there] = await both(...args);
        expect(there, args.join(' ')).toBe(here);
      }
    }
  });

  it('show answers the same for every obstacle, source, stage and the question', async () => {
    for (const kind of NODE_KINDS.filter((k) => k !== 'claim')) {
      for (const id of ofKind(local, kind)) {
        const [here, there] = await both('show', id);
        expect(there, `show ${id}`).toBe(here);
      }
    }
  });

  it('find, audit, texts for ids, and export --focus --depth answer the same', async () => {
    for (const text of ['ScienceDirect', 'prosecution', 'jurisdictional splits', 'AI-generated', 'possession', 'nothing-matches-this', 'Stage']) {
      const [here, there] = await both('find', text, '--limit', '50');
      expect(there, `find ${text}`).toBe(here);
    }
    const [auditHere, auditThere] = await both('audit');
    expect(auditThere).toBe(auditHere);
    const [byText, byTextStore] = await both('sources', 'No verifiable national');
    expect(byTextStore).toBe(byText);
    for (const [focus, depth, extra] of [
      ['claim:no-national-rate', '2', []],
      ['obstacle:evidentiary-burden', '1', ['--edge-kinds', 'documents,part-of']],
      ['source:2', '3', ['--direction', 'out']],
      ['stage:charging', '2', ['--direction', 'in', '--kinds', 'obstacle,stage,source']],
    ] as const) {
      for (const format of ['json', 'turtle', 'dot']) {
        const [here, there] = await both('export', '--focus', focus, '--depth', depth, '--format', format, ...extra);
        expect(there, `export ${focus} ${depth} ${format}`).toBe(here);
      }
    }
    const [whole, wholeStore] = await both('export', '--format', 'json');
    expect(wholeStore).toBe(whole);
    // An ambiguous text is the same usage error on both.
    const [ambiguousHere, ambiguousThere] = [await runCli('sources', 'claim'), await runCli('sources', 'claim', ...at(BUNDLED))];
    expect(ambiguousThere).toEqual(ambiguousHere);
    expect(ambiguousHere.code).toBe(2);
  });

  it('push then pull gives back the dataset: identical bytes after export --format json, and the brief itself', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimgraph-pull-')), 'pulled');
    const pulled = await runCli('pull', ...at(BUNDLED), '--out', out);
    expect(pulled.stderr).toBe('');
    expect(pulled.code).toBe(0);
    const [original, back] = [await runCli('export', '--format', 'json'), await runCli('export', '--format', 'json', '--data', out)];
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(original.stdout);
    expect(readFileSync(join(out, 'brief.txt'), 'utf8')).toBe(readFileSync(join(defaultDatasetDir, 'brief.txt'), 'utf8'));
    const again = await runCli('pull', ...at(BUNDLED), '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists and is not empty/);
  });
});

describe('a generated 20k-element dataset', () => {
  it('pushes, and 50 sampled claims (the deepest and broadest among them) answer as they do locally', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-20k-')), 'data');
    await writeSyntheticDataset(dir, { claims: 2400, seed: 7 });
    const graph = loadGraph(dir);
    expect(graph.order + graph.size).toBeGreaterThan(19_000);
    const { client, graph: store } = openStore({ endpoint: server.endpoint, graph: 'urn:claimgraph:test:20k', env });
    const result = await pushGraph(client, graph, { dataDir: dir, batchBytes: 1024 * 1024 });
    expect(result.batches).toBeGreaterThan(1);
    expect(result.stored).toBe(result.triples);

    const claims = ofKind(graph, 'claim');
    const bySources = [...claims].sort((a, b) => sourcesFor(graph, b).length - sourcesFor(graph, a).length);
    const sample = new Set([...bySources.slice(0, 5), ...bySources.slice(-5)]);
    for (let i = 0; sample.size < 50; i++) sample.add(claims[(i * 7919) % claims.length]!);
    for (const claim of sample) {
      const [sources, obstacles, node] = await Promise.all([store.sourcesPart(claim), store.obstaclesPart(claim, false), store.nodePart(claim)]);
      expect(sourcesFor(sources, claim), `sources ${claim}`).toEqual(sourcesFor(graph, claim));
      expect(obstaclesFor(obstacles, claim), `obstacles ${claim}`).toEqual(obstaclesFor(graph, claim));
      expect(describeNode(node, claim), `show ${claim}`).toEqual(describeNode(graph, claim));
    }
    // Many nodes at once (the viewer's expanded set: fetched NESTED_NAMES at a time) and a wide neighbourhood (more
    // than 400 nodes: listed in VALUES blocks of 400) answer as they do locally too.
    const many = [...sample].slice(0, 45);
    const manyPart = await store.nodePart(many);
    for (const claim of many) expect(describeNode(manyPart, claim), `show ${claim} among ${many.length}`).toEqual(describeNode(graph, claim));
    const need = { focus: bySources[0]!, depth: 3, direction: 'both' as const };
    const wide = await store.neighbourhoodPart(need);
    expect(wide.order).toBeGreaterThan(400);
    expect(jsonFormat.write(subgraph(wide, need))).toBe(jsonFormat.write(subgraph(graph, need)));
  });
});

describe('a push is atomic for readers', () => {
  it('a push that fails before the switch leaves the old graph as it was and no new graph behind', async () => {
    const { client } = openStore({ endpoint: server.endpoint, graph: BUNDLED, env });
    const data = await client.dataGraph(true);
    const before = await countTriples(client, data);
    const small = loadGraph(join(defaultDatasetDir, '..', '..', 'graph-data', 'csam-possession-prosecution'));
    small.dropNode('claim:no-national-rate');
    const failed = await pushGraph(client, small, { beforeSwitch: () => { throw new Error('claimgraph/test: stopped before the switch'); } }).catch((e: unknown) => e);
    expect((failed as Error).message).toBe('claimgraph/test: stopped before the switch');
    expect(await client.dataGraph(true)).toBe(data);
    expect(await countTriples(client, data)).toBe(before);
    expect(await graphsOf(client, BUNDLED)).toEqual([BUNDLED, data].sort());
    const [here, there] = await both('sources', 'claim:no-single-national-percentage');
    expect(there).toBe(here);
  });
});

describe('messages', () => {
  it('a wrong password: one line naming the user, never a password; exit 1; the graph untouched', async () => {
    process.env.CLAIMGRAPH_STORE_PASSWORD = 'wrong-password-42';
    try {
      const result = await runCli('push', ...at(BUNDLED));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^claimgraph push: http:\/\/127\.0\.0\.1:\d+\/sparql-auth refused the user name and password of "dba" \(HTTP 401; they came from CLAIMGRAPH_STORE_USER \/ CLAIMGRAPH_STORE_PASSWORD\)\n$/);
      expect(result.stderr).not.toContain('wrong-password');
      expect(result.stderr).not.toContain(server.password);
    } finally {
      process.env.CLAIMGRAPH_STORE_PASSWORD = server.password;
    }
    delete process.env.CLAIMGRAPH_STORE_USER;
    try {
      const anonymous = await runCli('push', ...at(BUNDLED));
      expect(anonymous.stderr).toMatch(/needs a user name and password for clearing the new graph \(HTTP 401\): set CLAIMGRAPH_STORE_USER and CLAIMGRAPH_STORE_PASSWORD, or a netrc entry\n$/);
    } finally {
      process.env.CLAIMGRAPH_STORE_USER = server.user;
    }
  });

  it('an unreachable endpoint and a wrong path', async () => {
    const port = await closedPort();
    const closed = await runCli('sources', 'claim:no-national-rate', '--endpoint', `http://127.0.0.1:${port}/sparql`, '--graph', BUNDLED);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toBe(`claimgraph sources: cannot connect to 127.0.0.1:${port}: connection refused (is the store running, and is the endpoint http://127.0.0.1:${port}/sparql right?)\n`);
    const wrongPath = await runCli('sources', 'claim:no-national-rate', '--endpoint', `${server.base}/no-such-path`, '--graph', BUNDLED);
    expect(wrongPath.stderr).toMatch(/^claimgraph sources: http:\/\/127\.0\.0\.1:\d+\/no-such-path does not exist \(HTTP 404\)/);
    const noGraph = await runCli('sources', 'claim:no-national-rate', ...at('urn:claimgraph:test:nothing-here'));
    expect(noGraph.stderr).toBe('claimgraph sources: the store has no claimgraph dataset in the graph urn:claimgraph:test:nothing-here (push one with claimgraph push)\n');
  });

  it('the time limit and the row limit: the answer is refused, and the message says which limit cut it', async () => {
    const slow = await runCli('audit', ...at(BUNDLED), '--timeout', '0.001');
    expect(slow.code).toBe(1);
    expect(slow.stderr).toMatch(/^claimgraph audit: (reading|counting)[^\n]* urn:claimgraph:test:bundled[^\n]* ran past its time limit of 0\.001 s \(raise it with --timeout <seconds>\)\n$/);
    const big = await runCli('sources', 'claim:no-national-rate', ...at(BUNDLED), '--max-rows', '20');
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/needs more than 20 rows, the row limit \(raise it with --max-rows <n>\): the answer is refused rather than cut\n$/);
    const usage = await runCli('sources', 'claim:no-national-rate', '--endpoint', server.endpoint);
    expect(usage).toMatchObject({ code: 2, stderr: 'claimgraph sources: --endpoint needs --graph <iri>: the named graph that holds the dataset\n' });
  });
});

describe('a corpus of briefs in Virtuoso', () => {
  const CORPUS = 'urn:claimgraph:test:corpus';
  let dir: string;
  beforeAll(async () => {
    const { importBrief } = await import('../../src/import/import-brief.js');
    const { packageRoot } = await import('../../src/paths.js');
    dir = join(mkdtempSync(join(tmpdir(), 'claimgraph-store-corpus-')), 'corpus');
    // The bundled brief at the top (its figures come from its research notes), three synthetic ones in briefs/.
    cpSync(defaultDatasetDir, dir, { recursive: true });
    for (const name of ['burglary-arrests.md', 'wastewater-monitoring.md', 'burglary-clearance.md']) importBrief(join(packageRoot, 'test', 'fixtures', 'briefs', name), dir);
    const pushed = await runCli('push', '--data', dir, ...at(CORPUS));
    expect(pushed.stderr).toBe('');
    expect(pushed.code).toBe(0);
  });

  /** A command on the local corpus and on the store: the same JSON. */
  async function same(...args: string[]): Promise<string> {
    const here = await runCli(...args, '--json', '--data', dir);
    const there = await runCli(...args, '--json', ...at(CORPUS));
    expect(there.stderr, args.join(' ')).toBe('');
    expect(here.code, args.join(' ')).toBe(0);
    expect(there.stdout, args.join(' ')).toBe(here.stdout);
    return here.stdout;
  }

  /** A command that fails on the local corpus fails the same way on the store: the same exit code and message. */
  async function sameFailure(...args: string[]): Promise<void> {
    const here = await runCli(...args, '--data', dir);
    const there = await runCli(...args, ...at(CORPUS));
    expect(here.code, args.join(' ')).not.toBe(0);
    expect([there.code, there.stderr], args.join(' ')).toEqual([here.code, here.stderr]);
  }

  it('with --brief, a node of another brief is not there, through the store as locally', async () => {
    const graph = loadGraph(dir);
    const claimOf = (brief: string) => ofKind(graph, 'claim').find((id) => graph.getNodeAttribute(id, 'brief' as never) === `brief:${brief}`)!;
    await sameFailure('sources', claimOf('wastewater-monitoring'), '--brief', 'burglary-arrests');
    await sameFailure('show', claimOf('burglary-clearance'), '--brief', 'burglary-arrests');
    // A work the brief does not cite is not in its view.
    const cited = new Set(ofKind(briefView(graph, 'burglary-arrests'), 'work'));
    const other = ofKind(graph, 'work').find((w) => !cited.has(w))!;
    expect(other).toBeDefined();
    await sameFailure('cited-by', other, '--brief', 'burglary-arrests');
    await sameFailure('audit', '--brief', 'no-such-brief');
  });

  it('is one named graph holding every brief; cited-by, shared-works and --brief answer as they do locally', async () => {
    const graph = loadGraph(dir);
    for (const work of ofKind(graph, 'work')) await same('cited-by', work);
    const shared = JSON.parse(await same('shared-works')) as unknown[];
    expect(shared).toHaveLength(2);
    await same('shared-works', '--brief', 'burglary-arrests', '--brief', 'burglary-clearance');
    for (const claim of ofKind(graph, 'claim')) {
      const brief = graph.getNodeAttribute(claim, 'brief' as never) as string;
      await same('sources', claim, '--brief', brief);
      await same('obstacles', claim, '--brief', brief);
    }
    await same('audit', '--brief', 'burglary-clearance');
    for (const brief of ['burglary-arrests', 'burglary-clearance', 'wastewater-monitoring']) {
      await same('export', '--brief', brief, '--format', 'json');
      // A text found in more than one brief resolves within the brief asked, as it does locally.
      await same('find', 'burglary', '--brief', brief);
    }
    await same('show', 'Clearance figures count incidents', '--brief', 'burglary-arrests');
    await same('export', '--brief', 'wastewater-monitoring', '--format', 'bibtex');
    await same('export', '--focus', ofKind(graph, 'claim')[0]!, '--depth', '2', '--format', 'json');
  });

  it('with --brief, a brief keeps the works and figures its research notes quote, through the store as locally', async () => {
    const graph = loadGraph(dir);
    const csam = 'csam-possession-prosecution';
    const figuresIn = (json: string) => (JSON.parse(json) as { nodes: { kind: string }[] }).nodes.filter((n) => n.kind === 'figure').length;
    // The bundled brief's view is the bundled dataset whole: every figure its notes quote, and nothing of the others.
    expect(briefView(graph, csam).order).toBe(loadGraph(defaultDatasetDir).order);
    expect(figuresIn(await same('export', '--brief', csam, '--format', 'json'))).toBe(ofKind(graph, 'figure').length);
    expect(figuresIn(await same('export', '--brief', 'wastewater-monitoring', '--format', 'json'))).toBe(0);
    await same('audit', '--brief', csam);
  });
});
