// Natural order for ids, citations and section numbers ("2" before "10", "claim:c2" before "claim:c10").
// One shared collator: `localeCompare` with a locale and options builds a new one on every call.

const collator = new Intl.Collator('en', { numeric: true });
/** A whole number without leading zeros: the common citation ("12") and section ("7"). */
const PLAIN_NUMBER = /^(?:0|[1-9]\d*)$/;

export function naturalCompare(a: string, b: string): number {
  // Two plain numbers compare by length, then digit by digit: the collator's order, at a fraction of its cost.
  if (PLAIN_NUMBER.test(a) && PLAIN_NUMBER.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return collator.compare(a, b);
}
