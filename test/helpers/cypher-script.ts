// Reads back a Cypher import script of the shape the cypher export writes, with Cypher's own lexical rules (openCypher:
// single-quoted strings with \\ \' \" \n \r \t \b \f \uXXXX escapes, backtick names, ; between statements). No Neo4j runs
// here, so this is what checks that every string stays inside its literal and decodes to the original.

type Token = { type: 'string'; value: string } | { type: 'number'; value: number } | { type: 'name'; value: string } | { type: 'punct'; value: string };

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (c === "'") {
      let value = '';
      for (i++; text[i] !== "'"; i++) {
        if (i >= text.length) throw new Error('unterminated string');
        if (text[i] === '\n' || text[i] === '\r') throw new Error('raw line break inside a string literal');
        if (text[i] !== '\\') {
          value += text[i];
          continue;
        }
        const e = text[++i]!;
        if (e === 'u') {
          value += String.fromCharCode(Number.parseInt(text.slice(i + 1, i + 5), 16));
          i += 4;
        } else if (e in SIMPLE_ESCAPES) value += SIMPLE_ESCAPES[e];
        else throw new Error(`unknown escape \\${e}`);
      }
      i++;
      tokens.push({ type: 'string', value });
    } else if (c === '`') {
      let value = '';
      for (i++; !(text[i] === '`' && text[i + 1] !== '`'); i++) {
        if (i >= text.length) throw new Error('unterminated name');
        if (text[i] === '`') i++;
        value += text[i];
      }
      i++;
      tokens.push({ type: 'name', value });
    } else if (/[0-9]/.test(c)) {
      const m = /^\d+(\.\d+)?/.exec(text.slice(i))!;
      tokens.push({ type: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))!;
      tokens.push({ type: 'name', value: m[0] });
      i += m[0].length;
    } else {
      const m = /^(\+=|->|.)/.exec(text.slice(i))!;
      tokens.push({ type: 'punct', value: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

export interface ScriptNode {
  labels: string[];
  properties: Record<string, string | number>;
}
export interface ScriptEdge {
  from: string;
  to: string;
  type: string;
  properties: Record<string, string | number>;
}

/** The nodes (by id) and relationships (by key) a script creates; throws on any statement of another shape. */
export function parseCypherScript(text: string): { constraint: boolean; nodes: Record<string, ScriptNode>; edges: Record<string, ScriptEdge> } {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++]!;
  const expectToken = (value: string) => {
    const t = next();
    if (!t || t.value !== value) throw new Error(`expected ${value}, got ${JSON.stringify(t)}`);
  };
  const name = () => {
    const t = next();
    if (t.type !== 'name') throw new Error(`expected a name, got ${JSON.stringify(t)}`);
    return t.value;
  };
  const map = () => {
    const out: Record<string, string | number> = {};
    expectToken('{');
    while (peek()?.value !== '}') {
      const key = name();
      expectToken(':');
      const value = next();
      if (value.type !== 'string' && value.type !== 'number') throw new Error(`expected a literal, got ${JSON.stringify(value)}`);
      if (key in out) throw new Error(`duplicate property ${key}`);
      out[key] = value.value;
      if (peek()?.value === ',') next();
    }
    expectToken('}');
    return out;
  };
  const pattern = () => {
    expectToken('(');
    const variable = name();
    expectToken(':');
    const label = name();
    const properties = map();
    expectToken(')');
    return { variable, label, properties };
  };

  const result = { constraint: false, nodes: {} as Record<string, ScriptNode>, edges: {} as Record<string, ScriptEdge> };
  while (at < tokens.length) {
    const keyword = name();
    if (keyword === 'CREATE') {
      while (next().value !== ';');
      result.constraint = true;
      continue;
    }
    if (keyword === 'MERGE') {
      const node = pattern();
      expectToken('SET');
      expectToken('n');
      expectToken(':');
      const label = name();
      expectToken(',');
      expectToken('n');
      expectToken('+=');
      const properties = map();
      expectToken(';');
      const id = node.properties.id as string;
      if (id in result.nodes) throw new Error(`node ${id} merged twice`);
      result.nodes[id] = { labels: [label], properties };
      continue;
    }
    if (keyword !== 'MATCH') throw new Error(`unexpected statement ${keyword}`);
    const a = pattern();
    expectToken(',');
    const b = pattern();
    expectToken('MERGE');
    expectToken('(');
    expectToken(a.variable);
    expectToken(')');
    expectToken('-');
    expectToken('[');
    expectToken('r');
    expectToken(':');
    const type = name();
    const identity = map();
    expectToken(']');
    expectToken('->');
    expectToken('(');
    expectToken(b.variable);
    expectToken(')');
    expectToken('SET');
    expectToken('r');
    expectToken('+=');
    const properties = map();
    expectToken(';');
    result.edges[identity.key as string] = { from: a.properties.id as string, to: b.properties.id as string, type, properties };
  }
  return result;
}
