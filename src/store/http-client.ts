// The store's HTTP client: Node's fetch with buffered bodies (Content-Length always set: Virtuoso stores nothing from a
// chunked body), Digest and Basic auth, a time limit per request, retries with backoff on 5xx and dropped connections,
// and one-line errors for 401, 403, 404, refused connections and TLS failures that never carry the credentials.
import { authorization, parseChallenge, type Challenge } from './digest-auth.js';
import type { Credentials } from './credentials.js';
import { PASSWORD_VARIABLE, USER_VARIABLE } from './credentials.js';

export class StoreError extends Error {
  constructor(
    message: string,
    /** What went wrong, for callers that act on it. */
    readonly reason: 'auth' | 'forbidden' | 'not-found' | 'unreachable' | 'tls' | 'timeout' | 'limit' | 'http' | 'data',
  ) {
    super(`claimgraph/store: ${message}`);
  }
}

export interface HttpClientOptions {
  credentials?: Credentials | undefined;
  /** Time limit of one request, in ms (default 60 s). */
  timeoutMs?: number;
  /** Retries after a 5xx answer or a dropped connection (default 2), waiting backoffMs, then twice that, ... */
  retries?: number;
  backoffMs?: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** What the request does, for messages: "the query", "writing a batch". */
  what: string;
  timeoutMs?: number;
  /** The message for a request that runs past its time limit. */
  onTimeout?: (seconds: number) => string;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

const TLS_CODES = /^(ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_SSL_|EPROTO$)/;
const RETRIABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ETIMEDOUT']);

/** A URL as messages show it: no user name, password, query or fragment. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}

const firstLine = (text: string) => {
  const line = text.replace(/<[^>]*>/g, ' ').split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

export class HttpClient {
  private challenge: Challenge | undefined;
  private count = 0;
  readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(private readonly options: HttpClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 250;
  }

  get user(): string | undefined {
    return this.options.credentials?.user;
  }

  /** Sends the request (answering an auth challenge once); resolves with a 2xx answer, or throws a StoreError. */
  async request(request: HttpRequest): Promise<HttpAnswer> {
    const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
    for (let attempt = 0; ; attempt++) {
      try {
        let answer = await this.send(request, body);
        if (answer.status === 401 && this.options.credentials) {
          const challenge = parseChallenge(answer.headers.get('www-authenticate'));
          if (challenge) {
            this.challenge = challenge;
            this.count = 0;
            answer = await this.send(request, body);
          }
        }
        if (answer.status >= 500 && attempt < this.retries) {
          await delay(this.backoffMs * 2 ** attempt);
          continue;
        }
        if (answer.status >= 200 && answer.status < 300) return answer;
        throw this.statusError(request, answer);
      } catch (error) {
        if (error instanceof StoreError) throw error;
        const code = errorCode(error);
        if (code !== undefined && RETRIABLE_CODES.has(code) && attempt < this.retries) {
          await delay(this.backoffMs * 2 ** attempt);
          continue;
        }
        throw this.networkError(request, error, code);
      }
    }
  }

  private async send(request: HttpRequest, body: Buffer | undefined): Promise<HttpAnswer> {
    const started = performance.now();
    try {
      return await this.sendOnce(request, body);
    } finally {
      // CLAIMGRAPH_STORE_TRACE=1: one line per request on stderr (what, status time), to see where a command's time goes.
      if (process.env.CLAIMGRAPH_STORE_TRACE) process.stderr.write(`claimgraph/store: ${request.what}: ${(performance.now() - started).toFixed(0)} ms\n`);
    }
  }

  private async sendOnce(request: HttpRequest, body: Buffer | undefined): Promise<HttpAnswer> {
    const url = new URL(request.url);
    const headers: Record<string, string> = { ...(request.headers ?? {}) };
    if (body !== undefined) headers['Content-Length'] = String(body.length);
    const credentials = this.options.credentials;
    if (credentials && this.challenge) {
      headers.Authorization = authorization(this.challenge, credentials.user, credentials.password, request.method, url.pathname + url.search, ++this.count);
    }
    const response = await fetch(url, {
      method: request.method,
      headers,
      ...(body === undefined ? {} : { body: body as unknown as Uint8Array<ArrayBuffer> }),
      signal: AbortSignal.timeout(request.timeoutMs ?? this.timeoutMs),
      redirect: 'follow',
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  private statusError(request: HttpRequest, answer: HttpAnswer): StoreError {
    const url = shownUrl(request.url);
    const credentials = this.options.credentials;
    const scrub = (text: string) => (credentials?.password ? text.split(credentials.password).join('***') : text);
    switch (answer.status) {
      case 401:
        return new StoreError(
          credentials
            ? `${url} refused the user name and password of "${credentials.user}" (HTTP 401; they came from ${credentials.origin})`
            : `${url} needs a user name and password for ${request.what} (HTTP 401): set ${USER_VARIABLE} and ${PASSWORD_VARIABLE}, or a netrc entry`,
          'auth',
        );
      case 403:
        return new StoreError(`${url} forbids ${request.what} (HTTP 403)${credentials ? `: the user "${credentials.user}" may lack the right to write (Virtuoso: the SPARQL_UPDATE role)` : ''}`, 'forbidden');
      case 404:
        return new StoreError(`${url} does not exist (HTTP 404): check the endpoint's address and path (Virtuoso's is /sparql)`, 'not-found');
      default:
        return new StoreError(`${request.what} failed at ${url}: HTTP ${answer.status}${answer.body ? `: ${scrub(firstLine(answer.body))}` : ''}`, 'http');
    }
  }

  private networkError(request: HttpRequest, error: unknown, code: string | undefined): StoreError {
    const url = new URL(request.url);
    const host = url.host;
    const name = (error as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      const seconds = (request.timeoutMs ?? this.timeoutMs) / 1000;
      return new StoreError(request.onTimeout?.(seconds) ?? `${request.what} got no answer from ${host} within ${seconds} s`, 'timeout');
    }
    if (code === 'ECONNREFUSED') return new StoreError(`cannot connect to ${host}: connection refused (is the store running, and is the endpoint ${shownUrl(request.url)} right?)`, 'unreachable');
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new StoreError(`cannot find the host ${url.hostname} (DNS: ${code})`, 'unreachable');
    if (code !== undefined && TLS_CODES.test(code)) return new StoreError(`TLS failure talking to ${host}: ${code}`, 'tls');
    if (code !== undefined) return new StoreError(`${request.what} at ${shownUrl(request.url)} failed: ${code}`, 'unreachable');
    const message = error instanceof Error ? error.message : String(error);
    return new StoreError(`${request.what} at ${shownUrl(request.url)} failed: ${message}`, 'unreachable');
  }
}

/** The error code of a fetch failure (undici puts it on `cause`, sometimes nested). */
function errorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
