#!/usr/bin/env node
// The `claimgraph` command: runs the bundled CLI, dist/cli/main.js (`npm run build` makes it; `npm ci` builds it too).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
