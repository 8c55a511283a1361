// Where the store's user name and password come from: CLAIMGRAPH_STORE_USER / CLAIMGRAPH_STORE_PASSWORD, else a
// netrc-style file (CLAIMGRAPH_NETRC, else ~/.netrc) entry for the endpoint's host. Never printed anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Credentials {
  user: string;
  password: string;
  /** Where they came from, for messages (never the values). */
  origin: string;
}

export const USER_VARIABLE = 'CLAIMGRAPH_STORE_USER';
export const PASSWORD_VARIABLE = 'CLAIMGRAPH_STORE_PASSWORD';
export const NETRC_VARIABLE = 'CLAIMGRAPH_NETRC';

/** The entry of a netrc text for `host` (or its `default` entry): `machine <host> login <user> password <password>`. */
export function netrcEntry(text: string, host: string): { user: string; password: string } | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  let fallback: { user: string; password: string } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const isDefault = tokens[i] === 'default';
    if (tokens[i] !== 'machine' && !isDefault) continue;
    const machine = isDefault ? undefined : tokens[++i];
    const entry = { user: '', password: '' };
    while (i + 1 < tokens.length && tokens[i + 1] !== 'machine' && tokens[i + 1] !== 'default') {
      const name = tokens[++i];
      const value = tokens[++i] ?? '';
      if (name === 'login') entry.user = value;
      else if (name === 'password') entry.password = value;
      else if (name === 'macdef') break;
    }
    if (machine === host) return entry;
    if (isDefault) fallback ??= entry;
  }
  return fallback;
}

/** Credentials for `endpoint`, or undefined when none are configured. */
export function storeCredentials(endpoint: string, env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env[USER_VARIABLE];
  const password = env[PASSWORD_VARIABLE];
  if (user !== undefined && user !== '') return { user, password: password ?? '', origin: `${USER_VARIABLE} / ${PASSWORD_VARIABLE}` };
  const file = env[NETRC_VARIABLE] ?? join(homedir(), '.netrc');
  if (!existsSync(file)) return undefined;
  const entry = netrcEntry(readFileSync(file, 'utf8'), new URL(endpoint).hostname);
  return entry && entry.user !== '' ? { ...entry, origin: file } : undefined;
}
