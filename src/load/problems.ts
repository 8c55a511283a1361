// Problems found in a dataset, each pinned to a file, a line and column, and a JSON pointer; and the error that carries them.

export interface Problem {
  /** The file the problem is in (as given to the loader), or the dataset folder. */
  file: string;
  /** 1-based line and column of the offending value, when the problem is inside a file. */
  line?: number;
  column?: number;
  /** RFC 6901 JSON pointer to the offending value ("" for the whole file); absent for problems in a text (a brief). */
  pointer?: string;
  message: string;
}

/** `file:line:column  /json/pointer  message`, one line. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return problem.pointer === undefined ? `${where}  ${problem.message}` : `${where}  ${problem.pointer || '/'}  ${problem.message}`;
}

/** A file that cannot be parsed comes first: every other problem may follow from it. */
const unparsable = (p: Problem) => (p.message.startsWith('invalid JSON: ') ? 0 : 1);

export function compareProblems(a: Problem, b: Problem): number {
  if (unparsable(a) !== unparsable(b)) return unparsable(a) - unparsable(b);
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/**
 * Thrown when a dataset (or a brief being imported) is invalid: it holds every problem found, never a partial result.
 * `module` names who found them in the message: `claimgraph/load: ...`, `claimgraph/import: ...`.
 */
export class DatasetError extends Error {
  readonly problems: readonly Problem[];

  constructor(source: string, problems: Problem[], module = 'load') {
    const sorted = [...problems].sort(compareProblems);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`claimgraph/${module}: ${count} in ${source}\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
    this.problems = sorted;
  }
}

/** A JSON pointer from a path of keys and indices (RFC 6901 escaping). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Paths as a message lists them: quoted, the first ten, then how many more. */
export const listOf = (paths: readonly string[]) =>
  paths.length === 0 ? 'none' : `${paths.slice(0, 10).map((p) => `"${p}"`).join(', ')}${paths.length > 10 ? ` and ${paths.length - 10} more` : ''}`;
