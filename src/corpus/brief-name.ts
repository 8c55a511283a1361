// A brief's name in a corpus (its id is `brief:<name>`, its folder `briefs/<name>/`), as import and migrate mint it.

/**
 * The name from a text (a file name, `--brief`): a leading `brief:` dropped, accents stripped, lower case, letters,
 * digits and . _ ~ - kept, every other run one hyphen. Lower case, so that two names never differ only by case (one
 * folder on a case-blind file system). Empty when nothing usable is left.
 */
export function briefName(text: string): string {
  return text
    .replace(/^brief:/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
}
