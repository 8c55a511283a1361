// The fields of nodes, edges and the dataset as flat, typed scalars, in the schema's order: what the flat formats
// (GraphML, GEXF, DOT, CSV, Cypher) write as values.
import { EdgeSchema, NodeSchema } from '../model/schema.js';
import { authorName, ET_AL } from '../model/authors.js';
import type { Author } from '../model/schema.js';
import { OperationError } from '../io/failure.js';
import { XML_FORBIDDEN } from './escape.js';

export type Scalar = string | number | boolean;
export type ScalarType = 'string' | 'int' | 'long' | 'double' | 'boolean';

const unique = (names: string[]) => [...new Set(names)];

/** Node fields in the schema's order (kind, id, label, then each kind's fields); shared by the GraphML and GEXF exports. */
export const NODE_FIELD_ORDER: readonly string[] = unique(NodeSchema.options.flatMap((option) => Object.keys(option.shape)));
/** Edge fields in the schema's order. */
export const EDGE_FIELD_ORDER: readonly string[] = Object.keys(EdgeSchema.shape);
/** Graph (dataset) fields written as graph-level values; `documents` is a list and has no place in a flat format. */
export const GRAPH_FIELD_ORDER: readonly string[] = ['title', 'description'];

/** Fields that are the element's identity in the file (its id, its ends), not values. */
export const NODE_IDENTITY = new Set(['id']);
export const EDGE_IDENTITY = new Set(['id', 'from', 'to']);

/** The separator of a flattened list: "O'Brien; Kahn; U.S. Department of Justice". */
export const LIST_SEPARATOR = '; ';

/**
 * A field's value as one scalar, the one place flat formats flatten: a list becomes its items joined with "; ", an
 * author (a person `{ family, given }` or an organisation `{ literal }`) "Family, Given" or the organisation's name.
 * Undefined for anything else (a nested object the flat formats cannot hold).
 */
export function flatValue(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(flatValue);
    return items.every((item) => item !== undefined) ? items.join(LIST_SEPARATOR) : undefined;
  }
  if (value !== null && typeof value === 'object' && (typeof (value as { family?: unknown }).family === 'string' || typeof (value as { literal?: unknown }).literal === 'string')) {
    return authorName(value as Author);
  }
  return undefined;
}

/**
 * The scalar fields of a record as [name, value] pairs: fields of `order` first, in that order, then any others in code
 * order; `skip` fields and undefined or null values left out; lists and authors flattened by `flatValue` (a source's
 * truncated authors list ending in "et al.", as `authorsLine` writes it). Throws on a field that cannot be flattened.
 */
export function scalarFields(format: string, what: string, record: object, order: readonly string[], skip: ReadonlySet<string>): [string, Scalar][] {
  const values = record as Record<string, unknown>;
  const out: [string, Scalar][] = [];
  for (const name of inFieldOrder(Object.keys(values), order)) {
    const value = values[name];
    if (skip.has(name) || value === undefined || value === null) continue;
    const flat = flatValue(value);
    if (flat === undefined) throw new OperationError(`claimgraph/export: ${format}: ${what} has a field "${name}" that is not a string, number, boolean or list of them`);
    // A truncated authors list says so, as authorsLine does.
    out.push([name, name === 'authors' && values.authorsTruncated === true ? `${flat}${LIST_SEPARATOR}${ET_AL}` : flat]);
  }
  return out;
}

/** The one type a field has over all records (int for whole numbers, long beyond 32 bits); throws if records disagree. */
export function fieldTypes(format: string, what: string, records: Iterable<[string, Scalar][]>): Map<string, ScalarType> {
  const types = new Map<string, ScalarType>();
  // Numbers widen: int < long < double.
  const rank: Record<ScalarType, number> = { int: 0, long: 1, double: 2, string: 0, boolean: 0 };
  const base = (type: ScalarType) => (type === 'int' || type === 'long' || type === 'double' ? 'number' : type);
  for (const fields of records) {
    for (const [name, value] of fields) {
      const type: ScalarType =
        typeof value !== 'number' ? (typeof value as 'string' | 'boolean') : !Number.isSafeInteger(value) ? 'double' : value >= -(2 ** 31) && value < 2 ** 31 ? 'int' : 'long';
      const before = types.get(name);
      if (before !== undefined && base(before) !== base(type)) {
        throw new OperationError(`claimgraph/export: ${format}: ${what} field "${name}" mixes ${base(before)} and ${base(type)} values`);
      }
      types.set(name, before === undefined || rank[type] > rank[before] ? type : before);
    }
  }
  return types;
}

/** An id (node id, edge key) must survive the trip through XML unchanged, or the file would name another element: returns it, or throws. */
export function checkXmlId(format: string, what: string, id: string): string {
  if (XML_FORBIDDEN.test(id)) throw new OperationError(`claimgraph/export: ${format}: ${what} id ${JSON.stringify(id)} holds a character that XML 1.0 cannot carry`);
  return id;
}

/** Only the named fields of a record (the dataset's scalar fields). */
export function pick(record: object, names: readonly string[]): Record<string, unknown> {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(names.filter((name) => Object.hasOwn(values, name)).map((name) => [name, values[name]]));
}

/** Field names in `order` (the schema's), then any others in code order: the column order of the flat formats. */
export function inFieldOrder(names: Iterable<string>, order: readonly string[]): string[] {
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Each record's scalar fields, computed as they are iterated (a pass over a big graph that keeps none of them). */
export function* eachFields<T extends object>(format: string, what: (record: T) => string, records: Iterable<T>, order: readonly string[], skip: ReadonlySet<string>): Generator<[string, Scalar][]> {
  for (const record of records) yield scalarFields(format, what(record), record, order, skip);
}
