// Readable, stable node ids derived from text: `claim:available-reporting-does-not-provide-single`, deduplicated with -2, -3.

const SKIP = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'as', 'at', 'is', 'are', 'be', 'that', 'this', 'it']);

/** The first `words` meaningful words of a text, lower-case ASCII, joined by hyphens ("item" if none are left). */
export function slugOf(text: string, words = 6): string {
  const parts = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SKIP.has(w));
  return parts.slice(0, words).join('-') || 'item';
}

/**
 * Hands out ids `prefix:slug` (`prefix:namespace/slug` under a namespace, e.g. a brief's name), adding -2, -3 ... to a
 * slug already taken (by this allocator or by `taken`).
 */
export class IdAllocator {
  private readonly used: Set<string>;

  constructor(
    taken: Iterable<string> = [],
    private readonly namespace?: string,
  ) {
    this.used = new Set(taken);
  }

  next(prefix: string, slug: string): string {
    if (this.namespace !== undefined) slug = `${this.namespace}/${slug}`;
    let id = `${prefix}:${slug}`;
    for (let n = 2; this.used.has(id); n++) id = `${prefix}:${slug}-${n}`;
    this.used.add(id);
    return id;
  }
}
