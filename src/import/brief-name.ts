// The name a brief's copy gets inside a dataset folder: its own, unless that could be read as a dataset file.

/**
 * A dataset is every `*.json` file of its folder, so a brief named `notes.json` (or `graph.json`) would be loaded as
 * data, or overwrite the dataset: such a brief is kept as `<name>.txt` (`graph.json` -> `graph.txt`). Other names stay.
 */
export function briefDocumentName(fileName: string): string {
  const name = fileName.replace(/[/\\]/g, '_');
  if (/\.json$/i.test(name)) return `${name.slice(0, -'.json'.length) || 'brief'}.txt`;
  if (name === '' || name === '.' || name === '..') return 'brief.txt';
  return name;
}
