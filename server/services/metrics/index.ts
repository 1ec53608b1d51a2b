/**
 * Dashboard metrics. Every query aggregates in SQL per calendar day (GROUP BY a date column, filtered
 * by team and date range so the team/date indexes apply); only those per-day rows are folded into ISO
 * weeks or months in JS. See calendar.ts for how the `tz` parameter applies.
 */
import type { Db } from '../../../db/client.js';
import type { Config } from '../../config.js';
import type { Principal } from '../principal.js';
import { actionItemMetrics, type SloDays } from './action-items.js';
import { blameMetrics } from './blame.js';
import type { AnyMetrics } from './csv.js';
import type { MetricName, MetricsQuery } from './query.js';
import { recurrenceMetrics } from './recurrence.js';
import { timelinessMetrics } from './timeliness.js';

export { metricsToCsv } from './csv.js';
export { DRILL_FIGURES, drillDown } from './drill.js';
export {
  authorizeMetrics,
  METRIC_NAMES,
  type MetricName,
  type MetricsQuery,
  metricsQuerySchema,
  parseMetricsQuery,
} from './query.js';
export { teamComparison } from './team-comparison.js';

export function sloDays(config: Pick<Config, 'SLO_DAYS_SEV12' | 'SLO_DAYS_OTHER'>): SloDays {
  return { sev12: config.SLO_DAYS_SEV12, other: config.SLO_DAYS_OTHER };
}

export type MetricsResponse = AnyMetrics & {
  query: { team: string | null; from: string; to: string; bucket: string; tz: string; today: string };
};

export async function computeMetric(
  db: Db,
  principal: Principal,
  name: MetricName,
  q: MetricsQuery,
  slo: SloDays,
): Promise<MetricsResponse> {
  const result: AnyMetrics =
    name === 'action-items'
      ? await actionItemMetrics(db, principal, q, slo)
      : name === 'recurrence'
        ? await recurrenceMetrics(db, principal, q)
        : name === 'blame'
          ? await blameMetrics(db, principal, q)
          : await timelinessMetrics(db, principal, q);
  const { format: _f, ...query } = q;
  return { ...result, query };
}
