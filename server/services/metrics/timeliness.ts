import { and, between, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { postmortems } from '../../../db/schema/index.js';
import type { Principal } from '../principal.js';
import { type Bucket, bucketIndexer, bucketsFor } from './calendar.js';
import { type Distribution, distribution } from './distribution.js';
import { type MetricsQuery, postmortemScope } from './query.js';

export const SEVERITY_KEYS = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'unknown'] as const;
export type SeverityKey = (typeof SEVERITY_KEYS)[number];

export interface TimelinessBucket extends Bucket {
  incidents: number;
  bySeverity: Record<SeverityKey, number>;
  /** Median days from incident to published postmortem, for postmortems in the bucket that give both dates. */
  medianDaysToPublish: number | null;
}

export interface TimelinessMetrics {
  metric: 'timeliness';
  buckets: TimelinessBucket[];
  totals: { incidents: number; bySeverity: Record<SeverityKey, number>; undated: number };
  daysToPublish: Distribution;
  timeToDetect: Distribution;
  timeToRecover: Distribution;
}

const DAY_BOUNDS = [1, 3, 7, 14, 30, 60];
const MINUTE_BOUNDS = [15, 30, 60, 120, 240, 480, 1440];

const emptySeverities = (): Record<SeverityKey, number> => ({
  SEV1: 0,
  SEV2: 0,
  SEV3: 0,
  SEV4: 0,
  unknown: 0,
});

export async function timelinessMetrics(
  db: Db,
  principal: Principal,
  q: MetricsQuery,
): Promise<TimelinessMetrics> {
  const scope = and(postmortemScope(principal, q), between(postmortems.occurredOn, q.from, q.to));
  const publishDays = sql<
    number | null
  >`cast(julianday(${postmortems.publishedOn}) - julianday(${postmortems.occurredOn}) as integer)`;
  const [severityRows, publishRows, detectRows, recoverRows, undatedRows] = await Promise.all([
    db
      .select({
        day: postmortems.occurredOn,
        severity: sql<SeverityKey>`coalesce(${postmortems.severity}, 'unknown')`,
        n: sql<number>`count(*)`,
      })
      .from(postmortems)
      .where(scope)
      .groupBy(sql`1`, sql`2`),
    db
      .select({ day: postmortems.occurredOn, value: publishDays, n: sql<number>`count(*)` })
      .from(postmortems)
      .where(scope)
      .groupBy(sql`1`, sql`2`),
    db
      .select({
        value: sql<number | null>`cast(round(${postmortems.timeToDetectMinutes}) as integer)`,
        n: sql<number>`count(*)`,
      })
      .from(postmortems)
      .where(scope)
      .groupBy(sql`1`),
    db
      .select({
        value: sql<number | null>`cast(round(${postmortems.timeToRecoverMinutes}) as integer)`,
        n: sql<number>`count(*)`,
      })
      .from(postmortems)
      .where(scope)
      .groupBy(sql`1`),
    db
      .select({ n: sql<number>`count(*)` })
      .from(postmortems)
      .where(and(postmortemScope(principal, q), sql`${postmortems.occurredOn} is null`)),
  ]);
  const buckets = bucketsFor(q.from, q.to, q.bucket);
  const indexOf = bucketIndexer(buckets, q.bucket);
  const rows: TimelinessBucket[] = buckets.map((b) => ({
    ...b,
    incidents: 0,
    bySeverity: emptySeverities(),
    medianDaysToPublish: null,
  }));
  const totals = emptySeverities();
  for (const r of severityRows) {
    const b = rows[indexOf(r.day!)];
    if (!b) continue;
    const n = Number(r.n);
    b.incidents += n;
    b.bySeverity[r.severity] += n;
    totals[r.severity] += n;
  }
  const publishPerBucket = rows.map(() => [] as { value: number; n: number }[]);
  const publishAll: { value: number; n: number }[] = [];
  let publishMissing = 0;
  for (const r of publishRows) {
    const i = indexOf(r.day!);
    if (i < 0) continue;
    if (r.value === null) {
      publishMissing += Number(r.n);
      continue;
    }
    const row = { value: Number(r.value), n: Number(r.n) };
    publishPerBucket[i]!.push(row);
    publishAll.push(row);
  }
  rows.forEach((b, i) => {
    b.medianDaysToPublish = distribution(publishPerBucket[i]!, [], 'days', 0).median;
  });
  const split = (list: { value: number | null; n: number }[]) => {
    const known = list
      .filter((r) => r.value !== null)
      .map((r) => ({ value: Number(r.value), n: Number(r.n) }));
    const missing = list.filter((r) => r.value === null).reduce((s, r) => s + Number(r.n), 0);
    return { known, missing };
  };
  const detect = split(detectRows);
  const recover = split(recoverRows);
  return {
    metric: 'timeliness',
    buckets: rows,
    totals: {
      incidents: rows.reduce((s, b) => s + b.incidents, 0),
      bySeverity: totals,
      undated: Number(undatedRows[0]?.n ?? 0),
    },
    daysToPublish: distribution(publishAll, DAY_BOUNDS, 'days', publishMissing),
    timeToDetect: distribution(detect.known, MINUTE_BOUNDS, 'minutes', detect.missing),
    timeToRecover: distribution(recover.known, MINUTE_BOUNDS, 'minutes', recover.missing),
  };
}
