// Vitest global setup of the `store` project: one Virtuoso server for all store tests, stopped cleanly afterwards
// (also when a test fails). Its address and dba password reach the tests through `inject('virtuoso')`.
import type { TestProject } from 'vitest/node';
import { startVirtuoso } from './virtuoso.js';

export interface VirtuosoInfo {
  endpoint: string;
  base: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    virtuoso: VirtuosoInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startVirtuoso();
  project.provide('virtuoso', { endpoint: server.endpoint, base: server.base, user: server.user, password: server.password });
  return () => server.stop();
}
