// Names of a source's authors as text: a person as "Family, Given", an organisation as its name; the year of a partial date.
import type { Author } from './schema.js';

/** "Family, Given" for a person (just "Family" without given names), the name for an organisation. */
export function authorName(author: Author): string {
  if ('literal' in author) return author.literal;
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/** The word that closes a truncated author list (the source's `authorsTruncated`): more authors exist than are listed. */
export const ET_AL = 'et al.';

/** All authors as one line, "Family, Given; Organisation", in order; ending in "et al." when the list is truncated. */
export function authorsLine(authors: readonly Author[] | undefined, truncated = false): string {
  const names = (authors ?? []).map(authorName);
  return (truncated && names.length > 0 ? [...names, ET_AL] : names).join('; ');
}

/** The family name of a person, or the organisation's name: what a citation key or a short citation starts with. */
export function authorSortName(author: Author): string {
  return 'literal' in author ? author.literal : author.family;
}

/** The year of a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function yearOf(issued: string | undefined): number | undefined {
  const match = issued === undefined ? null : /^(\d{4})/.exec(issued);
  return match ? Number(match[1]) : undefined;
}

/** A partial date as CSL date parts: "2024-05" -> [[2024, 5]]. */
export function dateParts(issued: string): number[][] {
  return [issued.split('-').map(Number)];
}
