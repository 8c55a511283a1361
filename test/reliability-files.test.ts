// What the command does to files, run as the built binary in real processes: it never deletes what it did not write,
// writes through to devices and FIFOs, follows links, keeps modes, locks against a second writer, and cleans up its
// temporary files when interrupted.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, startBin } from './helpers/run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'claimgraph-files-'));
const mode = (path: string) => statSync(path).mode & 0o777;
/** The mode a new folder gets here: 0777 less the umask (what mkdir(1) gives). */
const folderMode = () => {
  const probe = join(temp(), 'probe');
  mkdirSync(probe);
  return mode(probe);
};

describe('export -o onto a folder (csv)', () => {
  it('writes nodes.csv and edges.csv into it and deletes nothing else; the folder keeps its mode', () => {
    const f = temp();
    mkdirSync(join(f, 'sub'));
    writeFileSync(join(f, 'thesis.tex'), 'x\n');
    writeFileSync(join(f, 'sub', 'notes.txt'), 'y\n');
    chmodSync(f, 0o750);
    const result = runBin(['export', '--format', 'csv', '-o', f]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(f).sort()).toEqual(['edges.csv', 'nodes.csv', 'sub', 'thesis.tex']);
    expect(readFileSync(join(f, 'thesis.tex'), 'utf8')).toBe('x\n');
    expect(readFileSync(join(f, 'sub', 'notes.txt'), 'utf8')).toBe('y\n');
    expect(mode(f)).toBe(0o750);
  });

  it('with -o . it writes into the working folder and leaves the rest', () => {
    const f = temp();
    writeFileSync(join(f, 'keep.md'), 'k');
    const result = runBin(['export', '--format', 'csv', '-o', '.'], { cwd: f });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(f).sort()).toEqual(['edges.csv', 'keep.md', 'nodes.csv']);
  });

  it('creates a missing folder (like every other format), with the usual mode, not 700', () => {
    const out = join(temp(), 'new', 'csv');
    const result = runBin(['export', '--format', 'csv', '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(mode(out)).toBe(folderMode());
    expect(mode(out)).not.toBe(0o700);
  });

  it('folders made by generate and import get the usual mode too', () => {
    const dir = temp();
    expect(runBin(['generate', '--claims', '5', '--out', join(dir, 'g')]).code).toBe(0);
    expect(mode(join(dir, 'g'))).toBe(folderMode());
    const brief = join(dir, 'b.txt');
    writeFileSync(brief, 'Why?\nSummary\nA claim [1].\n');
    const imported = runBin(['import', brief, '--out', join(dir, 'i')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(mode(join(dir, 'i'))).toBe(folderMode());
    expect(readdirSync(dir).sort()).toEqual(['b.txt', 'g', 'i']);
  });
});

describe('export -o onto special files', () => {
  const expected = () => runBin(['export', '--format', 'dot']).stdout;

  it('a character device (a null device) stays a character device', () => {
    // As root, a private null device (mknod) in a temporary folder: a broken build must not be able to replace the
    // machine's /dev/null. Without root, /dev/null itself (its folder is not writable, so nothing can replace it).
    let device = '/dev/null';
    if (process.getuid?.() === 0) {
      device = join(temp(), 'null');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    }
    const result = runBin(['export', '--format', 'graphml', '-o', device]);
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(statSync(device).size).toBe(0);
  });

  it('a FIFO is written through to its reader and stays a FIFO', async () => {
    const fifo = join(temp(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (t: string) => (read += t));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const writer = startBin(['export', '--format', 'dot', '-o', fifo]);
    const done = await writer.done;
    await closed;
    expect(done.code, done.stderr).toBe(0);
    expect(read).toBe(expected());
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o - is stdout', () => {
    const result = runBin(['export', '--format', 'dot', '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected());
  });

  it('a symlink is followed: its target is replaced, the link stays', () => {
    const dir = temp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'fig.dot'), 'old');
    symlinkSync('real/fig.dot', join(dir, 'link.dot'));
    symlinkSync('real/new.dot', join(dir, 'dangling.dot'));
    expect(runBin(['export', '--format', 'dot', '-o', join(dir, 'link.dot')]).code).toBe(0);
    expect(runBin(['export', '--format', 'dot', '-o', join(dir, 'dangling.dot')]).code).toBe(0);
    expect(lstatSync(join(dir, 'link.dot')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.dot'))).toBe('real/fig.dot');
    expect(readFileSync(join(dir, 'real', 'fig.dot'), 'utf8')).toBe(expected());
    expect(lstatSync(join(dir, 'dangling.dot')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'new.dot'), 'utf8')).toBe(expected());
    expect(readdirSync(dir).sort()).toEqual(['dangling.dot', 'link.dot', 'real']);
  });

  it('an existing file keeps its mode', () => {
    const out = join(temp(), 'private.dot');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect(runBin(['export', '--format', 'dot', '-o', out]).code).toBe(0);
    expect(mode(out)).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe(expected());
  });

  it('a folder given as a single-file target: one line, exit 1, nothing touched', () => {
    const dir = temp();
    const result = runBin(['export', '--format', 'dot', '-o', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`claimgraph export: ${dir} is a folder; give a file name\n`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('two writers at once (two real processes)', () => {
  const brief = (claims: string[]) => `Why?\nSummary\n${claims.map((c) => `${c} [1].`).join(' ')}\n`;

  it('two imports into one dataset: both additions kept, or the loser fails with one line (exit 1); nothing lost', async () => {
    for (let round = 0; round < 4; round++) {
      const dir = temp();
      const base = join(dir, 'base.txt');
      writeFileSync(base, brief(['The base claim holds']));
      expect(runBin(['import', base, '--out', join(dir, 'data')]).code).toBe(0);
      const a = join(dir, 'a.txt');
      const b = join(dir, 'b.txt');
      writeFileSync(a, brief(['The base claim holds', 'Alpha adds this claim']));
      writeFileSync(b, brief(['The base claim holds', 'Beta adds that claim']));
      const [ra, rb] = await Promise.all([startBin(['import', a, '--out', join(dir, 'data')]).done, startBin(['import', b, '--out', join(dir, 'data')]).done]);
      const quotes = JSON.parse(runBin(['export', '--data', join(dir, 'data')]).stdout).nodes.map((n: { quote?: string }) => n.quote);
      for (const [result, quote] of [[ra, 'Alpha adds this claim'], [rb, 'Beta adds that claim']] as const) {
        if (result.code === 0) expect(quotes, `round ${round}`).toContain(quote);
        else {
          expect(result.code).toBe(1);
          expect(result.stderr).toMatch(/^claimgraph import: \S+ is being written by another claimgraph process \(pid \d+\); nothing written, try again when it has finished\n$/);
        }
      }
      expect([ra.code, rb.code]).toContain(0);
      expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt', 'base.txt', 'data']);
    }
  });

  it('two generates into one folder: one wins, the other fails clearly and replaces nothing', async () => {
    const dir = temp();
    const out = join(dir, 'g');
    const [small, large] = await Promise.all([startBin(['generate', '--claims', '3000', '--out', out]).done, startBin(['generate', '--claims', '3001', '--out', out]).done]);
    const results = [small, large];
    expect(results.filter((r) => r.code === 0)).toHaveLength(1);
    const loser = results.find((r) => r.code !== 0)!;
    expect(loser.stderr.trim().split('\n')).toHaveLength(1);
    expect(loser.stderr).toMatch(/being written by another claimgraph process|exists already/);
    const winner = results.indexOf(results.find((r) => r.code === 0)!);
    const title = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).dataset.title as string;
    expect(title).toContain(winner === 0 ? '3000 claims' : '3001 claims');
    expect(readdirSync(dir)).toEqual(['g']);
  });

  it('a lock left by a process that is gone is taken over', () => {
    const dir = temp();
    writeFileSync(join(dir, '.g.lock'), '999999999\n');
    const result = runBin(['generate', '--claims', '5', '--out', join(dir, 'g')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['g']);
  });
});

describe('interrupted (SIGINT, SIGTERM) in the middle of a write', () => {
  let big: string;
  beforeAll(() => {
    big = join(temp(), 'big');
    const made = runBin(['generate', '--claims', '60000', '--out', big]);
    expect(made.code, made.stderr).toBe(0);
  }, 120_000);

  /** Starts `args` in `cwd`, waits for a temporary entry to appear there, sends `signal`; returns the exit and the folder after. */
  async function interrupt(args: string[], cwd: string, signal: NodeJS.Signals) {
    const run = startBin(args, { cwd });
    let seen = '';
    for (let i = 0; i < 6000 && !seen && run.child.exitCode === null; i++) {
      seen = readdirSync(cwd).find((name) => name.endsWith('.tmp')) ?? '';
      if (!seen) await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen, 'a temporary file appeared while writing').not.toBe('');
    run.child.kill(signal);
    const done = await run.done;
    return { ...done, left: readdirSync(cwd) };
  }

  it('export: SIGINT removes the temporary file, exit 130, no output file', async () => {
    const cwd = temp();
    const { code, left } = await interrupt(['export', '--data', big, '--format', 'graphml', '-o', 'out.graphml'], cwd, 'SIGINT');
    expect(code).toBe(130);
    expect(left).toEqual([]);
  }, 120_000);

  it('export: SIGTERM removes the temporary file, exit 143, an existing output untouched', async () => {
    const cwd = temp();
    writeFileSync(join(cwd, 'out.json'), 'previous');
    const { code, left } = await interrupt(['export', '--data', big, '--format', 'json', '-o', 'out.json'], cwd, 'SIGTERM');
    expect(code).toBe(143);
    expect(left).toEqual(['out.json']);
    expect(readFileSync(join(cwd, 'out.json'), 'utf8')).toBe('previous');
  }, 120_000);

  it('generate: SIGTERM removes the temporary folder and the lock', async () => {
    const cwd = temp();
    const { code, left } = await interrupt(['generate', '--claims', '150000', '--out', 'g'], cwd, 'SIGTERM');
    expect(code).toBe(143);
    expect(left).toEqual([]);
    expect(existsSync(join(cwd, 'g'))).toBe(false);
  }, 120_000);
});
