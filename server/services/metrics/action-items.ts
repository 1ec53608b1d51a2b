import { and, asc, between, eq, inArray, isNotNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { actionItems, postmortems } from '../../../db/schema/index.js';
import type { Principal } from '../principal.js';
import { type Bucket, bucketIndexer, bucketsFor, daysBetween } from './calendar.js';
import { type Distribution, distribution, ratio } from './distribution.js';
import { type MetricsQuery, postmortemScope } from './query.js';

export interface SloDays {
  sev12: number;
  other: number;
}

/**
 * The date an item is due: the document's due date, else the SLO date (incident date + SLO days by
 * severity). Null when the document gives neither a due date nor an incident date.
 */
export function effectiveDue(slo: SloDays): SQL<string | null> {
  return sql<
    string | null
  >`coalesce(${actionItems.dueOn}, case when ${postmortems.occurredOn} is null then null when ${postmortems.severity} in ('SEV1', 'SEV2') then date(${postmortems.occurredOn}, ${`+${slo.sev12} days`}) else date(${postmortems.occurredOn}, ${`+${slo.other} days`}) end)`;
}

/** Items of postmortems in scope; the team filter also hits action_items' own team index. */
export function itemScope(principal: Principal, query: Pick<MetricsQuery, 'team'>): SQL {
  return and(
    postmortemScope(principal, query),
    query.team === null ? undefined : eq(actionItems.teamId, query.team),
  )!;
}

export interface ActionItemBucket extends Bucket {
  /** Items created in the bucket (created_on). */
  created: number;
  /** Items marked done with a completion date in the bucket. */
  completed: number;
  completedOnTime: number;
  completedLate: number;
  /** Completed items with no due date and no incident date to derive one from. */
  completedWithoutDue: number;
  /** Items (not won't-do) whose due date — stated or SLO — falls in the bucket. */
  due: number;
  /** Of those, done with completed_on on or before the due date. */
  dueCompletedOnTime: number;
  /** Of those, done without a completion date: on time or not is unknown, so they leave the rate. */
  dueCompletionUndated: number;
  /** On-time completion rate: dueCompletedOnTime ÷ (due − dueCompletionUndated); null when nothing was due. */
  onTimeRate: number | null;
  /** Won't-do items due in the bucket, left out of the rate. */
  wontDo: number;
  /** Items open at the end of the bucket (created on or before it, not closed by then). */
  backlogAtEnd: number;
}

export interface OverdueItem {
  id: number;
  text: string;
  team: string | null;
  postmortemId: number;
  postmortemTitle: string;
  due: string;
  dueSource: 'document' | 'slo';
  ageDays: number;
}

export interface ActionItemMetrics {
  metric: 'action-items';
  buckets: ActionItemBucket[];
  totals: Omit<ActionItemBucket, keyof Bucket | 'backlogAtEnd'> & { backlogAtEnd: number };
  undated: {
    withoutCreatedOn: number;
    doneWithoutCompletedOn: number;
    withoutDueOrIncidentDate: number;
    scope: 'all dates';
  };
  overdue: { count: number; items: OverdueItem[]; asOf: string };
  timeToClose: Distribution;
}

const CLOSE_DAY_BOUNDS = [7, 14, 30, 60, 90, 180];
const OVERDUE_LIST_LIMIT = 200;

export async function actionItemMetrics(
  db: Db,
  principal: Principal,
  q: MetricsQuery,
  slo: SloDays,
): Promise<ActionItemMetrics> {
  const scope = itemScope(principal, q);
  const due = effectiveDue(slo);
  const from = q.from;
  const to = q.to;
  const closeDay = sql<string>`max(${actionItems.createdOn}, ${actionItems.completedOn})`;
  const ageDays = sql<number>`cast(julianday(${actionItems.completedOn}) - julianday(${actionItems.createdOn}) as integer)`;

  const [dueRows, completedRows, createdRows, closedRows, undatedRows, overdueCount, overdueRows, closeRows] =
    await Promise.all([
      // Per due day: what was due and how it ended.
      db
        .select({
          day: sql<string>`${due}`,
          status: actionItems.status,
          undatedCompletion: sql<number>`${actionItems.completedOn} is null`,
          onTime: sql<number>`coalesce(${actionItems.completedOn} <= ${due}, 0)`,
          n: sql<number>`count(*)`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(and(scope, sql`${due} between ${from} and ${to}`))
        .groupBy(sql`1`, sql`2`, sql`3`, sql`4`),
      // Per completion day.
      db
        .select({
          day: actionItems.completedOn,
          timing: sql<
            'none' | 'on-time' | 'late'
          >`case when ${due} is null then 'none' when ${actionItems.completedOn} <= ${due} then 'on-time' else 'late' end`,
          n: sql<number>`count(*)`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(and(scope, eq(actionItems.status, 'done'), between(actionItems.completedOn, from, to)))
        .groupBy(sql`1`, sql`2`),
      // Per creation day (days before the range collapse into one row: the backlog carried in).
      db
        .select({
          day: sql<string>`case when ${actionItems.createdOn} < ${from} then '' else ${actionItems.createdOn} end`,
          opens: sql<number>`sum(case when ${actionItems.status} = 'open' or (${actionItems.status} in ('done', 'wont-do') and ${actionItems.completedOn} is not null) then 1 else 0 end)`,
          n: sql<number>`count(*)`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(and(scope, lte(actionItems.createdOn, to)))
        .groupBy(sql`1`),
      // Per closing day (never before creation, so a backlog cannot go negative on odd data).
      db
        .select({
          day: sql<string>`case when ${closeDay} < ${from} then '' else ${closeDay} end`,
          n: sql<number>`count(*)`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(
          and(
            scope,
            inArray(actionItems.status, ['done', 'wont-do']),
            isNotNull(actionItems.completedOn),
            lte(actionItems.createdOn, to),
            lte(closeDay, to),
          ),
        )
        .groupBy(sql`1`),
      db
        .select({
          withoutCreatedOn: sql<number>`coalesce(sum(${actionItems.createdOn} is null), 0)`,
          doneWithoutCompletedOn: sql<number>`coalesce(sum(${actionItems.status} = 'done' and ${actionItems.completedOn} is null), 0)`,
          withoutDue: sql<number>`coalesce(sum(${due} is null), 0)`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(scope),
      db
        .select({ n: sql<number>`count(*)` })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(and(scope, eq(actionItems.status, 'open'), sql`${due} < ${q.today}`)),
      db
        .select({
          id: actionItems.id,
          text: actionItems.text,
          team: actionItems.teamId,
          postmortemId: actionItems.postmortemId,
          postmortemTitle: postmortems.title,
          due: sql<string>`${due}`,
          stated: sql<number>`${actionItems.dueOn} is not null`,
        })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(and(scope, eq(actionItems.status, 'open'), sql`${due} < ${q.today}`))
        .orderBy(asc(sql`${due}`), asc(actionItems.id))
        .limit(OVERDUE_LIST_LIMIT),
      db
        .select({ value: ageDays, n: sql<number>`count(*)` })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(
          and(
            scope,
            eq(actionItems.status, 'done'),
            between(actionItems.completedOn, from, to),
            isNotNull(actionItems.createdOn),
          ),
        )
        .groupBy(sql`1`),
    ]);

  const buckets = bucketsFor(from, to, q.bucket);
  const indexOf = bucketIndexer(buckets, q.bucket);
  const rows: ActionItemBucket[] = buckets.map((b) => ({
    ...b,
    created: 0,
    completed: 0,
    completedOnTime: 0,
    completedLate: 0,
    completedWithoutDue: 0,
    due: 0,
    dueCompletedOnTime: 0,
    dueCompletionUndated: 0,
    onTimeRate: null,
    wontDo: 0,
    backlogAtEnd: 0,
  }));
  for (const r of dueRows) {
    const b = rows[indexOf(r.day)];
    if (!b) continue;
    const n = Number(r.n);
    if (r.status === 'wont-do') {
      b.wontDo += n;
      continue;
    }
    b.due += n;
    if (r.status === 'done' && Number(r.undatedCompletion)) b.dueCompletionUndated += n;
    else if (r.status === 'done' && Number(r.onTime)) b.dueCompletedOnTime += n;
  }
  for (const r of completedRows) {
    const b = rows[indexOf(r.day!)];
    if (!b) continue;
    const n = Number(r.n);
    b.completed += n;
    if (r.timing === 'on-time') b.completedOnTime += n;
    else if (r.timing === 'late') b.completedLate += n;
    else b.completedWithoutDue += n;
  }
  // Backlog at a bucket's end = items opened up to then − items closed up to then.
  const delta = new Array<number>(rows.length).fill(0);
  let carried = 0;
  for (const r of createdRows) {
    if (r.day === '') {
      carried += Number(r.opens);
      continue;
    }
    const i = indexOf(r.day);
    if (i < 0) continue;
    rows[i]!.created += Number(r.n);
    delta[i]! += Number(r.opens);
  }
  for (const r of closedRows) {
    if (r.day === '') {
      carried -= Number(r.n);
      continue;
    }
    const i = indexOf(r.day);
    if (i >= 0) delta[i]! -= Number(r.n);
  }
  let running = carried;
  rows.forEach((b, i) => {
    running += delta[i]!;
    b.backlogAtEnd = running;
    b.onTimeRate = ratio(b.dueCompletedOnTime, b.due - b.dueCompletionUndated);
  });

  const sum = (
    key:
      | 'created'
      | 'completed'
      | 'completedOnTime'
      | 'completedLate'
      | 'completedWithoutDue'
      | 'due'
      | 'dueCompletedOnTime'
      | 'dueCompletionUndated'
      | 'wontDo',
  ) => rows.reduce((s, b) => s + b[key], 0);
  const totals = {
    created: sum('created'),
    completed: sum('completed'),
    completedOnTime: sum('completedOnTime'),
    completedLate: sum('completedLate'),
    completedWithoutDue: sum('completedWithoutDue'),
    due: sum('due'),
    dueCompletedOnTime: sum('dueCompletedOnTime'),
    dueCompletionUndated: sum('dueCompletionUndated'),
    wontDo: sum('wontDo'),
    onTimeRate: ratio(sum('dueCompletedOnTime'), sum('due') - sum('dueCompletionUndated')),
    backlogAtEnd: rows.at(-1)?.backlogAtEnd ?? 0,
  };
  const u = undatedRows[0];
  return {
    metric: 'action-items',
    buckets: rows,
    totals,
    undated: {
      withoutCreatedOn: Number(u?.withoutCreatedOn ?? 0),
      doneWithoutCompletedOn: Number(u?.doneWithoutCompletedOn ?? 0),
      withoutDueOrIncidentDate: Number(u?.withoutDue ?? 0),
      scope: 'all dates',
    },
    overdue: {
      count: Number(overdueCount[0]?.n ?? 0),
      asOf: q.today,
      items: overdueRows.map((r) => ({
        id: r.id,
        text: r.text,
        team: r.team,
        postmortemId: r.postmortemId,
        postmortemTitle: r.postmortemTitle,
        due: r.due,
        dueSource: Number(r.stated) ? 'document' : 'slo',
        ageDays: daysBetween(r.due, q.today),
      })),
    },
    timeToClose: distribution(
      closeRows.map((r) => ({ value: Number(r.value), n: Number(r.n) })),
      CLOSE_DAY_BOUNDS,
      'days',
      Number(u?.doneWithoutCompletedOn ?? 0),
    ),
  };
}
