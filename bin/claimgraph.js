#!/usr/bin/env node
// The `claimgraph` command: runs the compiled CLI (build with `npm run build`; `npm ci` builds it too).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
