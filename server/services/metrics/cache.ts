/**
 * Response cache for the dashboard metrics (and the postmortem list). Exact by construction: an entry is served only while the
 * database's `metrics_data_version` (app_meta) still holds the value read before the answer was
 * computed. Triggers on every table the metrics read (migration 0002_metrics_data_version) bump that
 * counter in the same transaction as the change, so no write path needs to remember to invalidate.
 * The state lives in the database; this process only keeps serialised answers, bounded in count and
 * size, one cache per database handle (tests open many databases in one process).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { appMeta } from '../../../db/schema/index.js';
import { type Principal, readableTeams } from '../principal.js';
import type { SloDays } from './action-items.js';
import type { MetricsQuery } from './query.js';

export const METRICS_VERSION_KEY = 'metrics_data_version';

const MAX_ENTRIES = 500;
/** Characters of JSON kept per database handle (UTF-16: about twice that in bytes; parsed values about as much again). */
const MAX_CHARS = 32 * 1024 * 1024;

interface Entry {
  version: string;
  json: string;
  /** The parsed answer, for callers that want the value rather than its JSON text (treated as read-only). */
  value?: unknown;
}

class JsonLru {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  get(key: string, version: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.delete(key);
      return undefined;
    }
    // Re-insert: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    this.delete(key);
    if (entry.json.length > MAX_CHARS / 4) return;
    this.entries.set(key, entry);
    this.chars += entry.json.length;
    while (this.entries.size > MAX_ENTRIES || this.chars > MAX_CHARS) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.chars -= entry.json.length;
    this.entries.delete(key);
  }
}

const caches = new WeakMap<Db, JsonLru>();

function cacheFor(db: Db): JsonLru {
  let cache = caches.get(db);
  if (!cache) {
    cache = new JsonLru();
    caches.set(db, cache);
  }
  return cache;
}

/** One of the triggers of migration 0002: without them nothing bumps the counter, so nothing may be cached. */
const TRIGGER_PROBE = 'action_items_metrics_version_update';

/**
 * The counter the triggers bump. No row yet means no metrics table changed since the triggers were
 * created ('0'); '' means the database lacks the triggers (not migrated): then nothing is cached.
 */
export async function metricsDataVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({
      value: sql<
        string | null
      >`(select ${appMeta.value} from ${appMeta} where ${appMeta.key} = ${METRICS_VERSION_KEY})`,
      triggers: sql<number>`exists (select 1 from sqlite_master where type = 'trigger' and name = ${TRIGGER_PROBE})`,
    })
    .from(sql`(select 1)`);
  if (!row || !Number(row.triggers)) return '';
  return row.value ?? '0';
}

/**
 * Everything an answer depends on besides the data: the metric, the normalised query (including
 * `today` in the requested zone, which decides what is overdue), the teams the principal may read
 * (the only way the principal shapes a metric) and the SLO days from the configuration.
 */
export function metricsCacheKey(name: string, principal: Principal, q: MetricsQuery, slo: SloDays): string {
  const teams = readableTeams(principal);
  const scope = teams === null ? '*' : [...teams].sort().join(',');
  const { team, from, to, bucket, tz, today } = q;
  return JSON.stringify([name, scope, team, from, to, bucket, tz, today, slo.sev12, slo.other]);
}

async function cached<T>(db: Db, key: string, compute: () => Promise<T>, keepValue: boolean): Promise<Entry> {
  const cache = cacheFor(db);
  const version = await metricsDataVersion(db);
  if (version !== '') {
    const hit = cache.get(key, version);
    if (hit !== undefined && (!keepValue || 'value' in hit)) return hit;
  }
  const value = await compute();
  const entry: Entry = keepValue
    ? { version, json: JSON.stringify(value), value }
    : { version, json: JSON.stringify(value) };
  // A write that landed while the answer was computed may or may not be in it: keep it only if none did.
  if (version !== '' && (await metricsDataVersion(db)) === version) cache.set(key, entry);
  return entry;
}

/** The JSON text of `compute()`, served from the cache while the data version is unchanged. */
export async function cachedJson(db: Db, key: string, compute: () => Promise<unknown>): Promise<string> {
  return (await cached(db, key, compute, false)).json;
}

/** `compute()`'s value, served from the cache while the data version is unchanged; callers must not mutate it. */
export async function cachedValue<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  return (await cached(db, key, compute, true)).value as T;
}
