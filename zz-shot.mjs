import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const p = await b.newPage({ viewport: { width: 1480, height: 900 } });
const svg = (await import('node:fs')).readFileSync(process.argv[2], 'utf8');
await p.setContent(`<!doctype html><link rel="icon" href="data:,"><body style="margin:0">${svg}</body>`);
await p.screenshot({ path: process.argv[3], fullPage: true, timeout: 60000 });
await b.close();
