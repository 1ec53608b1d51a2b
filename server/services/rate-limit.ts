import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rateLimits } from '../../db/schema/index.js';

export interface RateLimitDecision {
  allowed: boolean;
  count: number;
  limit: number;
  /** Seconds until the current window ends (the Retry-After value when refused). */
  retryAfterSeconds: number;
}

/** Stale windows are swept now and then rather than on every hit. */
const SWEEP_PROBABILITY = 0.01;

/**
 * Fixed-window counter kept in the database (rate_limits), so it holds across Node processes and
 * Worker isolates. One upsert per hit: a new window restarts the count, the same window increments it;
 * SQLite evaluates the SET expressions against the old row, so concurrent hits never lose a count.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date,
): Promise<RateLimitDecision> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  if (Math.random() < SWEEP_PROBABILITY) {
    await db.delete(rateLimits).where(lt(rateLimits.windowStart, windowStart - windowSeconds));
  }
  const count = row?.count ?? 1;
  return {
    allowed: count <= limit,
    count,
    limit,
    retryAfterSeconds: Math.max(1, windowStart + windowSeconds - nowSeconds),
  };
}
