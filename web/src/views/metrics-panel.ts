/**
 * The four metric areas (follow-through, recurrence, blame language, timeliness) with charts, table
 * alternatives, drill-downs, exports and "what changed since the previous period". Used by the
 * organisation overview and by each team page (team fixed).
 */

import { dateInZone, defaultFrom } from '../../../server/services/metrics/calendar.js';
import {
  type ActionItemMetrics,
  api,
  type BlameMetrics,
  type DrillResult,
  query,
  type RecurrenceMetrics,
  type Severity,
  type TeamRow,
  type TimelinessMetrics,
} from '../api.js';
import { asPercent, ChartView, PALETTE } from '../chart.js';
import { append, clear, dataTable, h, num, percent, uniqueId } from '../dom.js';

export interface Filters {
  from: string | null;
  to: string | null;
  bucket: 'week' | 'month';
  team: string | null;
  tz: string;
}

/** The range the API resolves when the query names none, as the API computes it (shared code). */
export function defaultRange(
  bucket: 'week' | 'month',
  tz: string,
  to?: string | null,
): { from: string; to: string } {
  const end = to ?? dateInZone(new Date(), tz);
  return { from: defaultFrom(end, bucket), to: end };
}

/** Filters from the hash query, with the default range filled in at once (so the form shows it). */
export function filtersFrom(params: URLSearchParams, fixedTeam: string | null): Filters {
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const bucket = params.get('bucket') === 'month' ? 'month' : 'week';
  const to = date(params.get('to'));
  const from = date(params.get('from'));
  const range = defaultRange(bucket, tz, to);
  return {
    from: from ?? range.from,
    to: range.to,
    bucket,
    team: fixedTeam ?? (params.get('team') || null),
    tz,
  };
}

type MetricName = 'action-items' | 'recurrence' | 'blame' | 'timeliness';

function metricQuery(f: Filters, extra: Record<string, string> = {}): string {
  return query({ from: f.from, to: f.to, bucket: f.bucket, team: f.team, tz: f.tz, ...extra });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

interface Area {
  section: HTMLElement;
  chart: ChartView;
  headline: HTMLElement;
  table: HTMLElement;
  extra: HTMLElement;
  exports: HTMLElement;
}

export interface MetricsPanel {
  el: HTMLElement;
  /** Loads and renders; resolves with the filters the API answered for (default range filled in). */
  load: (f: Filters) => Promise<Filters>;
  destroy: () => void;
}

export function metricsPanel(fixedTeam: string | null): MetricsPanel {
  let filters: Filters | null = null;
  const charts: ChartView[] = [];
  let bucketStarts: string[] = [];
  let generation = 0;

  const drillPanel = h('section', {
    class: 'card drill',
    'aria-live': 'polite',
    hidden: true,
    id: uniqueId('drill'),
  });
  const changes = h(
    'section',
    { class: 'card changes', 'aria-labelledby': 'changes-h' },
    h('h2', { id: 'changes-h' }, 'What changed since the previous period'),
  );

  async function drill(
    metric: MetricName,
    figure: string,
    label: string,
    bucketStart: string | null,
  ): Promise<void> {
    if (!filters) return;
    drillPanel.hidden = false;
    clear(drillPanel);
    drillPanel.append(h('h2', {}, `Postmortems behind: ${label}`), h('p', { class: 'muted' }, 'Loading…'));
    try {
      const result = await api.get<DrillResult>(
        `/api/metrics/${metric}/drill${metricQuery(filters, { figure, ...(bucketStart ? { bucket_start: bucketStart } : {}) })}`,
      );
      clear(drillPanel);
      drillPanel.append(
        h('h2', {}, `Postmortems behind: ${label}`),
        h(
          'p',
          { class: 'muted' },
          `${result.total} postmortem${result.total === 1 ? '' : 's'}, ${result.range.from} to ${result.range.to}${result.truncated ? ` (first ${result.items.length} shown)` : ''}.`,
        ),
        result.items.length
          ? h(
              'ul',
              { class: 'drill-list' },
              ...result.items.map((p) =>
                h(
                  'li',
                  {},
                  h('a', { href: `#/postmortems/${p.id}` }, p.title),
                  ' ',
                  h('span', { class: 'muted' }, `${p.team ?? 'no team'} · ${p.occurredAt ?? 'date unknown'}`),
                ),
              ),
            )
          : h('p', {}, 'None.'),
        h(
          'button',
          {
            type: 'button',
            class: 'link',
            onclick: () => {
              drillPanel.hidden = true;
            },
          },
          'Close',
        ),
      );
      drillPanel.focus();
    } catch (error) {
      clear(drillPanel);
      drillPanel.append(h('p', { class: 'error' }, `Could not load: ${(error as Error).message}`));
    }
  }

  const drillButton = (
    metric: MetricName,
    figure: string,
    label: string,
    bucketStart: string | null,
    text: string,
  ) =>
    h(
      'button',
      {
        type: 'button',
        class: 'cell-link',
        'aria-label': `${label}: ${text}. Show postmortems`,
        onclick: () => void drill(metric, figure, label, bucketStart),
      },
      text,
    );

  function area(metric: MetricName, title: string, describe: string, figures: string[]): Area {
    const canvas = h('canvas', {
      role: 'img',
      'aria-label': `${title} chart; the same figures are in the table below`,
      'data-metric': metric,
    });
    const chart = new ChartView(canvas, (index, datasetIndex) => {
      const figure = figures[datasetIndex];
      const start = bucketStarts[index];
      if (figure && start) void drill(metric, figure, `${title} — ${figure}, bucket from ${start}`, start);
    });
    charts.push(chart);
    const headline = h('div', { class: 'headline' });
    const table = h('div', { class: 'table-wrap' });
    const extra = h('div', { class: 'extra' });
    const exports = h('p', { class: 'exports' });
    const id = uniqueId('area');
    const section = h(
      'section',
      { class: 'card area', 'aria-labelledby': id, 'data-area': metric },
      h('h2', { id }, title),
      h('p', { class: 'muted' }, describe),
      headline,
      h('div', { class: 'chart-box' }, canvas),
      h(
        'details',
        {},
        h('summary', {}, 'Table (same figures; select a number to see its postmortems)'),
        table,
      ),
      extra,
      exports,
    );
    return { section, chart, headline, table, extra, exports };
  }

  const follow = area(
    'action-items',
    'Action-item follow-through',
    'Items due in each period that were completed by their due date (no due date: the SLO date by severity). Won’t-do items are left out.',
    ['created', 'completed', 'due'],
  );
  const recur = area(
    'recurrence',
    'Recurring causes',
    'Incidents whose cause repeats an earlier incident’s.',
    ['incidents', 'repeats'],
  );
  const blame = area(
    'blame',
    'Blame language',
    'Share of postmortems with blame-oriented language (aggregated by team, never by person).',
    ['withFindings'],
  );
  const timely = area(
    'timeliness',
    'Timeliness and volume',
    'Incidents by severity; days from incident to published postmortem; time to detect and recover where the documents give them.',
    ['severity:SEV1', 'severity:SEV2', 'severity:SEV3', 'severity:SEV4', 'severity:unknown'],
  );

  const comparisonCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'Team comparison chart; the same figures are in the table below',
    'data-metric': 'team-comparison',
  });
  const comparisonChart = new ChartView(comparisonCanvas, (index) => {
    const row = comparisonRows[index];
    if (row) location.hash = `#/team/${encodeURIComponent(row.team)}`;
  });
  charts.push(comparisonChart);
  let comparisonRows: TeamRow[] = [];
  const comparisonTable = h('div', { class: 'table-wrap' });
  const comparison = h(
    'section',
    { class: 'card area wide', 'aria-labelledby': 'cmp-h', 'data-area': 'team-comparison' },
    h('h2', { id: 'cmp-h' }, 'Team comparison'),
    h(
      'p',
      { class: 'muted' },
      'Per team over the period. Select a team for its recurring causes and follow-ups.',
    ),
    h('div', { class: 'chart-box tall' }, comparisonCanvas),
    comparisonTable,
  );

  const grid = h('div', { class: 'grid' }, follow.section, recur.section, blame.section, timely.section);
  const el = h('div', { class: 'metrics' }, changes, drillPanel, grid, fixedTeam ? null : comparison);

  function exportLinks(a: Area, metric: MetricName, f: Filters): void {
    clear(a.exports);
    a.exports.append(
      'Export: ',
      h('a', { href: `/api/metrics/${metric}${metricQuery(f, { format: 'csv' })}`, download: '' }, 'CSV'),
      ' · ',
      h('a', { href: `/api/metrics/${metric}${metricQuery(f, { format: 'json' })}`, download: '' }, 'JSON'),
    );
  }

  function stat(label: string, value: string, note?: string): HTMLElement {
    return h(
      'div',
      { class: 'stat' },
      h('span', { class: 'stat-value' }, value),
      h('span', { class: 'stat-label' }, label),
      note ? h('span', { class: 'stat-note' }, note) : null,
    );
  }

  function renderFollow(m: ActionItemMetrics, f: Filters): void {
    const labels = m.buckets.map((b) => b.label);
    follow.chart.render({
      labels,
      percentAxis: true,
      datasets: [
        { type: 'bar', label: 'Created', data: m.buckets.map((b) => b.created), backgroundColor: PALETTE[0] },
        {
          type: 'bar',
          label: 'Completed',
          data: m.buckets.map((b) => b.completed),
          backgroundColor: PALETTE[1],
        },
        {
          type: 'line',
          label: 'On-time rate',
          data: asPercent(m.buckets.map((b) => b.onTimeRate)),
          borderColor: PALETTE[2],
          backgroundColor: PALETTE[2],
          yAxisID: 'pct',
          // A period with nothing due has no rate: a gap, not a line implying one.
          spanGaps: false,
          pointRadius: 3,
        },
      ],
    });
    clear(follow.headline);
    follow.headline.append(
      stat('on-time completion', percent(m.totals.onTimeRate), `${m.totals.due} due`),
      stat('overdue now', String(m.overdue.count), `as of ${m.overdue.asOf}`),
      stat('median days to close', num(m.timeToClose.median), `p90 ${num(m.timeToClose.p90)}`),
      stat('open at period end', String(m.totals.backlogAtEnd)),
    );
    clear(follow.table);
    follow.table.append(
      dataTable(
        'Action items per period',
        ['Period', 'Created', 'Completed', 'Due', 'On time', 'Rate', 'Won’t do', 'Open at end'],
        m.buckets.map((b) => [
          `${b.label}${b.partial ? ' (partial)' : ''}`,
          drillButton('action-items', 'created', `Created in ${b.label}`, b.start, String(b.created)),
          drillButton('action-items', 'completed', `Completed in ${b.label}`, b.start, String(b.completed)),
          drillButton('action-items', 'due', `Due in ${b.label}`, b.start, String(b.due)),
          drillButton(
            'action-items',
            'dueCompletedOnTime',
            `Completed on time in ${b.label}`,
            b.start,
            String(b.dueCompletedOnTime),
          ),
          percent(b.onTimeRate),
          drillButton('action-items', 'wontDo', `Won’t do in ${b.label}`, b.start, String(b.wontDo)),
          drillButton(
            'action-items',
            'backlogAtEnd',
            `Open at end of ${b.label}`,
            b.start,
            String(b.backlogAtEnd),
          ),
        ]),
      ),
    );
    clear(follow.extra);
    if (m.overdue.items.length) {
      append(
        follow.extra,
        h('h3', {}, 'Overdue now'),
        h(
          'ul',
          { class: 'overdue' },
          ...m.overdue.items
            .slice(0, 8)
            .map((i) =>
              h(
                'li',
                {},
                i.text,
                ' ',
                h(
                  'span',
                  { class: 'muted' },
                  `${i.ageDays} days past ${i.dueSource === 'slo' ? 'SLO date' : 'due'} ${i.due} · ${i.team ?? 'no team'} · `,
                ),
                h('a', { href: `#/postmortems/${i.postmortemId}` }, i.postmortemTitle),
              ),
            ),
        ),
        m.overdue.count > 8
          ? h(
              'p',
              {},
              drillButton(
                'action-items',
                'overdue',
                'Overdue now',
                null,
                `All ${m.overdue.count} overdue items’ postmortems`,
              ),
            )
          : null,
      );
    }
    const u = m.undated;
    if (u.withoutCreatedOn + u.doneWithoutCompletedOn + u.withoutDueOrIncidentDate > 0) {
      follow.extra.append(
        h(
          'p',
          { class: 'muted' },
          `Not counted where dates are missing (all dates): ${u.withoutCreatedOn} without a creation date, ${u.doneWithoutCompletedOn} done without a completion date, ${u.withoutDueOrIncidentDate} without a due or incident date.`,
        ),
      );
    }
    exportLinks(follow, 'action-items', f);
  }

  function renderRecur(m: RecurrenceMetrics, f: Filters): void {
    recur.chart.render({
      labels: m.buckets.map((b) => b.label),
      datasets: [
        {
          type: 'bar',
          label: 'Incidents',
          data: m.buckets.map((b) => b.incidents),
          backgroundColor: PALETTE[5],
        },
        {
          type: 'bar',
          label: 'Repeats of an earlier cause',
          data: m.buckets.map((b) => b.repeats),
          backgroundColor: PALETTE[4],
        },
      ],
    });
    clear(recur.headline);
    recur.headline.append(
      stat(
        'repeat an earlier cause',
        percent(m.totals.share),
        `${m.totals.repeats} of ${m.totals.incidents}`,
      ),
      stat(
        'repeats with open follow-ups',
        String(m.totals.repeatsWithOpenFollowUps),
        'earlier fixes not done yet',
      ),
    );
    clear(recur.table);
    recur.table.append(
      dataTable(
        'Recurrence per period',
        ['Period', 'Incidents', 'Repeats', 'Share', 'With open follow-ups'],
        m.buckets.map((b) => [
          `${b.label}${b.partial ? ' (partial)' : ''}`,
          drillButton('recurrence', 'incidents', `Incidents in ${b.label}`, b.start, String(b.incidents)),
          drillButton('recurrence', 'repeats', `Repeats in ${b.label}`, b.start, String(b.repeats)),
          percent(b.share),
          drillButton(
            'recurrence',
            'repeatsWithOpenFollowUps',
            `Repeats with open follow-ups in ${b.label}`,
            b.start,
            String(b.repeatsWithOpenFollowUps),
          ),
        ]),
      ),
    );
    clear(recur.extra);
    if (m.topClusters.length) {
      recur.extra.append(
        h('h3', {}, 'Top recurring causes'),
        h(
          'ol',
          { class: 'clusters' },
          ...m.topClusters.map((c) =>
            h(
              'li',
              {},
              drillButton('recurrence', `cluster:${c.id}`, c.label, null, c.label),
              h('span', { class: 'muted' }, ` ${plural(c.incidents, 'incident')} · ${c.category}`),
            ),
          ),
        ),
      );
    }
    exportLinks(recur, 'recurrence', f);
  }

  function renderBlame(m: BlameMetrics, f: Filters): void {
    blame.chart.render({
      labels: m.buckets.map((b) => b.label),
      yPercent: true,
      datasets: [
        {
          type: 'bar',
          label: 'Postmortems with blame language',
          data: asPercent(m.buckets.map((b) => b.share)),
          backgroundColor: PALETTE[3],
        },
      ],
    });
    clear(blame.headline);
    blame.headline.append(
      stat(
        'with blame language',
        percent(m.totals.share),
        `${m.totals.withFindings} of ${m.totals.postmortems}`,
      ),
      stat('median blame score', num(m.totals.medianScore), '0 = none'),
    );
    clear(blame.table);
    blame.table.append(
      dataTable(
        'Blame language per period',
        ['Period', 'Postmortems', 'With findings', 'Share', 'Median score'],
        m.buckets.map((b) => [
          `${b.label}${b.partial ? ' (partial)' : ''}`,
          drillButton('blame', 'postmortems', `Postmortems in ${b.label}`, b.start, String(b.postmortems)),
          drillButton(
            'blame',
            'withFindings',
            `With blame language in ${b.label}`,
            b.start,
            String(b.withFindings),
          ),
          percent(b.share),
          num(b.medianScore),
        ]),
      ),
    );
    clear(blame.extra);
    if (m.categories.length) {
      blame.extra.append(
        h('h3', {}, 'Kinds of blame language'),
        h(
          'ul',
          { class: 'categories' },
          ...m.categories.map((c) =>
            h(
              'li',
              {},
              drillButton('blame', `category:${c.category}`, `Category ${c.category}`, null, c.category),
              h(
                'span',
                { class: 'muted' },
                ` ${plural(c.findings, 'finding')} in ${plural(c.postmortems, 'postmortem')}`,
              ),
            ),
          ),
        ),
      );
    }
    exportLinks(blame, 'blame', f);
  }

  const SEVERITIES: Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'unknown'];

  function renderTimely(m: TimelinessMetrics, f: Filters): void {
    timely.chart.render({
      labels: m.buckets.map((b) => b.label),
      stacked: true,
      datasets: SEVERITIES.map((s, i) => ({
        type: 'bar' as const,
        label: s,
        data: m.buckets.map((b) => b.bySeverity[s]),
        backgroundColor: [PALETTE[4], PALETTE[2], PALETTE[0], PALETTE[1], PALETTE[5]][i],
      })),
    });
    const dist = (d: TimelinessMetrics['daysToPublish'], unit: string) =>
      `median ${num(d.median)} ${unit}, p90 ${num(d.p90)} (${d.count} with data, ${d.missing} without)`;
    clear(timely.headline);
    timely.headline.append(
      stat(
        'incidents',
        String(m.totals.incidents),
        m.totals.undated ? `${m.totals.undated} undated not shown` : undefined,
      ),
      stat('median days to publish', num(m.daysToPublish.median), `${m.daysToPublish.count} with both dates`),
    );
    clear(timely.table);
    timely.table.append(
      dataTable(
        'Incidents per period by severity',
        ['Period', ...SEVERITIES, 'Median days to publish'],
        m.buckets.map((b) => [
          `${b.label}${b.partial ? ' (partial)' : ''}`,
          ...SEVERITIES.map((s) =>
            drillButton(
              'timeliness',
              `severity:${s}`,
              `${s} in ${b.label}`,
              b.start,
              String(b.bySeverity[s]),
            ),
          ),
          num(b.medianDaysToPublish),
        ]),
      ),
    );
    clear(timely.extra);
    timely.extra.append(
      h(
        'ul',
        { class: 'distributions' },
        h(
          'li',
          {},
          drillButton(
            'timeliness',
            'daysToPublish',
            'Incident to published postmortem',
            null,
            'Incident to published postmortem',
          ),
          `: ${dist(m.daysToPublish, 'days')}`,
        ),
        h(
          'li',
          {},
          drillButton('timeliness', 'timeToDetect', 'Time to detect', null, 'Time to detect'),
          `: ${dist(m.timeToDetect, 'min')}`,
        ),
        h(
          'li',
          {},
          drillButton('timeliness', 'timeToRecover', 'Time to recover', null, 'Time to recover'),
          `: ${dist(m.timeToRecover, 'min')}`,
        ),
      ),
    );
    exportLinks(timely, 'timeliness', f);
  }

  function renderComparison(rows: TeamRow[]): void {
    comparisonRows = rows;
    comparisonChart.render({
      labels: rows.map((r) => r.name),
      horizontal: true,
      yPercent: true,
      datasets: [
        {
          type: 'bar',
          label: 'On-time completion',
          data: asPercent(rows.map((r) => r.onTimeRate)),
          backgroundColor: PALETTE[1],
        },
        {
          type: 'bar',
          label: 'Repeat share',
          data: asPercent(rows.map((r) => r.repeatShare)),
          backgroundColor: PALETTE[4],
        },
        {
          type: 'bar',
          label: 'Blame-language share',
          data: asPercent(rows.map((r) => r.blameShare)),
          backgroundColor: PALETTE[3],
        },
      ],
    });
    clear(comparisonTable);
    comparisonTable.append(
      dataTable(
        'Team comparison',
        [
          'Team',
          'Postmortems',
          'On-time completion',
          'Overdue now',
          'Repeat share',
          'Blame-language share',
          'Median blame score',
        ],
        rows.map((r) => [
          h('a', { href: `#/team/${encodeURIComponent(r.team)}` }, r.name),
          String(r.postmortems),
          percent(r.onTimeRate),
          String(r.overdueNow),
          percent(r.repeatShare),
          percent(r.blameShare),
          num(r.medianBlameScore),
        ]),
      ),
    );
  }

  function renderChanges(
    cur: Totals,
    prev: Totals,
    range: { from: string; to: string },
    prevRange: { from: string; to: string },
  ): void {
    clear(changes);
    // null: no better or worse direction (more postmortems written is not a bad sign in itself).
    const rows: [string, number | null, number | null, 'pct' | 'num', boolean | null][] = [
      ['On-time completion', cur.onTime, prev.onTime, 'pct', true],
      ['Incidents repeating an earlier cause', cur.repeatShare, prev.repeatShare, 'pct', false],
      ['Postmortems with blame language', cur.blameShare, prev.blameShare, 'pct', false],
      ['Median days to publish', cur.publishDays, prev.publishDays, 'num', false],
      ['Incidents', cur.incidents, prev.incidents, 'num', null],
    ];
    const nothingBefore = prev.incidents === 0;
    changes.append(
      h('h2', { id: 'changes-h' }, 'What changed since the previous period'),
      h(
        'p',
        { class: 'muted' },
        nothingBefore
          ? `${range.from} to ${range.to}. No postmortems in the previous period (${prevRange.from} to ${prevRange.to}), so there is nothing to compare with yet.`
          : `${range.from} to ${range.to}, compared with ${prevRange.from} to ${prevRange.to}.`,
      ),
      h(
        'ul',
        { class: 'change-list' },
        ...rows.map(([label, now, before, kind, higherIsBetter]) => {
          const fmt = (v: number | null) => (kind === 'pct' ? percent(v) : num(v));
          let trend = nothingBefore ? 'no earlier data' : 'no comparison';
          let cls = 'same';
          if (now !== null && before !== null && !nothingBefore) {
            const d = now - before;
            const shown = kind === 'pct' ? `${Math.round(d * 1000) / 10} pts` : `${Math.round(d * 10) / 10}`;
            trend = `${d === 0 ? 'unchanged' : `${d > 0 ? '+' : ''}${shown}`} (was ${fmt(before)})`;
            cls = d === 0 || higherIsBetter === null ? 'same' : d > 0 === higherIsBetter ? 'better' : 'worse';
          }
          return h(
            'li',
            { class: cls },
            h('span', { class: 'change-label' }, label),
            h('span', { class: 'change-value' }, fmt(now)),
            h('span', { class: 'change-delta' }, trend),
          );
        }),
      ),
    );
  }

  interface Totals {
    onTime: number | null;
    repeatShare: number | null;
    blameShare: number | null;
    publishDays: number | null;
    incidents: number;
  }

  async function fetchAll(f: Filters) {
    const q = metricQuery(f);
    return Promise.all([
      api.get<ActionItemMetrics & { query: { from: string; to: string } }>(`/api/metrics/action-items${q}`),
      api.get<RecurrenceMetrics>(`/api/metrics/recurrence${q}`),
      api.get<BlameMetrics>(`/api/metrics/blame${q}`),
      api.get<TimelinessMetrics>(`/api/metrics/timeliness${q}`),
    ] as const);
  }

  async function load(f: Filters): Promise<Filters> {
    const mine = ++generation;
    filters = f;
    el.setAttribute('aria-busy', 'true');
    const [items, recurrence, blameM, timeliness] = await fetchAll(f);
    if (mine !== generation) return f;
    // The API resolves default ranges; drill-downs and comparisons use the range it answered for.
    const range = { from: items.query.from, to: items.query.to };
    filters = { ...f, from: range.from, to: range.to };
    bucketStarts = items.buckets.map((b) => b.start);
    renderFollow(items, filters);
    renderRecur(recurrence, filters);
    renderBlame(blameM, filters);
    renderTimely(timeliness, filters);
    if (!fixedTeam)
      renderComparison(
        (await api.get<{ teams: TeamRow[] }>(`/api/metrics/team-comparison${metricQuery(filters)}`)).teams,
      );
    const length = daysBetween(range.from, range.to) + 1;
    const prevRange = { from: addDays(range.from, -length), to: addDays(range.from, -1) };
    const resolved = filters;
    const [pi, pr, pb, pt] = await fetchAll({ ...filters, ...prevRange });
    if (mine !== generation) return resolved;
    const totals = (
      i: ActionItemMetrics,
      r: RecurrenceMetrics,
      b: BlameMetrics,
      t: TimelinessMetrics,
    ): Totals => ({
      onTime: i.totals.onTimeRate,
      repeatShare: r.totals.share,
      blameShare: b.totals.share,
      publishDays: t.daysToPublish.median,
      incidents: t.totals.incidents,
    });
    renderChanges(totals(items, recurrence, blameM, timeliness), totals(pi, pr, pb, pt), range, prevRange);
    el.setAttribute('aria-busy', 'false');
    el.dataset.loaded = String(mine);
    return resolved;
  }

  return {
    el,
    load,
    destroy: () => {
      generation += 1;
      for (const c of charts) c.destroy();
    },
  };
}
