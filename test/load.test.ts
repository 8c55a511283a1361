// The loader: valid datasets become typed graphs; each kind of bad input is reported with file, line, column and pointer.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadGraph } from '../src/load/load-graph.js';
import { DatasetError } from '../src/load/problems.js';
import { brief as briefNode, claim, edge, obstacle, source, writeDataset } from './helpers/make-graph.js';
import { runCli } from './helpers/run-cli.js';

function problemsOf(dir: string): string[] {
  try {
    loadGraph(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).message.split('\n').slice(1).map((line) => line.replace(/^\S*?([^/\s]+\.json:)/, '$1'));
  }
  throw new Error('expected the dataset to be invalid');
}

const good = {
  nodes: [claim('a', { role: 'answer' }), claim('b'), source(1), obstacle('o')],
  edges: [edge('supports', 'source:1', 'claim:b'), edge('supports', 'claim:b', 'claim:a'), edge('documents', 'source:1', 'obstacle:o'), edge('explains', 'obstacle:o', 'claim:a')],
};

describe('loadGraph', () => {
  it('returns a typed multigraph of a valid folder, split over several files', () => {
    const dir = writeDataset({
      'a-nodes.json': { dataset: { title: 'Two files' }, nodes: good.nodes },
      'b-edges.json': { edges: good.edges },
    });
    const graph = loadGraph(dir);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    // The four nodes and the brief they belong to (writeDataset adds it).
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('title')).toBe('Two files');
    expect(graph.getNodeAttributes('source:1')).toMatchObject({ kind: 'source', citation: '1' });
    expect(graph.hasEdge('source:1 -supports-> claim:b')).toBe(true);
  });

  it('titles a dataset without meta by its folder name', () => {
    const dir = writeDataset({ 'graph.json': good });
    expect(loadGraph(dir).getAttribute('title')).toBe(dir.split('/').pop());
  });

  it('reports each kind of bad input as file:line:column  /pointer  message, all at once', () => {
    const text = [
      '{',
      '  "nodes": [',
      '    { "kind": "claim", "id": "claim:a", "label": "A", "brief": "brief:t", "text": "a", "role": "answer" },',
      '    { "kind": "claim", "id": "claim:a", "label": "A again", "brief": "brief:t", "text": "a", "role": "finding" },',
      '    { "kind": "claim", "id": "claim:b", "brief": "brief:t", "text": "b", "role": "finding", "colour": "red" },',
      '    { "kind": "widget", "id": "widget:x", "label": "x" },',
      '    { "kind": "source", "id": "source:1", "label": "S", "brief": "brief:t", "citation": 1, "type": "other", "identification": "stated" },',
      '    { "kind": "brief", "id": "brief:t", "label": "T" },',
      '    { "kind": "obstacle", "id": "obstacle:o1", "label": "O1", "description": "d", "affects": "both" },',
      '    { "kind": "obstacle", "id": "obstacle:o2", "label": "O2", "description": "d", "affects": "both" },',
      '    { "kind": "obstacle", "id": "obstacle:o3", "label": "O3", "description": "d", "affects": "both" }',
      '  ],',
      '  "edges": [',
      '    { "kind": "supports", "from": "source:9", "to": "claim:a", "basis": "inferred", "note": "n" },',
      '    { "kind": "explains", "from": "claim:a", "to": "obstacle:o1", "basis": "inferred", "note": "n" },',
      '    { "kind": "part-of", "from": "obstacle:o1", "to": "obstacle:o2", "basis": "inferred", "note": "n" },',
      '    { "kind": "part-of", "from": "obstacle:o2", "to": "obstacle:o3", "basis": "inferred", "note": "n" },',
      '    { "kind": "part-of", "from": "obstacle:o3", "to": "obstacle:o1", "basis": "inferred", "note": "n" },',
      '    { "kind": "likes", "from": "obstacle:o2", "to": "obstacle:o1", "basis": "inferred", "note": "n" }',
      '  ]',
      '}',
    ].join('\n');
    const dir = writeDataset({ 'graph.json': text, 'more.json': '{ "nodes": [ { "kind": "claim", } ] }' });
    // The file that cannot be parsed comes first; edges to nodes it might hold are not reported as unknown.
    expect(problemsOf(dir)).toEqual([
      'more.json:1:33  /  invalid JSON: property name expected',
      expect.stringMatching(/^graph\.json:4:30  \/nodes\/1\/id  duplicate id "claim:a" \(first defined at \/\S+\/graph\.json:3:5\)$/),
      'graph.json:5:5  /nodes/2/label  missing required field "label"',
      'graph.json:5:103  /nodes/2/colour  unknown field "colour"',
      'graph.json:6:15  /nodes/3/kind  unknown kind "widget" (expected one of "question", "claim", "obstacle", "source", "work", "stage", "figure", "brief")',
      'graph.json:7:89  /nodes/4/citation  "citation" must be a string, not number 1',
      'graph.json:15:15  /edges/1/kind  an explains edge cannot go from claim to obstacle (allowed: obstacle -> claim)',
      'graph.json:18:5  /edges/4  part-of edges form a cycle: obstacle:o3 -> obstacle:o1 -> obstacle:o2 -> obstacle:o3',
      'graph.json:19:15  /edges/5/kind  "kind" must be one of "supports", "contradicts", "qualifies", "answers", "documents", "explains", "part-of", "hinders", "precedes", "reports", "measures", "refers-to", "derives-from"; got "likes"',
    ]);
    expect(problemsOf(writeDataset({ 'graph.json': text }))).toContain('graph.json:14:35  /edges/0/from  edge from unknown node "source:9"');
  });

  it('reports every duplicate id and edge, also after the first: each points at its own first definition', () => {
    const dir = writeDataset({
      'graph.json': {
        nodes: [claim('a'), claim('a'), claim('b'), claim('b'), source(1), source(1)],
        edges: [edge('supports', 'source:1', 'claim:a'), edge('supports', 'source:1', 'claim:a'), edge('supports', 'claim:b', 'claim:a'), edge('supports', 'claim:b', 'claim:a')],
      },
    });
    const lines = problemsOf(dir);
    // The file is JSON.stringify(spec, null, 2): claims take 8 lines, sources 9, the brief 5, edges 7; nodes start on line 3, edges on 60.
    expect(lines.map((l) => l.replace(/\(first (defined )?at \S*graph\.json:(\d+):\d+\)/, '(first at line $2)').replace(/^.*?  /, ''))).toEqual([
      '/nodes/1/id  duplicate id "claim:a" (first at line 3)',
      '/nodes/3/id  duplicate id "claim:b" (first at line 19)',
      '/nodes/5/id  duplicate id "source:1" (first at line 35)',
      '/edges/1  duplicate edge "source:1 -supports-> claim:a" (first at line 60); give one an "id" if both are meant',
      '/edges/3  duplicate edge "claim:b -supports-> claim:a" (first at line 74); give one an "id" if both are meant',
    ]);
  });

  it('reports ids that do not carry their kind, duplicate edges, self-loops and a second dataset meta', () => {
    const dir = writeDataset({
      'a.json': { dataset: { title: 'A' }, nodes: [{ ...claim('x'), id: 'source:x' }, claim('y'), claim('z')] },
      'b.json': {
        dataset: { title: 'B' },
        edges: [edge('supports', 'claim:y', 'claim:z'), edge('supports', 'claim:y', 'claim:z'), edge('qualifies', 'claim:y', 'claim:y')],
      },
    });
    const lines = problemsOf(dir);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^a\.json:\d+:\d+  \/nodes\/0\/id  id must look like "claim:some-slug"/);
    expect(lines[1]).toMatch(/^b\.json:\d+:\d+  \/dataset  "dataset" is given again \(first in .*a\.json\)/);
    expect(lines[2]).toMatch(/^b\.json:\d+:\d+  \/edges\/1  duplicate edge "claim:y -supports-> claim:z" \(first at .*b\.json:\d+:\d+\)/);
    expect(lines[3]).toMatch(/^b\.json:\d+:\d+  \/edges\/2\/to  a qualifies edge cannot start and end at the same node "claim:y"/);
  });

  it('does not repeat a node problem as "unknown node" on the edges that point at it', () => {
    const dir = writeDataset({ 'g.json': { nodes: [claim('a'), { ...source(1), type: 'blog' }], edges: [edge('supports', 'source:1', 'claim:a')] } });
    expect(problemsOf(dir)).toEqual([expect.stringContaining('/nodes/1/type  "type" must be one of')]);
  });

  it('asks a candidate source for its evidence', () => {
    const dir = writeDataset({ 'g.json': { nodes: [source(1, { identification: 'candidate' })] } });
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/\/nodes\/0\/evidence  .*candidate.* needs "evidence"/)]);
  });

  it('asks every edge for its basis: quoted with a quote, inferred with a note', () => {
    const dir = writeDataset({
      'g.json': {
        nodes: [claim('a'), claim('b'), source(1)],
        edges: [
          { kind: 'supports', from: 'source:1', to: 'claim:a' },
          { kind: 'supports', from: 'source:1', to: 'claim:b', basis: 'quoted' },
          { kind: 'supports', from: 'claim:b', to: 'claim:a', basis: 'inferred', quote: 'q' },
        ],
      },
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^g\.json:\d+:\d+  \/edges\/0\/basis  missing required field "basis" \(one of "quoted", "inferred"\)$/),
      expect.stringMatching(/^g\.json:\d+:\d+  \/edges\/1\/quote  an edge with basis "quoted" needs "quote"$/),
      expect.stringMatching(/^g\.json:\d+:\d+  \/edges\/2\/note  an edge with basis "inferred" needs a "note" saying why$/),
    ]);
  });

  it('checks that a quoted edge quotes its document verbatim (whitespace aside), and points at the quote', () => {
    const brief = 'Q?\nSummary\nThe  rate rose\nsharply [1]. Nobody counted [2].\n';
    const meta = { title: 't', documents: [{ path: 'brief.txt', title: 'b', role: 'brief' }, { path: 'notes.md', title: 'n', role: 'research' }] };
    const text = (quote: string, extra = '') =>
      `{ "dataset": ${JSON.stringify(meta)},\n "nodes": [${JSON.stringify(claim('a'))}, ${JSON.stringify(source(1))}, ${JSON.stringify(briefNode())}],\n "edges": [\n  { "kind": "supports", "from": "source:1", "to": "claim:a", "basis": "quoted", "quote": ${JSON.stringify(quote)}${extra} }\n ] }`;
    const ok = writeDataset({ 'g.json': text('The rate rose sharply'), 'brief.txt': brief, 'notes.md': 'The rate fell.' });
    expect(loadGraph(ok).size).toBe(1);
    const bad = writeDataset({ 'g.json': text('The rate rose steeply'), 'brief.txt': brief, 'notes.md': 'The rate fell.' });
    expect(problemsOf(bad)).toEqual(['g.json:4:90  /edges/0/quote  the quote does not occur in "brief.txt" (only whitespace may differ): "The rate rose steeply"']);
    const other = writeDataset({ 'g.json': text('The rate fell', ', "document": "notes.md"'), 'brief.txt': brief, 'notes.md': 'The rate fell.' });
    expect(loadGraph(other).size).toBe(1);
    const unlisted = writeDataset({ 'g.json': text('The rate fell', ', "document": "x.md"'), 'brief.txt': brief, 'notes.md': 'The rate fell.' });
    expect(problemsOf(unlisted)).toEqual([expect.stringMatching(/\/edges\/0\/document  document "x\.md" is not among the dataset's documents \("brief\.txt", "notes\.md"\)$/)]);
  });

  it('reports a missing folder, an empty folder, an empty file and a missing document', () => {
    expect(problemsOf(join(writeDataset({}), 'nope'))[0]).toMatch(/no such folder$/);
    expect(problemsOf(writeDataset({}))[0]).toMatch(/no \.json files in this folder$/);
    expect(problemsOf(writeDataset({ 'g.json': '' }))).toEqual(['g.json:1:1  /  invalid JSON: the file is empty']);
    expect(problemsOf(writeDataset({ 'g.json': { dataset: { title: 't', documents: [{ path: 'brief.txt', title: 'b', role: 'brief' }] } } }))[0]).toMatch(
      /\/dataset\/documents  document "brief.txt" does not exist/,
    );
  });

  it('gives the command exit code 1 and one line per problem on stderr, nothing on stdout', async () => {
    const dir = writeDataset({ 'g.json': { nodes: [claim('a'), claim('a')], edges: [edge('supports', 'source:2', 'claim:a')] } });
    const result = await runCli('validate', '--data', dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/g\.json:\d+:\d+  \/(nodes|edges)\/\d+\/\w+  \S/);
  });
});
