// Free-text reference lines in the common styles as bibliographic fields: Vancouver (NLM/AMA), APA, Chicago
// author-date, and a line with a quoted or italic title. A line no style reads as a whole gives undefined: the caller
// keeps it raw, and no field is guessed from a part of it.
import type { Author } from '../model/schema.js';

export type ReferenceStyle = 'vancouver' | 'apa' | 'chicago' | 'titled';

export interface ReferenceFields {
  style: ReferenceStyle;
  authors?: Author[];
  title?: string;
  container?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; of a range of years, the later one. */
  issued?: string;
  publisher?: string;
  url?: string;
  doi?: string;
  cslType?: 'article-journal' | 'book' | 'webpage' | 'document';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A year, or a range of years ("2020–2021", "2020-21"). */
const YEAR = String.raw`\d{4}(?:\s*[–-]\s*\d{2,4})?`;
const UPPER = String.raw`\p{Lu}`;
const WORD = String.raw`[\p{L}'’-]+`;

/** The fields of one reference line, or undefined when no style reads the whole line. */
export function parseReferenceText(line: string): ReferenceFields | undefined {
  const { text, url, doi } = takeLinks(line.replace(/\s+/g, ' ').trim());
  const links = { ...(url ? { url } : {}), ...(doi ? { doi } : {}) };
  for (const read of [vancouver, apa, chicagoAuthorDate, titled]) {
    const fields = read(text);
    if (fields) return { ...fields, ...links, cslType: fields.cslType ?? (fields.container ? 'article-journal' : url && !fields.publisher ? 'webpage' : fields.publisher ? 'book' : 'document') };
  }
  return undefined;
}

/** The URL and DOI of a line, and the line without them (nor "doi:", "Available from:", "Retrieved from"). */
function takeLinks(line: string): { text: string; url?: string; doi?: string } {
  let text = line;
  let url: string | undefined;
  let doi: string | undefined;
  const urlMatch = /<?(https?:\/\/[^\s<>"]+?)>?(?=[.,;)]*(?:\s|$))/.exec(text);
  if (urlMatch) {
    url = urlMatch[1];
    text = text.replace(urlMatch[0], ' ');
  }
  const doiMatch = /\b(?:doi:\s*|DOI:?\s*)?(10\.\d{4,9}\/[^\s"<>]+?)(?=[.,;)]*(?:\s|$))/.exec(text) ?? (url ? /\b(10\.\d{4,9}\/[^\s"<>]+?)$/.exec(url) : null);
  if (doiMatch) {
    doi = doiMatch[1];
    if (!url || !url.endsWith(doi!)) text = text.replace(doiMatch[0], ' ');
  }
  text = text
    .replace(/\b(?:Available (?:from|at)|Retrieved from|Accessed)\s*:?\s*(?=[\s.,;]*$)/i, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  return { text: text.endsWith('.') ? text : `${text}.`, ...(url ? { url } : {}), ...(doi ? { doi } : {}) };
}

/** The later year of a range ("2020–2021" or "2020-21" -> "2021"), else the year. */
function laterYear(range: string): string {
  const [first, second] = range.split(/\s*[–-]\s*/);
  if (!second) return first!;
  return second.length === 4 ? second : first!.slice(0, 4 - second.length) + second;
}

/** "2020", "2020 Oct", "2020 Oct 5", "2020, March 3" -> a partial date. */
function partialDate(text: string): string | undefined {
  const match = new RegExp(String.raw`^(${YEAR})[a-z]?(?:,?\s+([A-Za-z]{3,})\.?(?:\s+(\d{1,2}))?)?$`).exec(text.trim());
  if (!match) return undefined;
  const year = laterYear(match[1]!);
  const month = match[2] ? MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (month === 0 || match[1] !== year) return year;
  return `${year}-${String(month).padStart(2, '0')}${match[3] ? `-${match[3].padStart(2, '0')}` : ''}`;
}

const stripEnd = (s: string) => s.replace(/[\s.,;:]+$/, '').trim();

/** Vancouver: `Peccia J, Zulli A, Brackney DE, et al. Title. Nat Biotechnol. 2020;38(10):1164-1167.` */
function vancouver(text: string): ReferenceFields | undefined {
  const name = String.raw`${UPPER}${WORD}(?: ${WORD})* ${UPPER}{1,4}`;
  const pattern = new RegExp(
    String.raw`^(?<authors>${name}(?:, ${name})*(?:,? et al)?)\. (?<title>.+?[.?!]) (?<journal>[^;]+?)\.? (?<date>${YEAR}(?: [A-Z][a-z]{2}(?: \d{1,2})?)?);(?<volume>[^(:;]*)(?:\((?<issue>[^)]+)\))?(?::(?<pages>[^\s;]+?))?\.$`,
    'u',
  );
  const m = pattern.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const authors = g.authors!.replace(/,? et al$/, '').split(', ').map((a) => {
    const at = a.lastIndexOf(' ');
    return { family: a.slice(0, at), given: a.slice(at + 1) };
  });
  const issued = partialDate(g.date!);
  return {
    style: 'vancouver',
    authors,
    title: stripEnd(g.title!),
    container: stripEnd(g.journal!),
    ...(g.volume?.trim() ? { volume: g.volume.trim() } : {}),
    ...(g.issue ? { issue: g.issue } : {}),
    ...(g.pages ? { pages: g.pages } : {}),
    ...(issued ? { issued } : {}),
    cslType: 'article-journal',
  };
}

/** APA: `Smith, J. A., & Jones, B. (2019). Title. Journal, 12(3), 45–67.` or `Organisation. (n.d.). Title. Publisher.` */
function apa(text: string): ReferenceFields | undefined {
  const m = new RegExp(String.raw`^(?<authors>.+?) \((?<date>${YEAR}[a-z]?(?:, [A-Z][a-z]+(?: \d{1,2})?)?|n\.d\.)\)\. (?<rest>.+)$`, 'u').exec(text);
  if (!m?.groups) return undefined;
  const authors = apaAuthors(m.groups.authors!);
  if (!authors) return undefined;
  const issued = m.groups.date === 'n.d.' ? undefined : partialDate(m.groups.date!);
  const rest = titleAndAfter(m.groups.rest!);
  if (!rest) return undefined;
  return { style: 'apa', authors, ...(issued ? { issued } : {}), ...rest };
}

/** APA names: "Family, I. I." joined by ", " and "&"; one name without initials is an organisation. */
function apaAuthors(text: string): Author[] | undefined {
  const initials = new RegExp(String.raw`^(?:${UPPER}\.(?:\s?-?${UPPER}\.)*\s?)+$`, 'u');
  // No comma: one organisation ("National Center for Missing & Exploited Children").
  if (!text.includes(',')) return /\d/.test(text) ? undefined : [{ literal: stripEnd(text) }];
  const tokens = text.replace(/,?\s*&\s*/g, ', ').replace(/,?\s*\.\.\.\s*/g, ', ').split(', ').map((t) => t.trim()).filter(Boolean);
  const out: Author[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const family = tokens[i]!;
    const given = tokens[i + 1];
    if (given === undefined || !initials.test(given) || !new RegExp(String.raw`^${UPPER}${WORD}(?: ${WORD})*$`, 'u').test(family)) return undefined;
    out.push({ family, given });
  }
  return out;
}

/** After the date: a title, then a journal with volume(issue), pages; or a publisher or site. */
function titleAndAfter(rest: string): Omit<ReferenceFields, 'style'> | undefined {
  const m = /^(?<title>.+?[.?!])(?: (?<after>.+))?$/.exec(rest);
  if (!m?.groups) return undefined;
  const title = stripEnd(m.groups.title!.replace(/^[“"]|[”"]$/g, ''));
  const after = m.groups.after?.trim();
  if (!after) return { title };
  const journal = /^(?<container>[^,]+?), (?<volume>\d+)(?:\((?<issue>[^)]+)\))?(?:, (?<pages>[^,\s]+?))?\.$/.exec(after);
  if (journal?.groups) {
    const g = journal.groups;
    return { title, container: g.container!, volume: g.volume!, ...(g.issue ? { issue: g.issue } : {}), ...(g.pages ? { pages: g.pages } : {}) };
  }
  const where = stripEnd(after);
  if (where.includes('. ')) return undefined;
  return /journal|review|proceedings|transactions|letters|bulletin|quarterly|annals/i.test(where) ? { title, container: where } : { title, publisher: where };
}

/** Chicago author-date: `Smith, John, and Jane Doe. 2019. “Title.” Journal 12 (3): 45–67.` */
function chicagoAuthorDate(text: string): ReferenceFields | undefined {
  const m = new RegExp(String.raw`^(?<authors>.+?)\. (?<date>${YEAR})[a-z]?\. (?<rest>.+)$`, 'u').exec(text);
  if (!m?.groups) return undefined;
  const authors = chicagoAuthors(m.groups.authors!);
  if (!authors) return undefined;
  const issued = partialDate(m.groups.date!);
  const rest = m.groups.rest!;
  const quoted = /^[“"](?<title>.+?)[.,?!]?[”"] (?<after>.+)$/.exec(rest);
  const base = { style: 'chicago' as const, authors, ...(issued ? { issued } : {}) };
  if (quoted?.groups) {
    const title = stripEnd(quoted.groups.title!);
    const after = quoted.groups.after!;
    const journal = /^(?<container>.+?) (?<volume>\d+)(?: \((?<issue>[^)]+)\))?: (?<pages>[^\s]+?)\.$/.exec(after);
    if (journal?.groups) {
      const g = journal.groups;
      return { ...base, title, container: g.container!, volume: g.volume!, ...(g.issue ? { issue: g.issue } : {}), pages: g.pages!, cslType: 'article-journal' };
    }
    const where = stripEnd(after);
    return where.includes('. ') ? undefined : { ...base, title, container: where };
  }
  // A book: Title. Place: Publisher.
  const book = /^(?<title>.+?)\. (?:(?<place>[^:.]+): )?(?<publisher>[^.]+)\.$/.exec(rest);
  if (!book?.groups) return undefined;
  return { ...base, title: book.groups.title!, publisher: book.groups.publisher!, cslType: 'book' };
}

/** "Family, Given, Given Family, and Given Family"; one name with no comma is an organisation. */
function chicagoAuthors(text: string): Author[] | undefined {
  const tokens = text.replace(/,? and /g, ', ').split(', ').map((t) => t.trim()).filter(Boolean);
  if (tokens.length === 1) return /\d/.test(tokens[0]!) ? undefined : [{ literal: tokens[0]! }];
  const nameWords = new RegExp(String.raw`^${UPPER}[\p{L}'’.-]*(?: [\p{L}'’.-]+)*$`, 'u');
  if (!tokens.every((t) => nameWords.test(t) || t === 'et al.' || t === 'et al')) return undefined;
  const out: Author[] = [{ family: tokens[0]!, given: tokens[1]! }];
  for (const t of tokens.slice(2)) {
    if (t.startsWith('et al')) break;
    const at = t.lastIndexOf(' ');
    if (at < 0) return undefined;
    out.push({ family: t.slice(at + 1), given: t.slice(0, at) });
  }
  return out;
}

/** Authors, then a title in quotes or in *emphasis*, then where and when: `Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.` */
function titled(text: string): ReferenceFields | undefined {
  const m = /^(?<authors>[^“"*_]*?)[\s,]*(?:[“"](?<quoted>[^”"]+?)[.,]?[”"]|[*_](?<emph>[^*_]+)[*_])(?<after>.*)$/.exec(text);
  if (!m?.groups) return undefined;
  const title = stripEnd(m.groups.quoted ?? m.groups.emph!);
  const names = (m.groups.authors ?? '').trim();
  let authors: Author[] | undefined;
  if (names) {
    authors = apaAuthors(names.replace(/,? and /g, ', & '));
    if (!authors) return undefined;
  }
  const after = m.groups.after!;
  const year = new RegExp(`(?:^|[\\s,(])(${YEAR})[a-z]?(?=[\\s.,);]|$)`).exec(after);
  const parts = after.replace(year?.[0] ?? '\u0000', ' ').split(/[,.]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) return undefined;
  return {
    style: 'titled',
    title,
    ...(authors ? { authors } : {}),
    ...(year ? { issued: laterYear(year[1]!) } : {}),
    ...(parts[0] ? { publisher: parts[0] } : {}),
  };
}
