// Natural order for ids, citations and section numbers ("2" before "10", "claim:c2" before "claim:c10").
// One shared collator: `localeCompare` with a locale and options builds a new one on every call.

export const naturalCompare: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;
