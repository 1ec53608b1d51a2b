import { and, eq, isNotNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { postmortems } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { teamScope } from '../postmortems.js';
import { assertCanRead, type Principal, requireRole } from '../principal.js';
import {
  type BucketSize,
  dateInZone,
  daysBetween,
  defaultFrom,
  isValidDate,
  isValidTimeZone,
} from './calendar.js';

export const METRIC_NAMES = ['action-items', 'recurrence', 'blame', 'timeliness'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

const date = z.string().refine(isValidDate, 'must be a calendar date as YYYY-MM-DD');

/** Query parameters shared by every metric (and its drill-down and export). */
export const metricsQuerySchema = z.object({
  team: z.string().min(1).max(100).optional(),
  from: date.optional(),
  to: date.optional(),
  bucket: z.enum(['week', 'month']).default('week'),
  tz: z
    .string()
    .min(1)
    .max(100)
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin')
    .default('UTC'),
  format: z.enum(['json', 'csv']).default('json'),
});

/** At most ten years per request keeps the bucket list and the per-day rows bounded. */
const MAX_RANGE_DAYS = 3660;

export interface MetricsQuery {
  /** null = every team the principal may read. */
  team: string | null;
  from: string;
  to: string;
  bucket: BucketSize;
  tz: string;
  /** Today's calendar date in `tz`. */
  today: string;
  format: 'json' | 'csv';
}

export function parseMetricsQuery(raw: Record<string, string>, now: Date): MetricsQuery {
  const q = metricsQuerySchema.safeParse(raw);
  if (!q.success) {
    const issue = q.error.issues[0]!;
    const field = issue.path.map(String).join('.') || null;
    throw new ApiError('validation_failed', `${field ?? 'query'}: ${issue.message}`, field);
  }
  const { team, bucket, tz, format } = q.data;
  const today = dateInZone(now, tz);
  const to = q.data.to ?? today;
  // Default range: the last 12 ISO weeks or the last 6 months, ending today in the requested zone.
  const from = q.data.from ?? defaultFrom(to, bucket);
  if (from > to) throw new ApiError('validation_failed', 'from: must be on or before to', 'from');
  if (daysBetween(from, to) > MAX_RANGE_DAYS)
    throw new ApiError('validation_failed', `to: the range may span at most ${MAX_RANGE_DAYS} days`, 'to');
  return { team: team ?? null, from, to, bucket, tz, today, format };
}

/** Readers only: ingest tokens get 403; a member asking for a team they cannot read gets assertCanRead's answer. */
export function authorizeMetrics(principal: Principal, query: MetricsQuery): void {
  requireRole(principal, 'admin', 'leader', 'member');
  if (query.team !== null) assertCanRead(principal, query.team);
}

/** Postmortems that count: a current revision, visible to the principal, in the requested team. */
export function postmortemScope(principal: Principal, query: Pick<MetricsQuery, 'team'>): SQL {
  return and(
    isNotNull(postmortems.currentRevisionId),
    teamScope(principal, postmortems.teamId),
    query.team === null ? undefined : eq(postmortems.teamId, query.team),
  )!;
}
