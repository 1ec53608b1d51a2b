import { drizzle } from 'drizzle-orm/d1';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema/index.js';
import type { D1DatabaseLike } from './workers-types.js';

/**
 * drizzle over a D1 binding, typed as the shared `Db` (see db/client.ts): services only use the query
 * builder, `.returning()` and `batch`, which both drivers implement with the same semantics.
 */
export function createD1Db(binding: D1DatabaseLike): Db {
  return drizzle(binding as never, { schema }) as unknown as Db;
}

/** True when `value` looks like a D1 binding (checked once at the Worker boundary). */
export function isD1Binding(value: unknown): value is D1DatabaseLike {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.prepare === 'function' && typeof candidate.batch === 'function';
}
