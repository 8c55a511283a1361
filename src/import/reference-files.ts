// Reference files as researchers keep them (BibTeX, RIS, CSL-JSON, as Zotero and the like export them), read with
// citation-js into CSL items, each linked to a citation number of the brief by its number or key.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createRequire } from 'node:module';
import type { Cite } from '@citation-js/core';
import { z } from 'zod';
import { displayPath } from '../load/load-graph.js';
import { DatasetError } from '../load/problems.js';
import { CSL_TYPES, type Author, type WorkNode } from '../model/schema.js';

/** The fields of a work that a reference file fills. */
export type ReferenceFileFields = Pick<WorkNode, 'title' | 'authors' | 'authorsTruncated' | 'container' | 'volume' | 'issue' | 'pages' | 'issued' | 'publisher' | 'url' | 'doi' | 'cslType'>;

export interface ReferenceFileEntry {
  /** The brief's citation number the entry is linked to. */
  number: number;
  /** The file as shown in messages, and the entry's key in it. */
  file: string;
  key: string;
  /** How the link was made: the entry's citation number, its citation label, or a key naming the number. */
  linkedBy: 'citation-number' | 'citation-label' | 'key';
  fields: ReferenceFileFields;
}

export interface ReferenceFile {
  file: string;
  entries: ReferenceFileEntry[];
  /** Keys of entries that name no citation number: not linked, listed for the curator. */
  unlinked: string[];
}

/** Formats by file extension: what citation-js is told the text is. */
const FORMATS: Record<string, { name: string; forceType: string }> = {
  '.bib': { name: 'BibTeX', forceType: '@biblatex/text' },
  '.bibtex': { name: 'BibTeX', forceType: '@biblatex/text' },
  '.ris': { name: 'RIS', forceType: '@ris/file' },
  '.json': { name: 'CSL-JSON', forceType: '@csl/list+object' },
};

let citeClass: typeof Cite | undefined;
/**
 * citation-js with its BibTeX, RIS and CSL plugins, loaded on first use: it is a large package, and the command's other
 * subcommands must not pay for reading it at every start.
 */
function citationJs(): typeof Cite {
  if (!citeClass) {
    const require = createRequire(import.meta.url);
    const core = require('@citation-js/core') as { Cite: typeof Cite };
    for (const plugin of ['@citation-js/plugin-bibtex', '@citation-js/plugin-ris', '@citation-js/plugin-csl']) require(plugin);
    citeClass = core.Cite;
  }
  return citeClass;
}

/** A key that names a citation number: "1", "ref1", "ref-1", "source_1", "cite:1", "n1". */
const NUMBER_KEY = /^(?:ref|reference|source|cite|citation|item|r|n)?[-_:]?(\d+)$/i;

const CslName = z.looseObject({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });
const CslDate = z.looseObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(), raw: z.string().optional(), literal: z.string().optional() });
const text = z.union([z.string(), z.number()]).transform(String);
/** One CSL item as citation-js gives it, checked at the boundary. */
const CslItem = z.looseObject({
  id: text.optional(),
  'citation-key': z.string().optional(),
  'citation-number': text.optional(),
  'citation-label': text.optional(),
  type: z.string().optional(),
  title: z.string().optional(),
  author: z.array(CslName).optional(),
  'container-title': z.string().optional(),
  volume: text.optional(),
  issue: text.optional(),
  page: text.optional(),
  issued: CslDate.optional(),
  publisher: z.string().optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
});
type CslItem = z.infer<typeof CslItem>;

/** Reads one reference file; throws DatasetError (exit 1) for a missing, unknown or unreadable file, or two entries for one number. */
export function readReferenceFile(path: string): ReferenceFile {
  const file = displayPath(path);
  const fail = (message: string): never => {
    throw new DatasetError(file, [{ file, message }], 'import');
  };
  if (!existsSync(path) || !statSync(path).isFile()) fail('no such file');
  const format = FORMATS[extname(path).toLowerCase()] ?? fail(`not a reference file claimgraph reads: give .bib, .ris or .json (CSL-JSON)`);
  const raw = readFileSync(path, 'utf8');
  let items: unknown[] = [];
  try {
    const input = format.forceType === '@csl/list+object' ? JSON.parse(raw) : raw;
    const CiteJs = citationJs();
    items = new CiteJs(input, { forceType: format.forceType }).data;
  } catch (error) {
    fail(`cannot be read as ${format.name}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (items.length === 0) fail(`holds no ${format.name} entry`);
  const entries: ReferenceFileEntry[] = [];
  const unlinked: string[] = [];
  const seen = new Map<number, string>();
  items.forEach((raw, index) => {
    const parsed = CslItem.safeParse(raw);
    if (!parsed.success) fail(`entry ${index + 1} is not a reference citation-js can read: ${parsed.error.issues[0]?.message ?? ''}`);
    const item = parsed.data!;
    const key = item['citation-key'] ?? item.id ?? String(index + 1);
    const link = linkOf(item, key);
    if (!link) {
      unlinked.push(key);
      return;
    }
    const before = seen.get(link.number);
    if (before !== undefined) fail(`entries "${before}" and "${key}" both stand for [${link.number}]`);
    seen.set(link.number, key);
    entries.push({ number: link.number, file, key, linkedBy: link.by, fields: fieldsOf(item) });
  });
  return { file, entries, unlinked };
}

/** The citation number an entry stands for: its citation-number, its citation-label ("[3]" or "3"), or a key like "ref3". */
function linkOf(item: CslItem, key: string): { number: number; by: ReferenceFileEntry['linkedBy'] } | undefined {
  const number = item['citation-number'];
  if (number !== undefined && /^\d+$/.test(number)) return { number: Number(number), by: 'citation-number' };
  const label = item['citation-label']?.replace(/^\[(.*)\]$/, '$1');
  if (label !== undefined && /^\d+$/.test(label)) return { number: Number(label), by: 'citation-label' };
  const fromKey = NUMBER_KEY.exec(key);
  return fromKey ? { number: Number(fromKey[1]), by: 'key' } : undefined;
}

function fieldsOf(item: CslItem): ReferenceFileFields {
  const names = item.author ?? [];
  // BibTeX's closing "and others" (a name "others" to citation-js, as to pandoc's CSL-JSON): a truncated list, no author.
  const truncated = names.length > 1 && isOthers(names[names.length - 1]!);
  const authors = (truncated ? names.slice(0, -1) : names).map(authorOf).filter((a): a is Author => a !== undefined);
  const issued = dateOf(item.issued);
  const doi = item.DOI?.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').trim();
  const cslType = (CSL_TYPES as readonly string[]).includes(item.type ?? '') ? (item.type as WorkNode['cslType']) : 'document';
  const put = <K extends keyof ReferenceFileFields>(name: K, value: ReferenceFileFields[K] | undefined) => (value === undefined || value === '' ? {} : { [name]: value });
  return {
    ...put('title', item.title?.trim()),
    ...(authors.length > 0 ? { authors, ...(truncated ? { authorsTruncated: true as const } : {}) } : {}),
    ...put('container', item['container-title']?.trim()),
    ...put('volume', item.volume?.trim()),
    ...put('issue', item.issue?.trim()),
    ...put('pages', item.page?.trim()),
    ...put('issued', issued),
    ...put('publisher', item.publisher?.trim()),
    ...put('url', item.URL?.trim()),
    ...(doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? { doi } : {}),
    cslType,
  };
}

/** The name "others" (or "et al."), alone: what closes a truncated author list, not an author. */
function isOthers(name: z.infer<typeof CslName>): boolean {
  const only = name.literal ?? (name.given ? undefined : name.family);
  return only !== undefined && /^(?:others|et al\.?)$/i.test(only.trim());
}

/**
 * A CSL name as an author. citation-js reads a braced BibTeX organisation ("{World Health Organization}") as a family
 * name with no given name: a family name of several words and no given name is taken as an organisation.
 */
function authorOf(name: z.infer<typeof CslName>): Author | undefined {
  const literal = name.literal?.trim();
  if (literal) return { literal };
  const family = name.family?.trim();
  const given = name.given?.trim();
  if (!family) return given ? { literal: given } : undefined;
  if (!given && /\s/.test(family)) return { literal: family };
  return given ? { family, given } : { family };
}

/** CSL date parts as a partial date; of a range, the later date. Undefined when the file gives none it can hold. */
function dateOf(date: z.infer<typeof CslDate> | undefined): string | undefined {
  const parts = date?.['date-parts'];
  const last = parts?.[parts.length - 1]?.map(Number);
  if (!last || !Number.isInteger(last[0]) || last[0]! < 1000 || last[0]! > 2999) {
    const year = /\b(\d{4})\s*$/.exec(date?.raw ?? date?.literal ?? '')?.[1];
    return year;
  }
  const [year, month, day] = last;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!month || month < 1 || month > 12) return String(year);
  if (!day || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
