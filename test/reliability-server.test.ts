// The viewer's server under attack, as a real process over real sockets: malformed paths, foreign Host headers,
// addresses it cannot bind, ports in use.
import { createServer, connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, startBin } from './helpers/run-cli.js';

/** Sends one raw HTTP/1.0 request (the path exactly as given, no client-side normalising) and returns status and body. */
function rawRequest(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1]);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${path} HTTP/1.0\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  });
}

async function startViewer(args: string[]) {
  const viewer = startBin(['view', '--json', ...args]);
  for (let i = 0; i < 300 && !viewer.output().stdout.includes('}'); i++) await new Promise((r) => setTimeout(r, 50));
  const { url } = JSON.parse(viewer.output().stdout) as { url: string };
  return { ...viewer, port: Number(new URL(url).port) };
}

describe('the viewer server (a real process)', () => {
  let viewer: Awaited<ReturnType<typeof startViewer>>;
  beforeAll(async () => {
    viewer = await startViewer(['--port', '0']);
  });
  afterAll(() => {
    viewer.child.kill('SIGTERM');
  });

  it('answers malformed percent-encoding with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%ff', '/a%', '/%E0%A4%A', '/%C0%80', '/dataset.json%']) {
      const { status } = await rawRequest(viewer.port, path);
      expect(status, path).toBe(400);
    }
    const after = await rawRequest(viewer.port, '/dataset.json');
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body).nodes.length).toBeGreaterThan(0);
    expect(viewer.child.exitCode).toBeNull();
  });

  it('answers only to loopback names and its own address in Host (no DNS rebinding)', async () => {
    const p = viewer.port;
    for (const host of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`, `[::1]:${p}`]) {
      expect((await rawRequest(p, '/dataset.json', host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${p}`, 'evil.example', `127.0.0.1:${p + 1}`, `127.0.0.1.evil.example:${p}`, '', `localhost`]) {
      const { status, body } = await rawRequest(p, '/dataset.json', host);
      expect(status, host).toBe(421);
      expect(body).not.toContain('"nodes"');
    }
  });
});

describe('where the viewer cannot listen', () => {
  it('an address that is not on this machine: one line, exit 2', () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never assigned to this machine, so binding fails; nothing is sent anywhere.
    const result = runBin(['view', '--host', '192.0.2.1', '--port', '0'], { timeout: 20_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('claimgraph view: cannot listen on 192.0.2.1: no such address on this machine (--host)\n');
  });

  it('a port asked for that is in use: one line, exit 1; the default port falls back and says so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const result = runBin(['view', '--port', String(taken)], { timeout: 20_000 }); // a server that starts anyway would never exit
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`claimgraph view: port ${taken} on 127.0.0.1 is in use; give another --port (or --port 0 for any free one)\n`);
    } finally {
      blocker.close();
    }
    // The default port (4173) taken, whoever holds it: the viewer says which port it uses instead.
    const holder = createServer();
    await new Promise<void>((resolve) => holder.once('error', () => resolve()).listen(4173, '127.0.0.1', resolve));
    try {
      const fallback = startBin(['view', '--json']);
      for (let i = 0; i < 300 && !fallback.output().stdout.includes('}'); i++) await new Promise((r) => setTimeout(r, 50));
      fallback.child.kill('SIGTERM');
      const { stdout, stderr } = await fallback.done;
      const port = new URL((JSON.parse(stdout) as { url: string }).url).port;
      expect(port).not.toBe('4173');
      expect(stderr).toBe(`claimgraph view: port 4173 is in use; using ${port} instead\n`);
    } finally {
      holder.close();
    }
    const bad = runBin(['view', '--port', 'http'], { timeout: 20_000 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^claimgraph view: --port takes a port number/);
  });
});
