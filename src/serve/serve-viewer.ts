// Serves the built viewer and one dataset (as /dataset.json) on a local HTTP address.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
  /** 0 picks a free port. When the asked port is taken, a free one is used instead. */
  port?: number;
  host?: string;
  viewerDir?: string;
}

export interface ViewerServer {
  url: string;
  server: Server;
  close(): Promise<void>;
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

export async function serveViewer(options: ServeOptions): Promise<ViewerServer> {
  const viewerDir = options.viewerDir ?? viewerBuildDir;
  if (!existsSync(join(viewerDir, 'index.html'))) {
    throw new Error(`claimgraph/serve: the viewer is not built (no ${join(viewerDir, 'index.html')}); run \`npm run build\``);
  }
  if (!options.graph === !options.store) throw new Error('claimgraph/serve: give a graph or a store, one of the two');
  const dataset = options.graph ? JSON.stringify(toDatasetFile(options.graph)) : undefined;
  const store = options.store;
  const root = normalize(viewerDir + sep);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
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
        (text) => response.writeHead(200, { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store', ...SECURITY_HEADERS }).end(text),
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
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS }).end(readFileSync(file));
  });
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    await listen(server, 0, host);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
