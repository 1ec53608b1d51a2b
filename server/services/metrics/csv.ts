import type { ActionItemMetrics } from './action-items.js';
import type { BlameMetrics } from './blame.js';
import type { Distribution } from './distribution.js';
import type { MetricsQuery } from './query.js';
import type { RecurrenceMetrics } from './recurrence.js';
import type { TimelinessMetrics } from './timeliness.js';

export type AnyMetrics = ActionItemMetrics | RecurrenceMetrics | BlameMetrics | TimelinessMetrics;

interface CsvRow {
  bucketStart: string;
  bucketEnd: string;
  bucket: string;
  figure: string;
  /** An aggregate dimension (team id, category, cluster, histogram bin); never a person. */
  key: string;
  value: number | string | null;
}

const HEADER = ['metric', 'bucket_start', 'bucket_end', 'bucket', 'figure', 'key', 'value'];

/** RFC 4180 quoting, and a leading apostrophe so spreadsheet programs never run a cell as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function distributionRows(
  period: Omit<CsvRow, 'figure' | 'key' | 'value'>,
  figure: string,
  d: Distribution,
): CsvRow[] {
  return [
    { ...period, figure: `${figure}.count`, key: '', value: d.count },
    { ...period, figure: `${figure}.missing`, key: '', value: d.missing },
    { ...period, figure: `${figure}.median`, key: d.unit, value: d.median },
    { ...period, figure: `${figure}.p90`, key: d.unit, value: d.p90 },
    ...d.histogram.map((h) => ({
      ...period,
      figure: `${figure}.histogram`,
      key: `${h.label} ${d.unit}`,
      value: h.count,
    })),
  ];
}

/** One row per bucket per figure; period-wide figures use the whole range as their bucket ("period"). */
export function metricsToCsv(m: AnyMetrics, q: MetricsQuery): string {
  const rows: CsvRow[] = [];
  const period = { bucketStart: q.from, bucketEnd: q.to, bucket: 'period' };
  const figures = (
    b: { start: string; end: string; label: string },
    values: Record<string, number | null>,
    key = '',
  ) => {
    for (const [figure, value] of Object.entries(values))
      rows.push({ bucketStart: b.start, bucketEnd: b.end, bucket: b.label, figure, key, value });
  };
  switch (m.metric) {
    case 'action-items':
      for (const { start, end, label, partial: _p, ...values } of m.buckets)
        figures({ start, end, label }, values);
      rows.push({ ...period, figure: 'overdue', key: `as of ${m.overdue.asOf}`, value: m.overdue.count });
      rows.push({
        ...period,
        figure: 'undated.withoutCreatedOn',
        key: m.undated.scope,
        value: m.undated.withoutCreatedOn,
      });
      rows.push({
        ...period,
        figure: 'undated.doneWithoutCompletedOn',
        key: m.undated.scope,
        value: m.undated.doneWithoutCompletedOn,
      });
      rows.push({
        ...period,
        figure: 'undated.withoutDueOrIncidentDate',
        key: m.undated.scope,
        value: m.undated.withoutDueOrIncidentDate,
      });
      rows.push(...distributionRows(period, 'timeToClose', m.timeToClose));
      break;
    case 'recurrence':
      for (const { start, end, label, partial: _p, ...values } of m.buckets)
        figures({ start, end, label }, values);
      for (const c of m.topClusters)
        rows.push({ ...period, figure: 'topCluster', key: c.label, value: c.incidents });
      break;
    case 'blame':
      for (const b of m.buckets) {
        figures(b, {
          postmortems: b.postmortems,
          withFindings: b.withFindings,
          share: b.share,
          medianScore: b.medianScore,
        });
        for (const t of b.teams) figures(b, { teamMedianScore: t.medianScore }, t.team ?? '(no team)');
        for (const [category, n] of Object.entries(b.categories))
          figures(b, { categoryFindings: n }, category);
      }
      break;
    case 'timeliness':
      for (const b of m.buckets) {
        figures(b, { incidents: b.incidents, medianDaysToPublish: b.medianDaysToPublish });
        for (const [severity, n] of Object.entries(b.bySeverity))
          figures(b, { incidentsBySeverity: n }, severity);
      }
      rows.push(...distributionRows(period, 'daysToPublish', m.daysToPublish));
      rows.push(...distributionRows(period, 'timeToDetect', m.timeToDetect));
      rows.push(...distributionRows(period, 'timeToRecover', m.timeToRecover));
      break;
  }
  const lines = [HEADER.join(',')];
  for (const r of rows)
    lines.push(
      [m.metric, r.bucketStart, r.bucketEnd, r.bucket, r.figure, r.key, r.value]
        .map((v) => csvCell(v))
        .join(','),
    );
  return `${lines.join('\r\n')}\r\n`;
}
