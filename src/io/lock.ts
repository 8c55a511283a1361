// A lock on a file or folder that this tool writes: a lock file beside it, created atomically (link(2) of a file that
// already holds our pid), so two claimgraph processes never write the same target at once. A lock whose process is
// gone is stale and taken over.
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OperationError } from './failure.js';
import { registerTemp, releaseTemp } from './temp-registry.js';
import { tempNameBeside } from './write-atomic.js';

/** The lock file of a target: hidden, beside it. */
export function lockPath(target: string): string {
  const out = resolve(target);
  return join(dirname(out), `.${basename(out)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `target` or throws (exit 1) naming the process that holds it; returns the function that releases it. */
export function acquireLock(target: string, shown = target): () => void {
  const lock = lockPath(target);
  const mine = tempNameBeside(lock);
  writeFileSync(mine, `${process.pid}\n`);
  registerTemp(mine);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, lock);
        registerTemp(lock);
        return () => {
          rmSync(lock, { force: true });
          releaseTemp(lock);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      let holder = NaN;
      try {
        holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      } catch {
        continue; // released meanwhile: try again
      }
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new OperationError(`claimgraph/write: ${shown} is being written by another claimgraph process (pid ${holder}); nothing written, try again when it has finished`);
      }
      // Stale: its process is gone.
      try {
        unlinkSync(lock);
      } catch {
        // Someone else removed it first.
      }
    }
    throw new OperationError(`claimgraph/write: cannot take the lock ${lock} on ${shown}; nothing written`);
  } finally {
    rmSync(mine, { force: true });
    releaseTemp(mine);
  }
}

/** Runs `work` holding the lock on `target`. */
export async function withLock<T>(target: string, work: () => T | Promise<T>, shown = target): Promise<T> {
  const release = acquireLock(target, shown);
  try {
    return await work();
  } finally {
    release();
  }
}

/** Runs synchronous `work` holding the lock on `target`. */
export function withLockSync<T>(target: string, work: () => T, shown = target): T {
  const release = acquireLock(target, shown);
  try {
    return work();
  } finally {
    release();
  }
}
