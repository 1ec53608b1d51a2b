import { and, between, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { blameFindings, postmortems } from '../../../db/schema/index.js';
import type { Principal } from '../principal.js';
import { type Bucket, bucketIndexer, bucketsFor } from './calendar.js';
import { distribution, ratio } from './distribution.js';
import { type MetricsQuery, postmortemScope } from './query.js';

export interface BlameBucket extends Bucket {
  postmortems: number;
  /** Postmortems of the current revision with at least one blame finding. */
  withFindings: number;
  share: number | null;
  medianScore: number | null;
  /** Median blame score of each team's postmortems in the bucket (team null = no team). */
  teams: { team: string | null; postmortems: number; medianScore: number | null }[];
  categories: Record<string, number>;
}

export interface BlameMetrics {
  metric: 'blame';
  buckets: BlameBucket[];
  totals: {
    postmortems: number;
    withFindings: number;
    share: number | null;
    medianScore: number | null;
    notAnalysed: number;
  };
  /** Findings per category over the period, and how many postmortems have at least one of them. */
  categories: { category: string; findings: number; postmortems: number }[];
}

const withFindings = sql<number>`coalesce(${postmortems.blameFindingCount}, 0) > 0`;

export async function blameMetrics(db: Db, principal: Principal, q: MetricsQuery): Promise<BlameMetrics> {
  const scope = and(postmortemScope(principal, q), between(postmortems.occurredOn, q.from, q.to));
  const [scoreRows, categoryRows] = await Promise.all([
    // One row per (day, team, score): medians per team per bucket come from these counts.
    db
      .select({
        day: postmortems.occurredOn,
        team: postmortems.teamId,
        score: postmortems.blameScore,
        n: sql<number>`count(*)`,
        withFindings: sql<number>`sum(${withFindings})`,
      })
      .from(postmortems)
      .where(scope)
      .groupBy(postmortems.occurredOn, postmortems.teamId, postmortems.blameScore),
    db
      .select({
        day: postmortems.occurredOn,
        category: blameFindings.category,
        findings: sql<number>`count(*)`,
        postmortems: sql<number>`count(distinct ${postmortems.id})`,
      })
      .from(postmortems)
      .innerJoin(blameFindings, eq(blameFindings.revisionId, postmortems.currentRevisionId))
      .where(scope)
      .groupBy(postmortems.occurredOn, blameFindings.category),
  ]);
  const buckets = bucketsFor(q.from, q.to, q.bucket);
  const indexOf = bucketIndexer(buckets, q.bucket);
  const scores = buckets.map(() => new Map<string | null, Map<number, number>>());
  const rows: BlameBucket[] = buckets.map((b) => ({
    ...b,
    postmortems: 0,
    withFindings: 0,
    share: null,
    medianScore: null,
    teams: [],
    categories: {},
  }));
  const all = new Map<number, number>();
  let notAnalysed = 0;
  for (const r of scoreRows) {
    const i = indexOf(r.day!);
    const b = rows[i];
    if (!b) continue;
    const n = Number(r.n);
    b.postmortems += n;
    b.withFindings += Number(r.withFindings);
    if (r.score === null) {
      notAnalysed += n;
      continue;
    }
    const byTeam = scores[i]!;
    if (!byTeam.has(r.team)) byTeam.set(r.team, new Map());
    const m = byTeam.get(r.team)!;
    m.set(r.score, (m.get(r.score) ?? 0) + n);
    all.set(r.score, (all.get(r.score) ?? 0) + n);
  }
  const medianOf = (m: Map<number, number>) =>
    distribution(
      [...m].map(([value, n]) => ({ value, n })),
      [],
      'score',
      0,
    ).median;
  rows.forEach((b, i) => {
    b.share = ratio(b.withFindings, b.postmortems);
    const merged = new Map<number, number>();
    for (const [team, m] of scores[i]!) {
      b.teams.push({
        team,
        postmortems: [...m.values()].reduce((s, n) => s + n, 0),
        medianScore: medianOf(m),
      });
      for (const [v, n] of m) merged.set(v, (merged.get(v) ?? 0) + n);
    }
    b.teams.sort((x, y) => (x.team ?? '').localeCompare(y.team ?? ''));
    b.medianScore = merged.size ? medianOf(merged) : null;
  });
  const categoryTotals = new Map<string, { findings: number; postmortems: number }>();
  for (const r of categoryRows) {
    const b = rows[indexOf(r.day!)];
    if (!b) continue;
    b.categories[r.category] = (b.categories[r.category] ?? 0) + Number(r.findings);
    const t = categoryTotals.get(r.category) ?? { findings: 0, postmortems: 0 };
    t.findings += Number(r.findings);
    t.postmortems += Number(r.postmortems);
    categoryTotals.set(r.category, t);
  }
  const total = rows.reduce((s, b) => s + b.postmortems, 0);
  const withAny = rows.reduce((s, b) => s + b.withFindings, 0);
  return {
    metric: 'blame',
    buckets: rows,
    totals: {
      postmortems: total,
      withFindings: withAny,
      share: ratio(withAny, total),
      medianScore: all.size ? medianOf(all) : null,
      notAnalysed,
    },
    categories: [...categoryTotals]
      .map(([category, t]) => ({ category, ...t }))
      .sort((a, b) => b.findings - a.findings || a.category.localeCompare(b.category)),
  };
}
