// The registry of commands: `main` dispatches from it and `--help` lists it.
import type { CommandSpec } from '../command.js';
import { auditCommand } from './audit.js';
import { citedByCommand } from './cited-by.js';
import { exportCommand } from './export.js';
import { findCommand } from './find.js';
import { funnelCommand } from './funnel.js';
import { generateCommand } from './generate.js';
import { importCommand } from './import.js';
import { migrateCommand } from './migrate.js';
import { obstaclesCommand } from './obstacles.js';
import { pullCommand } from './pull.js';
import { pushCommand } from './push.js';
import { rateCommand } from './rate.js';
import { schemaCommand } from './schema.js';
import { sharedWorksCommand } from './shared-works.js';
import { showCommand } from './show.js';
import { sourcesCommand } from './sources.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';
import { viewCommand } from './view.js';

export const COMMANDS: readonly CommandSpec[] = [
  validateCommand,
  statsCommand,
  findCommand,
  showCommand,
  sourcesCommand,
  obstaclesCommand,
  auditCommand,
  citedByCommand,
  sharedWorksCommand,
  funnelCommand,
  rateCommand,
  viewCommand,
  importCommand,
  migrateCommand,
  exportCommand,
  generateCommand,
  schemaCommand,
  pushCommand,
  pullCommand,
];
