// Runs the `claimgraph` command in-process (runCli) or as the built binary in a child process (runBin, startBin).
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { main } from '../../src/cli/main.js';

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}


/** The built command, as a user runs it (bin/claimgraph.js over dist/cli/main.js: run `npm run build` first). */
export const BIN = join(packageRoot, 'bin', 'claimgraph.js');

/** Runs the built command in a child process and waits for it. */
export function runBin(args: readonly string[], options: SpawnSyncOptions = {}): { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  return { code: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Starts the built command in a child process; `done` resolves with its exit code (or signal) and output. */
export function startBin(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (t: string) => void (stdout += t));
  child.stderr!.setEncoding('utf8').on('data', (t: string) => void (stderr += t));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, output: () => ({ stdout, stderr }), done };
}
