// The generators' one way to write: a new folder, filled all or nothing (src/io/write-folder-atomic.ts) under a lock, so
// two writers cannot race; a folder that exists already is refused before anything is built.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OperationError } from '../io/failure.js';
import { withLock } from '../io/lock.js';
import { createFolderAtomic } from '../io/write-folder-atomic.js';

/**
 * Checks that `dir` does not exist, builds what to write (`prepare`), then fills the new folder (`fill`, given the
 * temporary folder) and renames it into place. Returns the absolute folder and what `prepare` built.
 */
export async function writeNewFolder<T>(dir: string, prepare: () => T, fill: (temp: string, built: T) => void | Promise<void>): Promise<{ out: string; built: T }> {
  const out = resolve(dir);
  const message = `claimgraph/generate: ${out} exists already; generate writes a new folder`;
  // Named an existing folder: bad usage (exit 2). Created by another writer while this one worked: exit 1.
  if (existsSync(out)) throw new RangeError(message);
  const built = prepare();
  mkdirSync(dirname(out), { recursive: true });
  return withLock(out, async () => {
    if (existsSync(out)) throw new OperationError(message);
    await createFolderAtomic(out, (temp) => fill(temp, built));
    return { out, built };
  });
}
