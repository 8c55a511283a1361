// What a command of the `claimgraph` tool is: its name, arguments, options and what it runs.
import type { ClaimGraph } from '../model/graph.js';
import type { Store } from '../store/open-store.js';
import type { NeighbourhoodNeed } from '../store/store-graph.js';

/** What a command asks of the graph: locally the whole dataset answers all of these; a store sends back only the part. */
export type GraphNeed =
  | { sources: string }
  | { obstacles: string; direct: boolean }
  | { node: string }
  | { find: string }
  | { citedBy: string; direct: boolean }
  | { refersTo: true; briefs?: readonly string[] }
  | { neighbourhood: NeighbourhoodNeed }
  | { whole: true };

export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  /** Shown in help as the value's name, e.g. `<dir>`. */
  value?: string;
  default?: string;
  /** A one-letter alias, e.g. `o` for `-o`. */
  short?: string;
  /** May be given more than once: the values arrive as a list. */
  multiple?: boolean;
}

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: readonly string[];
  /** Parsed options, the common ones (`data`, `json`) included. */
  options: Readonly<Record<string, string | boolean | string[] | undefined>>;
  /** The folder `--data` names (default: the bundled dataset), resolved. */
  dataDir: string;
  /** The dataset named by `--data` (loaded once, on first call; throws DatasetError). */
  graph(): ClaimGraph;
  /** A node id, or the one node a text matches (throws UsageError otherwise). */
  resolve(idOrText: string): string;
  /** The graph that answers `need`: the local dataset, or the part of the store's graph (--endpoint/--graph) it needs. */
  graphFor(need: GraphNeed): Promise<ClaimGraph>;
  /** `resolve`, against the local dataset or the store. */
  locate(idOrText: string): Promise<string>;
  /** The store named by --endpoint and --graph, if one is. */
  store(): Store | undefined;
  /** Shows progress on a terminal (stderr); does nothing when stderr is not one. */
  progress(done: number, total: number, text: string): void;
  /** Readable output: control characters in it are shown, not sent (src/cli/visible.ts). */
  print(text: string): void;
  /** Bytes for stdout as they are (an export written to stdout). */
  write(text: string): void;
  /** A warning line on stderr. */
  warn(text: string): void;
  printJson(value: unknown): void;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as shown in help, e.g. `<id|text>`. */
  args: string;
  /** How many positional arguments it takes. */
  arity: number;
  summary: string;
  options?: Record<string, OptionSpec>;
  /** More help lines after the options (e.g. the table of export formats). */
  details?(): string[];
  /** Takes --data and --endpoint together (push: from the dataset into the store). */
  storeAndData?: boolean;
  /** Answers for one brief with --brief <name> (BRIEF_OPTION): the graph it is given is that brief's view. */
  briefScoped?: boolean;
  run(context: CommandContext): void | Promise<void>;
}

export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  data: { type: 'string', value: '<dir>', description: 'dataset folder (default: the bundled csam-possession-prosecution dataset)' },
  json: { type: 'boolean', description: 'print machine-readable JSON instead of tables' },
  help: { type: 'boolean', description: 'show help' },
};

/** The option of every query that can answer for one brief of a corpus (see CommandSpec.briefScoped). */
export const BRIEF_OPTION: Record<string, OptionSpec> = {
  brief: { type: 'string', value: '<name>', description: 'answer for one brief of the corpus (brief:<name> or <name>): its nodes and the library they touch' },
};

/** The option of the commands on figures (funnel, rate) that leaves secondary figures out. */
export const VERIFIED_ONLY_OPTION: Record<string, OptionSpec> = {
  'verified-only': { type: 'boolean', description: 'leave out secondary figures (read only on a copy, blog or news page)' },
};

/** Options of the commands that can read a SPARQL store instead of a local dataset. */
export const STORE_OPTIONS: Record<string, OptionSpec> = {
  endpoint: { type: 'string', value: '<url>', description: 'read a SPARQL 1.1 store instead of --data (e.g. http://127.0.0.1:8890/sparql); needs --graph' },
  graph: { type: 'string', value: '<iri>', description: 'the named graph in the store that holds the dataset' },
  'update-endpoint': { type: 'string', value: '<url>', description: 'SPARQL Update endpoint (default: Virtuoso\'s <base>/sparql-auth)' },
  'graph-store': { type: 'string', value: '<url>', description: 'Graph Store protocol endpoint (default: Virtuoso\'s <base>/sparql-graph-crud-auth)' },
  timeout: { type: 'string', value: '<s>', description: 'time limit of each store query in seconds (default 30)' },
  'max-rows': { type: 'string', value: '<n>', description: 'largest answer a store query may return, in rows (default 2,000,000); a bigger one is refused' },
};
