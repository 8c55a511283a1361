// Serves the built viewer and one dataset (as /dataset.json) on a local HTTP address.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ClaimGraph } from '../model/graph.js';
import { toDatasetFile } from '../model/serialize.js';
import { viewerBuildDir } from '../paths.js';
import { nodeKindOfId } from '../model/schema.js';

/** A graph that lives in a store: the page opens on `start` and asks for neighbourhoods as the user clicks. */
export interface StoreApi {
  start: string;
  /** The dataset file (JSON text) of the given nodes, their edges, and the nodes at the other ends. */
  neighbourhood(ids: string[]): Promise<string>;
}

/** Most nodes one neighbourhood request may name (the page names every node expanded so far). */
export const MAX_EXPANDED = 200;

export interface ServeOptions {
  /** The dataset, served whole as /dataset.json; or, with `store`, nothing: the page asks /api/neighbourhood. */
  graph?: ClaimGraph;
  store?: StoreApi;
  /** 0 picks a free port. */
  port?: number;
  /** When the port was not asked for explicitly: if it is taken, a free one is used instead (and `fellBack` says so). */
  fallBack?: boolean;
  host?: string;
  viewerDir?: string;
}

export interface ViewerServer {
  url: string;
  server: Server;
  /** The port asked for, when it was taken and another one is used. */
  fellBackFrom?: number;
  close(): Promise<void>;
}

/** The server cannot listen where asked: `usage` when the address itself is wrong (exit 2), else the machine refused (exit 1). */
export class ListenError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(`claimgraph/serve: ${message}`);
    this.name = 'ListenError';
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** No inline script, no remote content: data that slipped into the page as HTML still could not run. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The names a browser on this machine uses for a loopback server; anything else in `Host` is a rebinding attempt. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export async function serveViewer(options: ServeOptions): Promise<ViewerServer> {
  const viewerDir = options.viewerDir ?? viewerBuildDir;
  if (!existsSync(join(viewerDir, 'index.html'))) {
    throw new Error(`claimgraph/serve: the viewer is not built (no ${join(viewerDir, 'index.html')}); run \`npm run build\``);
  }
  if (!options.graph === !options.store) throw new Error('claimgraph/serve: give a graph or a store, one of the two');
  const dataset = options.graph ? JSON.stringify(toDatasetFile(options.graph)) : undefined;
  const store = options.store;
  const root = normalize(viewerDir + sep);
  const host = options.host ?? '127.0.0.1';
  const hostName = host.includes(':') ? `[${host}]` : host;
  let allowedHosts = new Set<string>();
  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      if (!response.headersSent) text(response, 500, 'internal error');
      else response.destroy();
    }
  });
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    // DNS rebinding: a page on another name that resolves here must not read the dataset.
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      text(response, 421, 'this server answers only to its loopback address (Host header refused)');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodePath(request.url ?? '/');
    if (path === undefined) {
      text(response, 400, 'bad request: malformed percent-encoding in the path');
      return;
    }
    if (store && path === '/' && !new URL(request.url ?? '/', 'http://localhost').searchParams.has('data')) {
      // The page of a store opens on its start node's neighbourhood; each click asks for more (viewer/data/store-expansion.ts).
      const data = `api/neighbourhood?ids=${encodeURIComponent(store.start)}`;
      response.writeHead(302, { Location: `./?data=${encodeURIComponent(data)}#node=${encodeURIComponent(store.start)}`, ...SECURITY_HEADERS }).end();
      return;
    }
    if (store && path === '/api/neighbourhood') {
      const ids = (new URL(request.url ?? '/', 'http://localhost').searchParams.get('ids') ?? '').split(',').filter(Boolean);
      const bad = ids.find((id) => nodeKindOfId(id) === undefined);
      if (ids.length === 0 || ids.length > MAX_EXPANDED || bad !== undefined) {
        const message = bad !== undefined ? `not a node id: ${JSON.stringify(bad)}` : `ids takes 1 to ${MAX_EXPANDED} node ids, comma-separated`;
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end(message);
        return;
      }
      store.neighbourhood(ids).then(
        (body) => response.writeHead(200, { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store', ...SECURITY_HEADERS }).end(body),
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          response.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end(message);
        },
      );
      return;
    }
    if (path === '/dataset.json' && dataset !== undefined) {
      response.writeHead(200, { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store', ...SECURITY_HEADERS }).end(dataset);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      text(response, 404, 'not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS }).end(readFileSync(file));
  };
  const asked = options.port ?? 0;
  let fellBackFrom: number | undefined;
  try {
    await listen(server, asked, host).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' || !options.fallBack || asked === 0) throw error;
      fellBackFrom = asked;
      await listen(server, 0, host);
    });
  } catch (error) {
    throw listenError(error as NodeJS.ErrnoException, host, asked);
  }
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([...LOOPBACK_NAMES, hostName.toLowerCase()].map((name) => `${name}:${port}`));
  return {
    url: `http://${hostName}:${port}/`,
    server,
    ...(fellBackFrom === undefined ? {} : { fellBackFrom }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded path of a request target, or undefined when its percent-encoding is malformed. */
export function decodePath(target: string): string | undefined {
  try {
    return decodeURIComponent(new URL(target, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function text(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end(body);
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ListenError(`port ${port} on ${host} is in use; give another --port (or --port 0 for any free one)`, false);
    case 'EADDRNOTAVAIL':
      return new ListenError(`cannot listen on ${host}: no such address on this machine (--host)`, true);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError(`cannot listen on ${host}: no such host name (--host)`, true);
    case 'EACCES':
      return new ListenError(`not allowed to listen on ${host} port ${port} (ports below 1024 need privileges)`, false);
    default:
      return new ListenError(`cannot listen on ${host} port ${port}: ${error.message}`, false);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
