// Help text for the tool and for each command, read from the command registry.
import { COMMON_OPTIONS, type CommandSpec, type OptionSpec } from './command.js';

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ' ' + o.value : ''}`, o.description]);
  const width = Math.max(...rows.map(([flag]) => flag!.length));
  return rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`);
}

export function toolHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args}`.length));
  return [
    'claimgraph: a knowledge graph of claims, obstacles and sources',
    '',
    'usage: claimgraph <command> [arguments] [--data <dir>] [--json]',
    '',
    'commands:',
    ...commands.map((c) => `  ${`${c.name} ${c.args}`.trimEnd().padEnd(width)}  ${c.summary}`),
    '',
    'options of every command:',
    ...optionLines(COMMON_OPTIONS),
    '',
    'Where an id is expected, a text that matches one node is accepted too.',
    'exit codes: 0 success, 1 invalid data, 2 bad usage',
    '',
  ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
  return [
    `usage: claimgraph ${command.name} ${command.args}`.trimEnd() + ' [options]',
    '',
    command.summary,
    '',
    'options:',
    ...optionLines({ ...(command.options ?? {}), ...COMMON_OPTIONS }),
    '',
    ...(command.details ? [...command.details(), ''] : []),
  ].join('\n');
}
