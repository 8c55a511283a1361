// Writes several files as one change: every new text goes to a temporary file beside its target first, and only when
// all are written are they renamed into place, one after another. A failure while writing leaves every target as it
// was; each rename is atomic, so a reader sees each file old or new, never half of one.
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { registerTemp, releaseTemp } from './temp-registry.js';
import { tempNameBeside } from './write-atomic.js';

export interface FileText {
  path: string;
  text: string;
}

export function writeFilesAtomic(files: readonly FileText[]): void {
  const temps: { temp: string; target: string }[] = [];
  try {
    for (const { path, text } of files) {
      const target = resolve(path);
      let mode = 0o666;
      try {
        const stats = lstatSync(target);
        if (!stats.isFile()) throw new Error(`claimgraph/write: ${path} is not a regular file`);
        mode = stats.mode & 0o7777;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const temp = tempNameBeside(target);
      registerTemp(temp);
      temps.push({ temp, target });
      const fd = openSync(temp, 'wx', mode);
      try {
        writeSync(fd, Buffer.from(text));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const { temp, target } of temps) renameSync(temp, target);
  } finally {
    for (const { temp } of temps) {
      rmSync(temp, { force: true });
      releaseTemp(temp);
    }
  }
}
