// The `claimgraph` command: parses arguments, runs a command from the registry, maps failures to exit codes.
import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGraph } from '../load/load-graph.js';
import { DatasetError, formatProblem } from '../load/problems.js';
import type { ClaimGraph } from '../model/graph.js';
import { defaultDatasetDir } from '../paths.js';
import { briefId, briefView } from '../query/brief-view.js';
import { resolveNode } from '../query/find.js';
import { COMMON_OPTIONS, type CommandContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { commandHelp, toolHelp } from './help.js';
import { UsageError } from './usage-error.js';
import { visible, visibleJson } from './visible.js';
import { ListenError } from '../serve/serve-viewer.js';
import { describeSystemError, isSystemError, OperationError } from '../io/failure.js';
import { installSignalCleanup } from '../io/temp-registry.js';
import { progressLine, storeFromOptions, storePart } from './store-access.js';
import { StoreError } from '../store/http-client.js';

export const EXIT = { ok: 0, invalidData: 1, usage: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** A reader that stops early (`claimgraph show … | head -1`) is not an error: stop quietly, exit 0. */
function quietOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
}

/** Runs the tool with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) {
    quietOnBrokenPipe();
    installSignalCleanup();
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(toolHelp(COMMANDS));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`claimgraph: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`);
    return EXIT.usage;
  }
  const json = rest.includes('--json');
  try {
    const specs = { ...COMMON_OPTIONS, ...(command.options ?? {}) };
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: Object.fromEntries(
        Object.entries(specs).map(([k, o]) => [k, { type: o.type, ...(o.default === undefined ? {} : { default: o.default }), ...(o.short === undefined ? {} : { short: o.short }), ...(o.multiple ? { multiple: true } : {}) }]),
      ),
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    if (positionals.length !== command.arity) {
      throw new UsageError(`${command.name} takes ${command.arity === 0 ? 'no arguments' : command.args}; usage: claimgraph ${command.name} ${command.args}`.trimEnd());
    }
    const dataDir = resolvePath(typeof values.data === 'string' ? values.data : defaultDatasetDir);
    // --brief: every query answers on that brief's view of the graph, locally or from a store's part.
    const brief = command.briefScoped && typeof values.brief === 'string' ? briefId(values.brief) : undefined;
    const scoped = (whole: ClaimGraph) => (brief === undefined ? whole : briefView(whole, brief));
    let graph: ClaimGraph | undefined;
    let briefGraph: Promise<ClaimGraph> | undefined;
    const briefOfStore = () => (briefGraph ??= store!.graph.briefPart(brief!).then(scoped));
    const store = storeFromOptions(values as Record<string, string | boolean | string[] | undefined>, command.storeAndData === true);
    const showProgress = io === processIo && process.stderr.isTTY === true;
    const context: CommandContext = {
      args: positionals,
      options: values as Record<string, string | boolean | string[] | undefined>,
      dataDir,
      graph: () => (graph ??= scoped(loadGraph(dataDir))),
      resolve(idOrText) {
        const found = resolveNode(context.graph(), idOrText);
        if (!found.ok) throw new UsageError(found.message);
        return found.id;
      },
      // With --brief a store sends the brief's part (small, whatever the corpus), and every answer comes from its view.
      graphFor: async (need) => (!store ? context.graph() : brief !== undefined ? briefOfStore() : storePart(store, need)),
      async locate(idOrText) {
        if (!store) return context.resolve(idOrText);
        const found = brief !== undefined ? resolveNode(await briefOfStore(), idOrText) : await store.graph.resolve(idOrText);
        if (!found.ok) throw new UsageError(found.message);
        return found.id;
      },
      store: () => store,
      progress: (done, total, text) => {
        if (showProgress) io.stderr(done >= total ? `${progressLine(done, total, text)}\n` : progressLine(done, total, text));
      },
      print: (text) => io.stdout(visible(text)),
      write: io.stdout,
      warn: (text) => io.stderr(visible(text)),
      printJson: (value) => io.stdout(visibleJson(JSON.stringify(value, null, 2)) + '\n'),
    };
    await command.run(context);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StoreError) {
      // The store could not answer (unreachable, refused, a limit): one line, never the credentials; exit 1.
      io.stderr(`claimgraph ${command.name}: ${visible(error.message.replace(/^claimgraph\/store: /, ''))}\n`);
      return EXIT.invalidData;
    }
    if (error instanceof DatasetError) {
      if (json) io.stdout(visibleJson(JSON.stringify({ valid: false, problems: error.problems }, null, 2)) + '\n');
      for (const problem of error.problems) io.stderr(visible(formatProblem(problem)) + '\n');
      return EXIT.invalidData;
    }
    const message = visible(error instanceof Error ? error.message.replace(/^claimgraph\/\w+: /, '') : String(error));
    if (error instanceof ListenError) {
      io.stderr(`claimgraph ${command.name}: ${message}\n`);
      return error.usage ? EXIT.usage : EXIT.invalidData;
    }
    if (error instanceof OperationError) {
      io.stderr(`claimgraph ${command.name}: ${message}\n`);
      return EXIT.invalidData;
    }
    if (isSystemError(error)) {
      io.stderr(`claimgraph ${command.name}: ${visible(describeSystemError(error))}\n`);
      return EXIT.invalidData;
    }
    if (error instanceof UsageError || isUsageLike(error)) {
      io.stderr(`claimgraph ${command.name}: ${message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** parseArgs' errors, query argument checks (wrong kind of node) and range checks are usage errors. */
function isUsageLike(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  return (code?.startsWith('ERR_PARSE_ARGS') ?? false) || error instanceof RangeError || /^claimgraph\/\w+: /.test(error.message);
}
