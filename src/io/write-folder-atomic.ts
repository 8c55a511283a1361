// Creates a folder all or nothing: filled as a temporary folder beside the target, then renamed into place, so readers
// never see half of it. It never replaces or removes anything already there: a target that exists (other than an
// empty folder) is refused, before and at the rename.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OperationError } from './failure.js';
import { registerTemp, releaseTemp } from './temp-registry.js';

/** True when `path` does not exist or is an empty folder: what createFolderAtomic may put a folder at. */
export function isFreeForFolder(path: string): boolean {
  if (!existsSync(path)) return true;
  return statSync(path).isDirectory() && readdirSync(path).length === 0;
}

/** A temporary folder beside `out` (mode 0777 less the umask, registered for clean-up on a signal). */
function prepare(target: string, out: string): string {
  if (!isFreeForFolder(out)) throw new OperationError(`claimgraph/write: ${target} exists already and is not an empty folder; nothing written`);
  mkdirSync(dirname(out), { recursive: true });
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  mkdirSync(temp, { mode: 0o777 });
  registerTemp(temp);
  return temp;
}

/** Moves the filled temporary folder into place; rename(2) replaces only an empty folder, so nothing there is lost. */
function finish(target: string, temp: string, out: string): void {
  try {
    renameSync(temp, out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      throw new OperationError(`claimgraph/write: ${target} was created by someone else meanwhile; nothing written`);
    }
    throw error;
  }
}

function discard(temp: string): void {
  rmSync(temp, { recursive: true, force: true });
}

/**
 * `fill` writes into the temporary folder it is given; then the folder becomes `target`. Whatever fails, nothing at
 * `target` has changed and the temporary folder is gone. The folder gets the usual mode (0777 less the umask).
 */
export async function createFolderAtomic(target: string, fill: (temp: string) => void | Promise<void>): Promise<void> {
  const out = resolve(target);
  const temp = prepare(target, out);
  try {
    await fill(temp);
    finish(target, temp, out);
  } catch (error) {
    discard(temp);
    throw error;
  } finally {
    releaseTemp(temp);
  }
}

/** createFolderAtomic with a synchronous `fill`. */
export function createFolderAtomicSync(target: string, fill: (temp: string) => void): void {
  const out = resolve(target);
  const temp = prepare(target, out);
  try {
    fill(temp);
    finish(target, temp, out);
  } catch (error) {
    discard(temp);
    throw error;
  } finally {
    releaseTemp(temp);
  }
}
