// Writes a folder all or nothing: filled as a temporary folder beside the target, then renamed into place, so readers
// never see half of it. A folder already at the target is moved aside, and put back if anything fails.
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** `fill` writes into the temporary folder it is given; whatever it throws, nothing at `target` has changed. */
export function writeFolderAtomic(target: string, fill: (temp: string) => void): void {
  const out = resolve(target);
  const temp = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
  const old = `${temp}.old`;
  try {
    fill(temp);
    if (existsSync(out)) renameSync(out, old);
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(out)) renameSync(old, out);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
