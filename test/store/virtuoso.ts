// Starts and stops a throwaway Virtuoso Open Source 7 server (Debian's virtuoso-opensource-7-bin) for the store tests
// and the benchmark: its own folder under the temp dir, free ports on 127.0.0.1, a fresh dba password, a clean shutdown.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const VIRTUOSO_BINARY = '/usr/bin/virtuoso-t';
export const ISQL_BINARY = '/usr/bin/isql-vt';

export interface VirtuosoServer {
  /** The SPARQL endpoint, e.g. http://127.0.0.1:8890/sparql */
  endpoint: string;
  /** The server's base URL, e.g. http://127.0.0.1:8890 */
  base: string;
  user: string;
  password: string;
  dir: string;
  sqlPort: number;
  httpPort: number;
  stop(): Promise<void>;
}

export function virtuosoInstalled(): boolean {
  return existsSync(VIRTUOSO_BINARY) && existsSync(ISQL_BINARY);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number, buffers: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.round(buffers * 0.75)}
DirsAllowed = ., ${dir}
DefaultIsolation = 2

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 10
MaxClientConnections = 10
KeepAliveTimeout = 10
MaxKeepAlives = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 600
MaxQueryCostEstimationTime = 0
DefaultQuery = ASK {}
`;
}

async function waitUntilReady(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`claimgraph/virtuoso: virtuoso-t exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`, { headers: { Accept: 'application/sparql-results+json' }, signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`claimgraph/virtuoso: not ready after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface StartOptions {
  /** Pages of 8 kB in the buffer pool (default 100,000: about 800 MB, enough for a 1M-element graph). */
  buffers?: number;
  timeoutMs?: number;
}

/** Starts a fresh server; on any failure it stops what it started and removes its folder. */
export async function startVirtuoso(options: StartOptions = {}): Promise<VirtuosoServer> {
  if (!virtuosoInstalled()) throw new Error(`claimgraph/virtuoso: ${VIRTUOSO_BINARY} is missing: apt-get install -y --no-install-recommends virtuoso-opensource-7-bin`);
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort, options.buffers ?? 100_000));
  const child = spawn(VIRTUOSO_BINARY, ['+configfile', join(dir, 'virtuoso.ini'), '+foreground'], { cwd: dir, stdio: 'ignore' });
  const base = `http://127.0.0.1:${httpPort}`;
  const password = `cg${Math.random().toString(36).slice(2, 12)}`;
  const isql = (user: string, pass: string, sql: string) => run(ISQL_BINARY, [`127.0.0.1:${sqlPort}`, user, pass, `exec=${sql}`], { timeout: 120_000 });
  let current = 'dba';
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await isql('dba', current, 'shutdown;').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(base, child, options.timeoutMs ?? 60_000);
    await isql('dba', 'dba', `USER_SET_PASSWORD('dba', '${password}');`);
    current = password;
    // isql-vt exits 0 even when its SQL fails: check that the new password works.
    await isql('dba', password, 'select 1;');
    const log = readFileSync(join(dir, 'virtuoso.log'), 'utf8');
    if (/\bFATAL\b/.test(log)) throw new Error(`claimgraph/virtuoso: the server log reports a fatal error`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `${base}/sparql`, base, user: 'dba', password, dir, sqlPort, httpPort, stop };
}
