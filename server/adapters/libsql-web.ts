import { createClient } from '@libsql/client/web';
import { drizzle } from 'drizzle-orm/libsql/web';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';

/**
 * Turso (remote libsql over HTTP/WebSocket) for the Worker: the web build has no native module and no
 * `file:` support, so only libsql:, https: and wss: URLs work here.
 */
export function createWebLibsqlDb(config: { url: string; authToken?: string | undefined }): Db {
  const client = createClient({ url: config.url, authToken: config.authToken });
  return drizzle(client, { schema }) as unknown as Db;
}

export function isRemoteLibsqlUrl(url: string): boolean {
  return /^(libsql|https|wss|http|ws):\/\//.test(url);
}
