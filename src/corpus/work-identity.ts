// When two records name the same work: the same DOI, else the same URL, else the same normalised title, year and first
// author (strong: one work); weaker likeness (a title alike but the year or author differs or is missing, one read at
// the other's address) is only proposed, with a confidence and a reason, never merged.
import { yearOf } from '../model/authors.js';
import type { Author, WorkNode } from '../model/schema.js';

/** The fields of a work that say which document it is. */
export type WorkRecord = Pick<WorkNode, 'title' | 'authors' | 'issued' | 'url' | 'doi' | 'evidenceReadAt'>;

/** How a strong match was made: the key two records share. */
export type StrongKey = 'doi' | 'url' | 'title-year-author';

export interface ProposedMatch {
  work: string;
  confidence: 'high' | 'medium' | 'low';
  reason: string;
}

const ascii = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** A DOI as compared: lower case, without a resolver prefix (`https://doi.org/`, `doi:`). */
export function normaliseDoi(doi: string): string {
  return doi
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, '');
}

/**
 * A URL as compared: no scheme, no `www.`, no fragment, no trailing slash, the host in lower case. The path keeps its
 * case: servers may tell `/Report` from `/report` (short links do), so two such addresses are not one document.
 */
export function normaliseUrl(url: string): string {
  const bare = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .replace(/\/+(\?)/, '$1');
  const slash = bare.search(/[/?]/);
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

/** A title as compared: ASCII letters and digits in lower case, words separated by one space. */
export function normaliseTitle(title: string): string {
  return ascii(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The first author as compared: a person's family name, or an organisation's name, normalised like a title. */
export function firstAuthorKey(authors: readonly Author[] | undefined): string | undefined {
  const first = authors?.[0];
  if (!first) return undefined;
  const key = normaliseTitle('literal' in first ? first.literal : first.family);
  return key === '' ? undefined : key;
}

export interface WorkKeys {
  doi?: string;
  url?: string;
  /** Normalised title, year and first author, only when all three are known. */
  titleYearAuthor?: string;
  /** The normalised title ('' when none). */
  title: string;
}

export function workKeys(work: WorkRecord): WorkKeys {
  const title = work.title ? normaliseTitle(work.title) : '';
  const keys: WorkKeys = { title };
  if (work.doi) keys.doi = normaliseDoi(work.doi);
  if (work.url) keys.url = normaliseUrl(work.url);
  const year = yearOf(work.issued);
  const author = firstAuthorKey(work.authors);
  if (title !== '' && year !== undefined && author !== undefined) keys.titleYearAuthor = `${title}|${year}|${author}`;
  return keys;
}

/** The strong keys in the order they decide: DOI, then URL, then title + year + first author. */
export const STRONG_KEYS: readonly StrongKey[] = ['doi', 'url', 'title-year-author'];
/** The value of one strong key of a work's keys. */
export const keyOf = (keys: WorkKeys, which: StrongKey) => (which === 'doi' ? keys.doi : which === 'url' ? keys.url : keys.titleYearAuthor);

/**
 * Whether a shared key `which` makes two works one: a DOI always does; a URL or a title + year + first author does not
 * when both works have DOIs and they differ (a preprint and its journal version), nor when either lists the other in
 * `notSameAs`.
 */
export function sameByKey(which: StrongKey, a: { keys: WorkKeys; id?: string; notSameAs?: readonly string[] | ReadonlySet<string> }, b: { keys: WorkKeys; id?: string; notSameAs?: readonly string[] | ReadonlySet<string> }): boolean {
  if (which === 'doi') return true;
  if (a.keys.doi !== undefined && b.keys.doi !== undefined && a.keys.doi !== b.keys.doi) return false;
  const lists = (x: typeof a, id: string | undefined) => id !== undefined && x.notSameAs !== undefined && ('has' in x.notSameAs ? x.notSameAs.has(id) : x.notSameAs.includes(id));
  return !lists(a, b.id) && !lists(b, a.id);
}

/** Words of a normalised title, for likeness. */
const words = (title: string) => new Set(title.split(' ').filter((w) => w !== ''));
/** The numbers a title holds, in order: two titles differing only in a number ("Report 2019", "Report 2020") are two documents. */
const numbers = (title: string) => title.split(' ').filter((w) => /^\d+$/.test(w)).join(' ');

/** How alike two normalised titles are: 1 when equal, else the share of words they share (0 when their numbers differ). */
export function titleLikeness(a: string, b: string): number {
  if (a === b) return 1;
  if (numbers(a) !== numbers(b)) return 0;
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** A title word held by more works than this finds no candidates (it is as common as "report" or "the"). */
const WORD_CANDIDATES = 500;

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * An index of works by their strong keys and their titles: `same` finds the one work a record is, `proposals` the works
 * it may be. Add works as they are made, so two new records in one import also meet.
 */
export class WorkIndex {
  private readonly byKey = new Map<string, string>();
  /** Works by each word of their title: candidates for titles alike (a word in too many titles is no help and is skipped). */
  private readonly byWord = new Map<string, string[]>();
  private readonly byExactTitle = new Map<string, string[]>();
  private readonly byUrl = new Map<string, string>();
  private readonly byReadAt = new Map<string, string[]>();
  private readonly records = new Map<string, { record: WorkRecord; keys: WorkKeys; title: string; notSameAs: ReadonlySet<string> | undefined }>();
  /** Ids in the order added; those before `wordsIndexed` are in byWord (built on the first need: an import asks few). */
  private readonly order: string[] = [];
  private wordsIndexed = 0;

  add(id: string, record: WorkRecord & { notSameAs?: readonly string[] }): void {
    const keys = workKeys(record);
    for (const which of STRONG_KEYS) {
      const key = keyOf(keys, which);
      if (key !== undefined && !this.byKey.has(`${which} ${key}`)) this.byKey.set(`${which} ${key}`, id);
    }
    const title = keys.title;
    if (title !== '') push(this.byExactTitle, title, id);
    if (keys.url) this.byUrl.set(keys.url, id);
    if (record.evidenceReadAt) {
      const at = normaliseUrl(record.evidenceReadAt);
      const list = this.byReadAt.get(at);
      if (list) list.push(id);
      else this.byReadAt.set(at, [id]);
    }
    this.records.set(id, { record, keys, title, notSameAs: record.notSameAs?.length ? new Set(record.notSameAs) : undefined });
    this.order.push(id);
  }

  /** Indexes the title words of the works added since the last call. */
  private indexWords(): void {
    for (; this.wordsIndexed < this.order.length; this.wordsIndexed++) {
      const id = this.order[this.wordsIndexed]!;
      const title = this.records.get(id)!.title;
      if (title !== '') for (const word of new Set(title.split(' '))) push(this.byWord, word, id);
    }
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  get size(): number {
    return this.records.size;
  }

  /** The work a record is by a strong key, and which key; undefined when none matches. */
  same(record: WorkRecord): { work: string; by: StrongKey } | undefined {
    const keys = workKeys(record);
    for (const which of STRONG_KEYS) {
      const key = keyOf(keys, which);
      const work = key === undefined ? undefined : this.byKey.get(`${which} ${key}`);
      if (work !== undefined && sameByKey(which, { keys }, { keys: this.records.get(work)!.keys })) return { work, by: which };
    }
    return undefined;
  }

  /**
   * Works the record may be, on evidence too weak to merge: a title alike with the year or first author differing or
   * missing, or one read at the other's address. Best first; `self` (the record's own id, if indexed) left out.
   */
  proposals(record: WorkRecord, self?: string): ProposedMatch[] {
    this.indexWords();
    const found = new Map<string, ProposedMatch>();
    const keys = workKeys(record);
    const title = keys.title;
    const year = yearOf(record.issued);
    const author = firstAuthorKey(record.authors);
    const excluded = self === undefined ? undefined : this.records.get(self)?.notSameAs;
    const rank = { high: 0, medium: 1, low: 2 } as const;
    // Each piece of evidence adds its reason; two pieces for one pair raise the confidence one step.
    const consider = (id: string, confidence: ProposedMatch['confidence'], reason: string) => {
      if (id === self || excluded?.has(id) || (self !== undefined && this.records.get(id)?.notSameAs?.has(self))) return;
      const seen = found.get(id);
      if (!seen) {
        found.set(id, { work: id, confidence, reason });
        return;
      }
      const best = Math.min(rank[seen.confidence], rank[confidence]);
      seen.confidence = (['high', 'medium', 'low'] as const)[Math.max(0, best - 1)]!;
      seen.reason = `${seen.reason}; ${reason}`;
    };
    if (title !== '') {
      // The same title, and titles sharing a word few other titles have (a likeness of 0.8 needs most words shared).
      const candidates = new Set(this.byExactTitle.get(title) ?? []);
      for (const word of new Set(title.split(' '))) {
        const list = this.byWord.get(word);
        if (list && list.length <= WORD_CANDIDATES) for (const id of list) candidates.add(id);
      }
      for (const id of candidates) {
        const other = this.records.get(id)!;
        if (other.title === '') continue;
        const likeness = titleLikeness(title, other.title);
        if (likeness < 0.8) continue;
        const otherYear = yearOf(other.record.issued);
        const otherAuthor = firstAuthorKey(other.record.authors);
        const sameTitle = likeness === 1 ? 'same title' : `titles nearly the same (${Math.round(likeness * 100)}% of their words)`;
        const yearPart =
          year !== undefined && otherYear !== undefined ? (year === otherYear ? `same year ${year}` : `years differ (${year} vs ${otherYear})`) : year === undefined && otherYear === undefined ? 'neither gives a year' : 'only one gives a year';
        const authorPart =
          author !== undefined && otherAuthor !== undefined ? (author === otherAuthor ? 'same first author' : `first authors differ (${author} vs ${otherAuthor})`) : 'only one or neither names an author';
        const agree = (year !== undefined && year === otherYear ? 1 : 0) + (author !== undefined && author === otherAuthor ? 1 : 0);
        const disagree = (year !== undefined && otherYear !== undefined && year !== otherYear ? 1 : 0) + (author !== undefined && otherAuthor !== undefined && author !== otherAuthor ? 1 : 0);
        // The same title may differ in one of year and author (a re-issue, a misprint); a title merely alike must agree on both.
        if (disagree > (likeness === 1 ? 1 : 0)) continue;
        const confidence = disagree > 0 ? 'low' : likeness === 1 || agree > 0 ? 'medium' : 'low';
        consider(id, confidence, `${sameTitle}; ${authorPart}; ${yearPart}`);
      }
    }
    // One record was read at the address the other gives as its URL (or both were read at the same address).
    const readAt = record.evidenceReadAt ? normaliseUrl(record.evidenceReadAt) : undefined;
    if (readAt) {
      const other = this.byUrl.get(readAt);
      if (other !== undefined) consider(other, 'medium', `one was read at ${record.evidenceReadAt}, the other's URL`);
    }
    if (keys.url) {
      for (const id of this.byReadAt.get(keys.url) ?? []) {
        consider(id, 'medium', `one was read at ${this.records.get(id)!.record.evidenceReadAt}, the other's URL`);
      }
    }
    return [...found.values()].sort((a, b) => rank[a.confidence] - rank[b.confidence] || (a.work < b.work ? -1 : a.work > b.work ? 1 : 0));
  }
}
