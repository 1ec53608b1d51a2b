import { and, between, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { causeClusters, postmortems, recurrences } from '../../../db/schema/index.js';
import type { Principal } from '../principal.js';
import { type Bucket, bucketIndexer, bucketsFor } from './calendar.js';
import { ratio } from './distribution.js';
import { type MetricsQuery, postmortemScope } from './query.js';

export interface RecurrenceBucket extends Bucket {
  incidents: number;
  /** Incidents linked as repeating an earlier incident's cause. */
  repeats: number;
  share: number | null;
  /** Repeats whose earlier incident still had open follow-ups on the repeat's date. */
  repeatsWithOpenFollowUps: number;
}

export interface RecurrenceMetrics {
  metric: 'recurrence';
  buckets: RecurrenceBucket[];
  totals: {
    incidents: number;
    repeats: number;
    share: number | null;
    repeatsWithOpenFollowUps: number;
    undated: number;
  };
  topClusters: { id: number; label: string; category: string; incidents: number }[];
}

export const isRepeat = sql<number>`exists (select 1 from ${recurrences} where ${recurrences.postmortemId} = ${postmortems.id})`;
export const isRepeatWithOpenFollowUps = sql<number>`exists (select 1 from ${recurrences} where ${recurrences.postmortemId} = ${postmortems.id} and ${recurrences.openActionItemCount} > 0)`;

export async function recurrenceMetrics(
  db: Db,
  principal: Principal,
  q: MetricsQuery,
): Promise<RecurrenceMetrics> {
  const scope = postmortemScope(principal, q);
  const inRange = between(postmortems.occurredOn, q.from, q.to);
  const [dayRows, clusterRows, undatedRows] = await Promise.all([
    db
      .select({
        day: postmortems.occurredOn,
        incidents: sql<number>`count(*)`,
        repeats: sql<number>`sum(${isRepeat})`,
        open: sql<number>`sum(${isRepeatWithOpenFollowUps})`,
      })
      .from(postmortems)
      .where(and(scope, inRange))
      .groupBy(postmortems.occurredOn),
    db
      .select({
        id: causeClusters.id,
        label: causeClusters.label,
        category: causeClusters.category,
        incidents: sql<number>`count(*)`,
      })
      .from(postmortems)
      .innerJoin(causeClusters, eq(causeClusters.id, postmortems.clusterId))
      .where(and(scope, inRange, isNotNull(postmortems.clusterId)))
      .groupBy(causeClusters.id)
      .having(sql`count(*) >= 2`)
      .orderBy(desc(sql`count(*)`), causeClusters.id)
      .limit(10),
    db
      .select({ n: sql<number>`count(*)` })
      .from(postmortems)
      .where(and(scope, sql`${postmortems.occurredOn} is null`)),
  ]);
  const buckets = bucketsFor(q.from, q.to, q.bucket);
  const indexOf = bucketIndexer(buckets, q.bucket);
  const rows: RecurrenceBucket[] = buckets.map((b) => ({
    ...b,
    incidents: 0,
    repeats: 0,
    share: null,
    repeatsWithOpenFollowUps: 0,
  }));
  for (const r of dayRows) {
    const b = rows[indexOf(r.day!)];
    if (!b) continue;
    b.incidents += Number(r.incidents);
    b.repeats += Number(r.repeats);
    b.repeatsWithOpenFollowUps += Number(r.open);
  }
  for (const b of rows) b.share = ratio(b.repeats, b.incidents);
  const incidents = rows.reduce((s, b) => s + b.incidents, 0);
  const repeats = rows.reduce((s, b) => s + b.repeats, 0);
  return {
    metric: 'recurrence',
    buckets: rows,
    totals: {
      incidents,
      repeats,
      share: ratio(repeats, incidents),
      repeatsWithOpenFollowUps: rows.reduce((s, b) => s + b.repeatsWithOpenFollowUps, 0),
      undated: Number(undatedRows[0]?.n ?? 0),
    },
    topClusters: clusterRows.map((r) => ({ ...r, incidents: Number(r.incidents) })),
  };
}
