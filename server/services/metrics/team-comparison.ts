import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { actionItems, postmortems, teams } from '../../../db/schema/index.js';
import { type Principal, readableTeams } from '../principal.js';
import { effectiveDue, itemScope, type SloDays } from './action-items.js';
import { distribution, ratio } from './distribution.js';
import type { MetricsQuery } from './query.js';
import { postmortemScope } from './query.js';
import { isRepeat } from './recurrence.js';

export interface TeamComparisonRow {
  team: string;
  name: string;
  postmortems: number;
  blameShare: number | null;
  medianBlameScore: number | null;
  repeatShare: number | null;
  onTimeRate: number | null;
  overdueNow: number;
}

/** One row per team the principal may read, over the requested period (the organisation view's table). */
export async function teamComparison(
  db: Db,
  principal: Principal,
  q: MetricsQuery,
  slo: SloDays,
): Promise<{ teams: TeamComparisonRow[] }> {
  const allowed = readableTeams(principal);
  const teamFilter =
    q.team !== null
      ? eq(teams.id, q.team)
      : allowed === null
        ? undefined
        : allowed.length
          ? inArray(teams.id, allowed)
          : sql`0`;
  const pmScope = and(postmortemScope(principal, q), between(postmortems.occurredOn, q.from, q.to));
  const due = effectiveDue(slo);
  const items = itemScope(principal, q);
  const [teamRows, pmRows, scoreRows, dueRows, overdueRows] = await Promise.all([
    db.select({ id: teams.id, name: teams.name }).from(teams).where(teamFilter).orderBy(asc(teams.name)),
    db
      .select({
        team: postmortems.teamId,
        n: sql<number>`count(*)`,
        withFindings: sql<number>`sum(coalesce(${postmortems.blameFindingCount}, 0) > 0)`,
        repeats: sql<number>`sum(${isRepeat})`,
      })
      .from(postmortems)
      .where(pmScope)
      .groupBy(postmortems.teamId),
    db
      .select({ team: postmortems.teamId, score: postmortems.blameScore, n: sql<number>`count(*)` })
      .from(postmortems)
      .where(and(pmScope, sql`${postmortems.blameScore} is not null`))
      .groupBy(postmortems.teamId, postmortems.blameScore),
    db
      .select({
        team: postmortems.teamId,
        due: sql<number>`count(*)`,
        onTime: sql<number>`sum(${actionItems.status} = 'done' and ${actionItems.completedOn} <= ${due})`,
        undated: sql<number>`sum(${actionItems.status} = 'done' and ${actionItems.completedOn} is null)`,
      })
      .from(actionItems)
      .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
      .where(and(items, sql`${due} between ${q.from} and ${q.to}`, sql`${actionItems.status} <> 'wont-do'`))
      .groupBy(postmortems.teamId),
    db
      .select({ team: postmortems.teamId, n: sql<number>`count(*)` })
      .from(actionItems)
      .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
      .where(and(items, eq(actionItems.status, 'open'), sql`${due} < ${q.today}`))
      .groupBy(postmortems.teamId),
  ]);
  const byTeam = <T extends { team: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.team, r]));
  const pm = byTeam(pmRows);
  const dueBy = byTeam(dueRows);
  const overdue = byTeam(overdueRows);
  return {
    teams: teamRows.map((t) => {
      const p = pm.get(t.id);
      const d = dueBy.get(t.id);
      const n = Number(p?.n ?? 0);
      const scores = scoreRows
        .filter((r) => r.team === t.id)
        .map((r) => ({ value: Number(r.score), n: Number(r.n) }));
      return {
        team: t.id,
        name: t.name,
        postmortems: n,
        blameShare: ratio(Number(p?.withFindings ?? 0), n),
        medianBlameScore: distribution(scores, [], 'score', 0).median,
        repeatShare: ratio(Number(p?.repeats ?? 0), n),
        onTimeRate: ratio(Number(d?.onTime ?? 0), Number(d?.due ?? 0) - Number(d?.undated ?? 0)),
        overdueNow: Number(overdue.get(t.id)?.n ?? 0),
      };
    }),
  };
}
