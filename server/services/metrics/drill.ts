import { and, between, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { actionItems, blameFindings, postmortems } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import type { Principal } from '../principal.js';
import { effectiveDue, itemScope, type SloDays } from './action-items.js';
import { bucketsFor } from './calendar.js';
import { type MetricName, type MetricsQuery, postmortemScope } from './query.js';
import { isRepeat, isRepeatWithOpenFollowUps } from './recurrence.js';
import { SEVERITY_KEYS } from './timeliness.js';

/** Figures a drill-down can open, per metric. A trailing ":" takes a value (category:process). */
export const DRILL_FIGURES: Record<MetricName, string[]> = {
  'action-items': [
    'created',
    'completed',
    'completedOnTime',
    'completedLate',
    'completedWithoutDue',
    'due',
    'dueCompletedOnTime',
    'dueCompletionUndated',
    'wontDo',
    'backlogAtEnd',
    'overdue',
    'timeToClose',
  ],
  recurrence: ['incidents', 'repeats', 'repeatsWithOpenFollowUps', 'cluster:'],
  blame: ['postmortems', 'withFindings', 'medianScore', 'category:'],
  timeliness: ['incidents', 'severity:', 'daysToPublish', 'timeToDetect', 'timeToRecover'],
};

const DRILL_LIMIT = 500;

export interface DrillResult {
  metric: MetricName;
  figure: string;
  bucketStart: string | null;
  range: { from: string; to: string };
  total: number;
  truncated: boolean;
  items: { id: number; title: string; team: string | null; occurredAt: string | null }[];
}

function parseFigure(metric: MetricName, figure: string): { name: string; arg: string | null } {
  const colon = figure.indexOf(':');
  const name = colon === -1 ? figure : figure.slice(0, colon + 1);
  const arg = colon === -1 ? null : figure.slice(colon + 1);
  if (!DRILL_FIGURES[metric].includes(name) || (colon !== -1 && !arg)) {
    throw new ApiError(
      'validation_failed',
      `figure: must be one of ${DRILL_FIGURES[metric].map((f) => (f.endsWith(':') ? `${f}<value>` : f)).join(', ')}`,
      'figure',
    );
  }
  return { name: colon === -1 ? name : name.slice(0, -1), arg };
}

/** The postmortems behind one figure of one bucket (or of the whole period without bucket_start). */
export async function drillDown(
  db: Db,
  principal: Principal,
  metric: MetricName,
  q: MetricsQuery,
  figure: string,
  bucketStart: string | null,
  slo: SloDays,
): Promise<DrillResult> {
  const { name, arg } = parseFigure(metric, figure);
  let from = q.from;
  let to = q.to;
  if (bucketStart !== null) {
    const bucket = bucketsFor(q.from, q.to, q.bucket).find((b) => b.start === bucketStart);
    if (!bucket)
      throw new ApiError(
        'validation_failed',
        `bucket_start: not the first day of a ${q.bucket} in the range`,
        'bucket_start',
      );
    // Dates are YYYY-MM-DD strings, compared as text (Math.min/max would not apply).
    // biome-ignore lint/complexity/useMathMinMax: string dates
    from = bucket.start < q.from ? q.from : bucket.start;
    // biome-ignore lint/complexity/useMathMinMax: string dates
    to = bucket.end > q.to ? q.to : bucket.end;
  }

  let where: SQL;
  let viaItems = false;
  if (metric === 'action-items') {
    viaItems = true;
    const due = effectiveDue(slo);
    const completedIn = and(eq(actionItems.status, 'done'), between(actionItems.completedOn, from, to));
    const dueIn = and(sql`${due} between ${from} and ${to}`, sql`${actionItems.status} <> 'wont-do'`);
    const closeDay = sql`max(${actionItems.createdOn}, ${actionItems.completedOn})`;
    const conditions: Record<string, SQL | undefined> = {
      created: between(actionItems.createdOn, from, to),
      completed: completedIn,
      completedOnTime: and(completedIn, sql`${actionItems.completedOn} <= ${due}`),
      completedLate: and(completedIn, sql`${actionItems.completedOn} > ${due}`),
      completedWithoutDue: and(completedIn, sql`${due} is null`),
      due: dueIn,
      dueCompletedOnTime: and(
        dueIn,
        eq(actionItems.status, 'done'),
        sql`${actionItems.completedOn} <= ${due}`,
      ),
      dueCompletionUndated: and(
        dueIn,
        eq(actionItems.status, 'done'),
        sql`${actionItems.completedOn} is null`,
      ),
      wontDo: and(sql`${due} between ${from} and ${to}`, eq(actionItems.status, 'wont-do')),
      backlogAtEnd: and(
        sql`${actionItems.createdOn} <= ${to}`,
        sql`(${actionItems.status} = 'open' or (${actionItems.status} in ('done', 'wont-do') and ${actionItems.completedOn} is not null and ${closeDay} > ${to}))`,
      ),
      overdue: and(eq(actionItems.status, 'open'), sql`${due} < ${q.today}`),
      timeToClose: and(completedIn, isNotNull(actionItems.createdOn)),
    };
    where = and(itemScope(principal, q), conditions[name])!;
  } else {
    const inRange = between(postmortems.occurredOn, from, to);
    let condition: SQL | undefined;
    switch (name) {
      case 'repeats':
        condition = sql`${isRepeat}`;
        break;
      case 'repeatsWithOpenFollowUps':
        condition = sql`${isRepeatWithOpenFollowUps}`;
        break;
      case 'cluster': {
        const id = Number(arg);
        if (!Number.isInteger(id) || id <= 0)
          throw new ApiError(
            'validation_failed',
            'figure: cluster:<id> needs a numeric cluster id',
            'figure',
          );
        condition = eq(postmortems.clusterId, id);
        break;
      }
      case 'withFindings':
        condition = sql`coalesce(${postmortems.blameFindingCount}, 0) > 0`;
        break;
      case 'medianScore':
        condition = isNotNull(postmortems.blameScore);
        break;
      case 'category':
        condition = sql`exists (select 1 from ${blameFindings} where ${blameFindings.revisionId} = ${postmortems.currentRevisionId} and ${blameFindings.category} = ${arg})`;
        break;
      case 'severity':
        if (!(SEVERITY_KEYS as readonly string[]).includes(arg ?? '')) {
          throw new ApiError(
            'validation_failed',
            `figure: severity must be one of ${SEVERITY_KEYS.join(', ')}`,
            'figure',
          );
        }
        condition =
          arg === 'unknown' ? sql`${postmortems.severity} is null` : eq(postmortems.severity, arg as 'SEV1');
        break;
      case 'daysToPublish':
        condition = isNotNull(postmortems.publishedOn);
        break;
      case 'timeToDetect':
        condition = isNotNull(postmortems.timeToDetectMinutes);
        break;
      case 'timeToRecover':
        condition = isNotNull(postmortems.timeToRecoverMinutes);
        break;
      default:
        condition = undefined;
    }
    where = and(postmortemScope(principal, q), inRange, condition)!;
  }

  const ids = viaItems
    ? db
        .selectDistinct({ id: actionItems.postmortemId })
        .from(actionItems)
        .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
        .where(where)
    : db.select({ id: postmortems.id }).from(postmortems).where(where);
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: postmortems.id,
        title: postmortems.title,
        team: postmortems.teamId,
        occurredAt: postmortems.occurredOn,
      })
      .from(postmortems)
      .where(inArray(postmortems.id, ids))
      .orderBy(desc(sql`coalesce(${postmortems.occurredOn}, '')`), desc(postmortems.id))
      .limit(DRILL_LIMIT),
    db.select({ n: sql<number>`count(*)` }).from(postmortems).where(inArray(postmortems.id, ids)),
  ]);
  const total = Number(count?.n ?? 0);
  return {
    metric,
    figure,
    bucketStart,
    range: { from, to },
    total,
    truncated: total > rows.length,
    items: rows,
  };
}
