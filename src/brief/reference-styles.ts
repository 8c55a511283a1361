// Free-text reference lines in the common styles as bibliographic fields: Vancouver (NLM/AMA), APA, Chicago
// author-date, Harvard, IEEE, an organisation's web page, and a line with a quoted or italic title. A line no style reads
// as a whole gives undefined: the caller keeps it raw, and no field is guessed from a part of it.
import type { Author } from '../model/schema.js';

export type ReferenceStyle = 'vancouver' | 'apa' | 'chicago' | 'harvard' | 'ieee' | 'corporate-web' | 'titled';

export interface ReferenceFields {
  style: ReferenceStyle;
  authors?: Author[];
  /** The author list ends in "et al." (or "and others", or APA's "..."): more authors exist than are listed. */
  authorsTruncated?: true;
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
  cslType?: 'article-journal' | 'book' | 'report' | 'webpage' | 'document';
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
  // The order matters only where two styles could read one line; each style's own marks keep them apart: Vancouver's
  // "Year;Volume", APA's "(Year).", Chicago's ". Year.", Harvard's "(Year)" with no full stop, IEEE's initials first and
  // "Title," in double quotes, an organisation's page "Name. Title. URL (Year).".
  for (const read of [vancouver, apa, chicagoAuthorDate, harvard, ieee, corporateWeb, titled]) {
    const fields = read(text, url !== undefined);
    if (fields) return { ...fields, ...links, cslType: fields.cslType ?? (fields.container ? 'article-journal' : url && !fields.publisher ? 'webpage' : fields.publisher ? 'book' : 'document') };
  }
  return undefined;
}

/**
 * The URL and DOI of a line, and the line without them (nor "doi:", "Available from:", "Retrieved from", IEEE's
 * "[Online]. Available:", or Harvard's "(Accessed: date)" after the URL).
 */
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
  // Harvard's "(Accessed: 5 May 2023)" after the URL: the day it was read, not a date of the document.
  if (url) text = text.replace(/\(\s*(?:Accessed|Viewed)\s*:?[^()]*\)(?=[\s.]*$)/i, ' ');
  text = text
    .replace(/\s*\[Online\]\.?\s*Available\s*:?\s*(?=[\s.,;]*$)/i, ' ')
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

/** "Month." or "Month" -> 1..12, else 0 ("Sept." too). */
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * An author list's closing "et al." ("et al", "and others"): the names before it, and whether it was there. The names
 * are never completed: the field `authorsTruncated` says more authors exist than are listed.
 */
function etAl(names: string): { names: string; truncated: boolean } {
  const m = /^(.+?)[\s,]*\b(?:et al\.?|and others)$/u.exec(names.trim());
  return m ? { names: m[1]!, truncated: true } : { names: names.trim(), truncated: false };
}
const truncation = (truncated: boolean) => (truncated ? { authorsTruncated: true as const } : {});

/** True when a piece of a line holds no sentence break: no ". " but after an initial ("U.S. Department", "J. Smith"). */
const oneSentence = (text: string) => !/(?<!(?:^|[\s.])\p{Lu})\. /u.test(text);

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
  const { names, truncated } = etAl(g.authors!);
  const authors = names.split(', ').map((a) => {
    const at = a.lastIndexOf(' ');
    return { family: a.slice(0, at), given: a.slice(at + 1) };
  });
  const issued = partialDate(g.date!);
  return {
    style: 'vancouver',
    authors,
    ...truncation(truncated),
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
  const names = apaNames(m.groups.authors!);
  if (!names) return undefined;
  const issued = m.groups.date === 'n.d.' ? undefined : partialDate(m.groups.date!);
  const rest = titleAndAfter(m.groups.rest!);
  if (!rest) return undefined;
  return { style: 'apa', authors: names.authors, ...truncation(names.truncated), ...(issued ? { issued } : {}), ...rest };
}

/**
 * APA names with what marks a list as incomplete: a closing "et al." (which APA itself never writes, but briefs do), or
 * APA's "..." between the 19th and the last of 21 or more authors. Either way more authors exist than are listed.
 */
function apaNames(text: string): { authors: Author[]; truncated: boolean } | undefined {
  const { names, truncated } = etAl(text);
  const elided = /(?:^|[\s,])(?:\.\.\.|…)(?=\s)/.test(names);
  const authors = apaAuthors(names.replace(/,?\s*…\s*/g, ' ... '));
  return authors ? { authors, truncated: truncated || elided } : undefined;
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
  const { names, truncated } = etAl(m.groups.authors!);
  const authors = chicagoAuthors(names);
  if (!authors) return undefined;
  const issued = partialDate(m.groups.date!);
  const rest = m.groups.rest!;
  const quoted = /^[“"](?<title>.+?)[.,?!]?[”"] (?<after>.+)$/.exec(rest);
  const base = { style: 'chicago' as const, authors, ...truncation(truncated), ...(issued ? { issued } : {}) };
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
  if (!tokens.every((t) => nameWords.test(t))) return undefined;
  const out: Author[] = [{ family: tokens[0]!, given: tokens[1]! }];
  for (const t of tokens.slice(2)) {
    const at = t.lastIndexOf(' ');
    if (at < 0) return undefined;
    out.push({ family: t.slice(at + 1), given: t.slice(0, at) });
  }
  return out;
}

/**
 * Harvard (Cite Them Right): `Wolak, J., Finkelhor, D. and Mitchell, K.J. (2011) 'Title', Journal, 23(1), pp. 22-42.`;
 * a book or report `Family, I. (2019) *Title*. Place: Publisher.`; a page `Organisation (2023) Title.` with its URL. The
 * year in parentheses has no full stop after it (APA's has), and the last name joins with "and" (APA's with "&").
 */
function harvard(text: string, hasUrl: boolean): ReferenceFields | undefined {
  const m = new RegExp(String.raw`^(?<authors>.+?) \((?<date>(?<year>${YEAR})[a-z]?|n\.d\.)\) (?<rest>[^\s.,].*)$`, 'u').exec(text);
  if (!m?.groups) return undefined;
  const names = harvardNames(m.groups.authors!);
  if (!names) return undefined;
  const rest = harvardRest(m.groups.rest!, hasUrl);
  if (!rest) return undefined;
  const year = m.groups.year;
  return { style: 'harvard', authors: names.authors, ...truncation(names.truncated), ...(year ? { issued: laterYear(year) } : {}), ...rest };
}

/** A Vancouver person ("Smith J", "Van Dyke JA"): never taken for an organisation. */
const VANCOUVER_PERSON = new RegExp(String.raw`^${UPPER}${WORD}(?: ${UPPER}${WORD})? ${UPPER}{1,3}$`, 'u');

/** Harvard names: "Family, I.I." joined by ", " and a last " and "; one name with no comma is an organisation. */
function harvardNames(text: string): { authors: Author[]; truncated: boolean } | undefined {
  const { names, truncated } = etAl(text);
  if (!names.includes(',')) {
    // "Smith et al." is a person without initials, not an organisation.
    if (truncated || /\d/.test(names) || VANCOUVER_PERSON.test(names)) return undefined;
    return { authors: [{ literal: stripEnd(names) }], truncated: false };
  }
  if (names.includes('&')) return undefined; // APA's join
  const authors = apaAuthors(names.replace(/,? and /g, ', '));
  return authors ? { authors, truncated } : undefined;
}

/** After a Harvard year: a quoted title and its journal, an italic title and its publisher, or (with a URL) a page's title. */
function harvardRest(rest: string, hasUrl: boolean): Omit<ReferenceFields, 'style'> | undefined {
  const quoted = /^(?:'(?<single>.+?)'|‘(?<curly>.+?)’|["“](?<double>.+?)["”])(?:[,.] (?<after>.+)|\.)$/u.exec(rest);
  if (quoted?.groups) {
    const title = stripEnd(quoted.groups.single ?? quoted.groups.curly ?? quoted.groups.double!);
    const after = quoted.groups.after;
    if (after === undefined) return { title };
    const journal = /^[*_]?(?<container>.+?)[*_]?, (?<volume>\d+)(?:\((?<issue>[^)]+)\))?(?:, pp?\. (?<pages>[^\s,]+?))?\.$/u.exec(after);
    if (!journal?.groups || !oneSentence(journal.groups.container!)) return undefined;
    const g = journal.groups;
    return { title, container: g.container!, volume: g.volume!, ...(g.issue ? { issue: g.issue } : {}), ...(g.pages ? { pages: g.pages } : {}), cslType: 'article-journal' };
  }
  const italic = /^(?<mark>[*_])(?<title>[^*_]+?)\k<mark>(?:[.,] (?<after>.+)|\.)$/u.exec(rest);
  if (italic?.groups) {
    const title = stripEnd(italic.groups.title!);
    const after = italic.groups.after;
    if (after === undefined) return { title };
    const book = /^(?:(?<place>[^:]+): )?(?<publisher>[^:]+?)\.$/u.exec(after);
    if (!book?.groups || !oneSentence(book.groups.publisher!) || !oneSentence(book.groups.place ?? '')) return undefined;
    return { title, publisher: book.groups.publisher! };
  }
  // A web page's title, alone between the year and the URL.
  const plain = /^(?<title>[^'‘"“*_].*?[^.])\.$/u.exec(rest);
  return hasUrl && plain?.groups && oneSentence(plain.groups.title!) ? { title: plain.groups.title! } : undefined;
}

/** An IEEE date: "Dec. 2007", "Sept. 2020", "2019", "Jan.–Feb. 2020" (a range gives the year). */
const IEEE_DATE = String.raw`(?:(?<month>[A-Z][a-z]{2,8})\.?(?<range>\s?[–/-]\s?[A-Z][a-z]{2,8}\.?)? )?(?<year>\d{4})`;
/** An IEEE name, initials first: "M. Motivans", "J. A. van der Berg", "J.-P. Sartre", "K.J. Lee". */
const IEEE_NAME = new RegExp(String.raw`^(?<given>${UPPER}\.(?:[\s-]?${UPPER}\.)*) (?<family>(?:\p{Ll}+ )*${UPPER}${WORD}(?: ${UPPER}${WORD})?)$`, 'u');

/**
 * IEEE: `M. Motivans and T. Kyckelhahn, "Title," Publisher, Place, Rep. NCJ 219412, Dec. 2007.` or
 * `A. B. Family, C. Family, and D. Family, "Title," Journal, vol. 23, no. 1, pp. 22–42, Mon. Year.` Initials come first
 * and the title's comma is inside its double quotes. A report's number has no field (it stays in the line kept as the
 * source's description), nor has the place.
 */
function ieee(text: string): ReferenceFields | undefined {
  const m = /^(?<authors>[^"“”]+?), ["“](?<title>[^"“”]+?)(?:,|(?<mark>[?!]),?)["”] (?<after>.+)$/u.exec(text);
  if (!m?.groups) return undefined;
  const { names, truncated } = etAl(m.groups.authors!);
  const authors: Author[] = [];
  for (const name of names.split(/,? and |, /)) {
    const person = IEEE_NAME.exec(name.trim());
    if (!person?.groups) return undefined;
    authors.push({ family: person.groups.family!, given: person.groups.given! });
  }
  const title = m.groups.title!.trim() + (m.groups.mark ?? '');
  const base = { style: 'ieee' as const, authors, ...truncation(truncated), title };
  const after = m.groups.after!;
  const journal = new RegExp(String.raw`^[*_]?(?<container>[^*_,]+?)[*_]?, vol\. (?<volume>[^,]+?)(?:, no\. (?<issue>[^,]+?))?(?:, pp?\. (?<pages>[^,\s]+?))?, ${IEEE_DATE}\.$`, 'u').exec(after);
  if (journal?.groups) {
    const g = journal.groups;
    const issued = ieeeDate(g);
    if (!issued || !oneSentence(g.container!)) return undefined;
    return { ...base, container: g.container!, volume: g.volume!, ...(g.issue ? { issue: g.issue } : {}), ...(g.pages ? { pages: g.pages } : {}), issued, cslType: 'article-journal' };
  }
  const report = new RegExp(String.raw`^(?<publisher>[^,]+?), (?<place>[^]+?), (?:Tech\. )?Rep\. (?<number>[^,]+?), ${IEEE_DATE}\.$`, 'u').exec(after);
  if (report?.groups) {
    const g = report.groups;
    const issued = ieeeDate(g);
    if (!issued || !oneSentence(g.publisher!) || !oneSentence(g.place!)) return undefined;
    return { ...base, publisher: g.publisher!, issued, cslType: 'report' };
  }
  return undefined;
}

/** "Dec. 2007" -> "2007-12", "2007" -> "2007", a range of months -> the year; undefined for a word that is no month. */
function ieeeDate(g: Record<string, string | undefined>): string | undefined {
  if (!g.month) return g.year;
  const month = monthNumber(g.month);
  if (month === 0 || (g.range && monthNumber(g.range.replace(/[^A-Za-z]/g, '')) === 0)) return undefined;
  return g.range ? g.year : `${g.year}-${String(month).padStart(2, '0')}`;
}

/**
 * An organisation's web page: `Centers for Disease Control and Prevention. Title. https://... (2023).` The organisation
 * is the line up to its first full stop (an initial's "U.S." is no full stop), the title the one sentence after it; the
 * line must have a URL. (The shape `Organisation (2023). Title. URL` is APA's, read there.)
 */
function corporateWeb(text: string, hasUrl: boolean): ReferenceFields | undefined {
  if (!hasUrl) return undefined;
  const m = new RegExp(String.raw`^(?<org>.+?)(?<!(?:^|[\s.])${UPPER})\. (?<title>.+?)(?<end>[.?!]) \((?<year>${YEAR})\)\.$`, 'u').exec(text);
  if (!m?.groups) return undefined;
  const org = m.groups.org!;
  const title = m.groups.title! + (m.groups.end === '.' ? '' : m.groups.end!);
  if (/[,\d]/.test(org) || VANCOUVER_PERSON.test(org) || etAl(org).truncated || !oneSentence(title)) return undefined;
  return { style: 'corporate-web', authors: [{ literal: org }], title, issued: laterYear(m.groups.year!), cslType: 'webpage' };
}

/** Authors, then a title in quotes or in *emphasis*, then where and when: `Lee, K. and Park, S. *Ageing gauges*, Water Press, 2015.` */
function titled(text: string): ReferenceFields | undefined {
  const m = /^(?<authors>[^“"*_]*?)[\s,]*(?:[“"](?<quoted>[^”"]+?)[.,]?[”"]|[*_](?<emph>[^*_]+)[*_])(?<after>.*)$/.exec(text);
  if (!m?.groups) return undefined;
  const title = stripEnd(m.groups.quoted ?? m.groups.emph!);
  const names = (m.groups.authors ?? '').trim();
  let authors: Author[] | undefined;
  let truncated = false;
  if (names) {
    const listed = etAl(names);
    authors = apaAuthors(listed.names.replace(/,? and /g, ', & '));
    if (!authors) return undefined;
    truncated = listed.truncated;
  }
  const after = m.groups.after!;
  const year = new RegExp(`(?:^|[\\s,(])(${YEAR})[a-z]?(?=[\\s.,);]|$)`).exec(after);
  const parts = after.replace(year?.[0] ?? '\u0000', ' ').split(/[,.]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) return undefined;
  return {
    style: 'titled',
    title,
    ...(authors ? { authors, ...truncation(truncated) } : {}),
    ...(year ? { issued: laterYear(year[1]!) } : {}),
    ...(parts[0] ? { publisher: parts[0] } : {}),
  };
}
