// What a command of the `claimgraph` tool is: its name, arguments, options and what it runs.
import type { ClaimGraph } from '../model/graph.js';

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
  /** The dataset named by `--data` (loaded once, on first call; throws DatasetError). */
  graph(): ClaimGraph;
  /** A node id, or the one node a text matches (throws UsageError otherwise). */
  resolve(idOrText: string): string;
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
  run(context: CommandContext): void | Promise<void>;
}

export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  data: { type: 'string', value: '<dir>', description: 'dataset folder (default: the bundled csam-possession-prosecution dataset)' },
  json: { type: 'boolean', description: 'print machine-readable JSON instead of tables' },
  help: { type: 'boolean', description: 'show help' },
};
