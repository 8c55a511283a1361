// The model: the committed JSON Schema is generated from the zod schemas, and the edge table is coherent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorsLine } from '../src/model/authors.js';
import { datasetJsonSchemaText } from '../src/model/json-schema.js';
import { EDGE_KIND_TABLE, EDGE_KINDS, NODE_KINDS, NodeSchema, edgeEndpointsAllowed, nodeKindOfId } from '../src/model/schema.js';
import { jsonSchemaPath } from '../src/paths.js';

describe('schema', () => {
  it('graph-data/schema.json is the JSON Schema generated from the zod schemas (run `npm run schema` when this fails)', () => {
    expect(readFileSync(jsonSchemaPath, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('the JSON Schema lists every node kind and every edge kind', () => {
    const schema = JSON.parse(datasetJsonSchemaText());
    const text = JSON.stringify(schema);
    for (const kind of NODE_KINDS) expect(text).toContain(`"const":"${kind}"`);
    expect(schema.properties.edges.items.properties.kind.enum).toEqual(EDGE_KINDS);
  });

  it('every edge kind allows only known node kinds at its ends', () => {
    for (const kind of EDGE_KINDS) {
      expect(EDGE_KIND_TABLE[kind].endpoints.length).toBeGreaterThan(0);
      for (const [from, to] of EDGE_KIND_TABLE[kind].endpoints) {
        expect(NODE_KINDS).toContain(from);
        expect(NODE_KINDS).toContain(to);
        expect(edgeEndpointsAllowed(kind, from, to)).toBe(true);
      }
    }
    expect(edgeEndpointsAllowed('supports', 'obstacle', 'claim')).toBe(false);
  });

  it('ids carry their kind', () => {
    expect(nodeKindOfId('claim:no-national-rate')).toBe('claim');
    expect(nodeKindOfId('source:1')).toBe('source');
    expect(nodeKindOfId('widget:1')).toBeUndefined();
    expect(nodeKindOfId('claim:')).toBeUndefined();
    expect(NodeSchema.safeParse({ kind: 'stage', id: 'claim:x', label: 'x', order: 1 }).success).toBe(false);
  });

  it('a work\'s authorsTruncated is true or absent, only beside the authors it lists; their line then ends in "et al."', () => {
    const authors = [{ family: 'Wolak', given: 'J.' }, { literal: 'NCMEC' }];
    const source = { kind: 'work', id: 'work:1', label: '[1]', authors };
    expect(NodeSchema.safeParse({ ...source, authorsTruncated: true }).success).toBe(true);
    expect(NodeSchema.safeParse({ ...source, authorsTruncated: false }).success).toBe(false);
    expect(NodeSchema.safeParse({ ...source, authors: undefined, authorsTruncated: true }).success).toBe(false);
    expect(datasetJsonSchemaText()).toContain('The authors list ends in \\"et al.\\" where it was read: the document has more authors than are listed.');
    expect(authorsLine(authors, true)).toBe('Wolak, J.; NCMEC; et al.');
    expect(authorsLine(authors)).toBe('Wolak, J.; NCMEC');
    expect(authorsLine([], true)).toBe('');
  });
});
