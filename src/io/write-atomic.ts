// Writes a file so that readers never see half of it: into a temporary file beside the target, then a rename. Special
// targets are honoured: `-` is stdout, devices and FIFOs are written through, a symlink is followed (its target is
// replaced, the link kept), and an existing file keeps its mode (and, for root, its owner).
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fsyncSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { OperationError } from './failure.js';
import { registerTemp, releaseTemp } from './temp-registry.js';

/** Text in pieces, in order: what a streaming writer takes. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Where a write goes once links are followed: stdout, a device or FIFO written in place, or a regular (or new) file. */
type Target = { kind: 'stdout' } | { kind: 'through'; path: string } | { kind: 'file'; path: string; existing?: Stats };

const MAX_LINKS = 40;

/** Follows `path` through symlinks (dangling ones too: their target is created) and says how to write there. */
export function resolveTarget(path: string): Target {
  if (path === '-') return { kind: 'stdout' };
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'file', path: current };
      throw error;
    }
    if (stats.isSymbolicLink()) {
      current = resolve(dirname(current), readlinkSync(current));
      continue;
    }
    if (stats.isFile()) return { kind: 'file', path: current, existing: stats };
    if (stats.isDirectory()) throw new OperationError(`claimgraph/write: ${path} is a folder; give a file name`);
    return { kind: 'through', path: current };
  }
  throw new OperationError(`claimgraph/write: ${path}: too many levels of symbolic links`);
}

/** A fresh temporary name beside `path`, hidden, with the pid (so a leftover can be traced) and random letters. */
export function tempNameBeside(path: string, suffix = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${suffix}`);
}

/** Keeps an existing file's permission bits (and, when running as root, its owner) on the file replacing it. */
function keepModeSync(fd: number, existing: Stats | undefined): void {
  if (!existing) return;
  fchmodSync(fd, existing.mode & 0o7777);
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) fchownSync(fd, existing.uid, existing.gid);
}

/** Writes `content` to `path` all or nothing (see the file comment for special targets). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolveTarget(path);
  if (target.kind === 'stdout') {
    process.stdout.write(content);
    return;
  }
  if (target.kind === 'through') {
    const fd = openSync(target.path, 'w');
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    } finally {
      closeSync(fd);
    }
    return;
  }
  mkdirSync(dirname(target.path), { recursive: true });
  const temp = tempNameBeside(target.path);
  registerTemp(temp);
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      keepModeSync(fd, target.existing);
      writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target.path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    releaseTemp(temp);
  }
}

/** Bytes are gathered into blocks of this size before each write: few system calls, little memory. */
const BLOCK = 1 << 16;

/** Writes the chunks in order to an open file, awaiting each block (backpressure: memory stays flat). */
async function writeChunks(handle: FileHandle, chunks: Chunks): Promise<void> {
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const block = Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
    pending = [];
    size = 0;
    let offset = 0;
    while (offset < block.length) offset += (await handle.write(block, offset)).bytesWritten;
  };
  for await (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= BLOCK) await flush();
  }
  await flush();
}

/** Writes chunks to stdout in order, waiting whenever stdout's buffer is full. */
async function writeChunksToStdout(chunks: Chunks): Promise<void> {
  for await (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
  }
}

/**
 * Streams `chunks` to `path`, all or nothing: a temporary file beside the target (removed if anything fails or the
 * process is interrupted), then a rename. `-`, devices and FIFOs are written through; links are followed; modes kept.
 */
export async function writeFileStreaming(path: string, chunks: Chunks): Promise<void> {
  const target = resolveTarget(path);
  if (target.kind === 'stdout') return writeChunksToStdout(chunks);
  if (target.kind === 'through') {
    const handle = await open(target.path, 'w');
    try {
      await writeChunks(handle, chunks);
    } finally {
      await handle.close();
    }
    return;
  }
  mkdirSync(dirname(target.path), { recursive: true });
  const temp = tempNameBeside(target.path);
  registerTemp(temp);
  try {
    const handle = await open(temp, 'wx', 0o666);
    try {
      if (target.existing) {
        await handle.chmod(target.existing.mode & 0o7777);
        if (process.getuid?.() === 0 && (target.existing.uid !== 0 || target.existing.gid !== 0)) await handle.chown(target.existing.uid, target.existing.gid);
      }
      await writeChunks(handle, chunks);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    releaseTemp(temp);
  }
}
