// Migrates a dataset folder on disk: reads its files, migrates them (./migrate.ts), checks the result with the loader,
// and writes every changed file at once (src/io/write-files-atomic.ts), under the folder's lock.
import { basename, join, relative, resolve } from 'node:path';
import { displayPath, readDataset, validateDataset } from '../load/load-graph.js';
import { withLockSync } from '../io/lock.js';
import { writeFilesAtomic } from '../io/write-files-atomic.js';
import { OperationError } from '../io/failure.js';
import { briefName } from './brief-name.js';
import { isLegacyDataset, migrateDataset, type MigrationReport, type NamedFile } from './migrate.js';

export interface FolderMigration {
  folder: string;
  report: MigrationReport;
}

/** The brief's name from a folder's name or `--brief` (./brief-name.ts); refused when nothing usable is left. */
export function briefSlug(name: string): string {
  const slug = briefName(name);
  if (slug === '') throw new RangeError(`claimgraph/migrate: "${name}" gives no usable brief name (letters, digits, . _ ~ -)`);
  return slug;
}

export function migrateDatasetFolder(dir: string, name = basename(dir)): FolderMigration {
  const slug = briefSlug(name);
  return withLockSync(
    dir,
    () => {
      const texts = readDataset(dir);
      const files: NamedFile[] = texts.map((t) => {
        try {
          return { name: relative(dir, resolve(t.path)), value: JSON.parse(t.text.replace(/^\uFEFF/, '')) as NamedFile['value'] };
        } catch {
          throw new OperationError(`claimgraph/migrate: ${t.path} is not valid JSON; run claimgraph validate to see where`);
        }
      });
      if (!isLegacyDataset(files)) throw new OperationError(`claimgraph/migrate: ${displayPath(dir)} holds a brief node already: it is a corpus, nothing to migrate`);
      const { files: migrated, report } = migrateDataset(files, slug);
      const changed = migrated.filter((f) => report.changed.includes(f.name));
      const next = migrated.map((f) => ({ path: displayPath(join(dir, f.name)), text: JSON.stringify(f.value, null, 2) + '\n' }));
      // The migrated dataset must load before a byte is written.
      validateDataset(dir, next);
      writeFilesAtomic(changed.map((f) => ({ path: join(dir, f.name), text: JSON.stringify(f.value, null, 2) + '\n' })));
      return { folder: displayPath(dir), report };
    },
    displayPath(dir),
  );
}
