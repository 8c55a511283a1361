// The temporary files, folders and lock files this process has made and not yet moved into place or removed; on
// SIGINT or SIGTERM they are removed before the process exits (130 or 143), so an interrupted write leaves nothing behind.
import { rmSync } from 'node:fs';

const temps = new Set<string>();
let installed = false;

/** Records a temporary path (file or folder) to remove if the process is interrupted. */
export function registerTemp(path: string): void {
  temps.add(path);
}

/** The path was renamed into place or removed: nothing to clean up any more. */
export function releaseTemp(path: string): void {
  temps.delete(path);
}

/** Removes every registered temporary path now (best effort). */
export function removeTemps(): void {
  for (const path of [...temps].reverse()) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
    temps.delete(path);
  }
}

/** Installs the SIGINT/SIGTERM handlers of the command line (once): remove the temporaries, exit 128 + signal number. */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removeTemps();
      // A command that waits for the signal itself (the viewer's server) closes and exits by its own handler.
      if (process.listenerCount(signal) > 1) return;
      process.exit(code);
    });
  }
}
