// HTTP authentication answers to a server's challenge: Digest (RFC 7616, MD5 or SHA-256, qop=auth) and Basic.
import { createHash, randomBytes } from 'node:crypto';

export interface Challenge {
  scheme: 'digest' | 'basic';
  params: Record<string, string>;
}

/** The first challenge of a WWW-Authenticate header we can answer (Digest preferred), or undefined. */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const digest = /Digest\s+(.*)/i.exec(header);
  if (digest) {
    const params: Record<string, string> = {};
    for (const match of digest[1]!.matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? '';
    return { scheme: 'digest', params };
  }
  if (/^\s*Basic\b/i.test(header) || /,\s*Basic\b/i.test(header)) return { scheme: 'basic', params: {} };
  return undefined;
}

const hash = (algorithm: string, text: string) => createHash(algorithm.toUpperCase().startsWith('SHA-256') ? 'sha256' : 'md5').update(text).digest('hex');

/** The Authorization header answering `challenge` for one request. `count` is the nonce count (1, 2, ...). */
export function authorization(challenge: Challenge, user: string, password: string, method: string, uri: string, count: number, cnonce = randomBytes(8).toString('hex')): string {
  if (challenge.scheme === 'basic') return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const { realm = '', nonce = '', opaque, algorithm = 'MD5' } = challenge.params;
  const qop = challenge.params.qop?.split(',').map((q) => q.trim()).includes('auth') ? 'auth' : undefined;
  const nc = count.toString(16).padStart(8, '0');
  let ha1 = hash(algorithm, `${user}:${realm}:${password}`);
  if (/-sess$/i.test(algorithm)) ha1 = hash(algorithm, `${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(algorithm, `${method}:${uri}`);
  const response = qop ? hash(algorithm, `${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : hash(algorithm, `${ha1}:${nonce}:${ha2}`);
  const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const parts = [`username=${quote(user)}`, `realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(uri)}`, `algorithm=${algorithm}`, `response=${quote(response)}`];
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  if (opaque !== undefined) parts.push(`opaque=${quote(opaque)}`);
  return `Digest ${parts.join(', ')}`;
}
