/**
 * What a weekly digest says, for one scope (the organisation, or a set of teams), for one ISO week
 * against the week before. Everything is aggregated to teams: owners are never read here.
 * A team-scoped digest reads only rows of its teams; an earlier incident of another team that a
 * repeat points to is mentioned without any of its details.
 */
import { and, asc, between, desc, eq, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client.js';
import {
  actionItems,
  blameDismissals,
  blameFindings,
  postmortems,
  recurrences,
  teams,
} from '../../../db/schema/index.js';
import { effectiveDue, type SloDays } from '../metrics/action-items.js';
import { redactNames } from './redact.js';
import { addDays, weekRange } from './schedule.js';

export type DigestScope = { kind: 'org' } | { kind: 'teams'; teams: string[] };

export interface DateRange {
  start: string;
  end: string;
}

export interface PostmortemRef {
  id: number;
  title: string;
  teamId: string | null;
  teamName: string | null;
  date: string | null;
}

export interface NewPostmortem extends PostmortemRef {
  severity: string | null;
  blameFindingCount: number | null;
}

export interface Repeat {
  postmortem: PostmortemRef;
  /** The closest earlier incident; null when it belongs to a team outside the digest's scope. */
  earlier: PostmortemRef | null;
  /** Further earlier incidents with the same cause (any team; counted, not shown). */
  otherEarlierCount: number;
  /** The earlier incident's follow-ups still open on the repeat's date (empty when out of scope). */
  openFollowUps: { text: string; due: string | null }[];
  openFollowUpCount: number;
}

export interface OverdueItem {
  id: number;
  text: string;
  due: string;
  daysOverdue: number;
  postmortemId: number;
  postmortemTitle: string;
}

export interface TeamGroup<T> {
  teamId: string | null;
  teamName: string;
  total: number;
  items: T[];
}

export interface BlameWeek {
  postmortems: number;
  withFindings: number;
  /** Share of new postmortems with at least one finding, 0..1; null with no postmortems. */
  share: number | null;
  medianScore: number | null;
}

export interface DigestContent {
  isoWeek: string;
  week: DateRange;
  previousWeek: DateRange;
  /** The date overdue-ness is judged on: the Monday after the week (or today, if that is earlier). */
  asOf: string;
  scope: DigestScope;
  /** "the organisation" or the team names. */
  scopeLabel: string;
  /** The teams of a team-scoped digest (empty for the organisation). */
  scopeTeams: { id: string; name: string }[];
  newPostmortems: NewPostmortem[];
  previousNewCount: number;
  repeats: Repeat[];
  previousRepeatCount: number;
  overdue: TeamGroup<OverdueItem>[];
  overdueTotal: number;
  /** Overdue count as of the start of the week, for the trend. */
  overdueAtWeekStart: number;
  completed: TeamGroup<{ id: number; text: string; postmortemId: number }>[];
  completedTotal: number;
  previousCompletedTotal: number;
  blame: {
    thisWeek: BlameWeek;
    lastWeek: BlameWeek;
    example: {
      category: string;
      text: string;
      suggestion: string;
      postmortemId: number;
      postmortemTitle: string;
    } | null;
  };
}

export interface DigestContentOptions {
  isoWeek: string;
  scope: DigestScope;
  now: Date;
  slo: SloDays;
  /** Items listed per team (totals always count all). */
  itemsPerTeam?: number;
}

const postmortemDate = sql<string | null>`coalesce(${postmortems.publishedOn}, ${postmortems.occurredOn})`;

function inScope(scope: DigestScope, column: SQLiteColumn): SQL | undefined {
  if (scope.kind === 'org') return undefined;
  // An empty team list must match nothing, never everything.
  return scope.teams.length ? inArray(column, scope.teams) : sql`0`;
}

function teamVisible(scope: DigestScope, teamId: string | null): boolean {
  return scope.kind === 'org' || (teamId !== null && scope.teams.includes(teamId));
}

function newIn(scope: DigestScope, range: DateRange): SQL {
  return and(inScope(scope, postmortems.teamId), between(postmortemDate, range.start, range.end))!;
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round(((sorted[mid - 1]! + sorted[mid]!) / 2) * 10) / 10;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function groupByTeam<T>(
  rows: { teamId: string | null; item: T }[],
  names: Map<string, string>,
  limit: number,
): TeamGroup<T>[] {
  const groups = new Map<string | null, TeamGroup<T>>();
  for (const { teamId, item } of rows) {
    let g = groups.get(teamId);
    if (!g) {
      g = { teamId, teamName: teamId ? (names.get(teamId) ?? teamId) : 'No team', total: 0, items: [] };
      groups.set(teamId, g);
    }
    g.total++;
    if (g.items.length < limit) g.items.push(item);
  }
  return [...groups.values()];
}

export async function buildDigestContent(db: Db, options: DigestContentOptions): Promise<DigestContent> {
  const { scope, isoWeek, slo } = options;
  // An organisation digest lists each team's oldest few; a team's own digest lists more of its own.
  const limit = options.itemsPerTeam ?? (scope.kind === 'org' ? 2 : 5);
  const week = weekRange(isoWeek);
  const previousWeek = { start: addDays(week.start, -7), end: addDays(week.end, -7) };
  const today = options.now.toISOString().slice(0, 10);
  const weekAfter = addDays(week.end, 1);
  const asOf = weekAfter < today ? weekAfter : today;

  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(inScope(scope, teams.id));
  const teamNames = new Map(teamRows.map((t) => [t.id, t.name]));
  const ref = (r: {
    id: number;
    title: string;
    teamId: string | null;
    date: string | null;
  }): PostmortemRef => ({
    id: r.id,
    title: r.title,
    teamId: r.teamId,
    date: r.date,
    teamName: r.teamId ? (teamNames.get(r.teamId) ?? r.teamId) : null,
  });
  const scopeLabel =
    scope.kind === 'org' ? 'the organisation' : scope.teams.map((t) => teamNames.get(t) ?? t).join(', ');

  const pmColumns = {
    id: postmortems.id,
    title: postmortems.title,
    teamId: postmortems.teamId,
    date: postmortemDate,
    severity: postmortems.severity,
    blameFindingCount: postmortems.blameFindingCount,
    blameScore: postmortems.blameScore,
  };
  const [current, previous] = await Promise.all([
    db
      .select(pmColumns)
      .from(postmortems)
      .where(newIn(scope, week))
      .orderBy(asc(postmortemDate), asc(postmortems.id)),
    db.select(pmColumns).from(postmortems).where(newIn(scope, previousWeek)),
  ]);

  const earlier = alias(postmortems, 'earlier');
  const repeatRows = (range: DateRange) =>
    db
      .select({
        id: postmortems.id,
        title: postmortems.title,
        teamId: postmortems.teamId,
        date: postmortemDate,
        earlierId: earlier.id,
        earlierTitle: earlier.title,
        earlierTeamId: earlier.teamId,
        earlierDate: sql<string | null>`coalesce(${earlier.occurredOn}, ${earlier.publishedOn})`,
        similarity: recurrences.similarity,
        openJson: recurrences.openActionItemsJson,
        openCount: recurrences.openActionItemCount,
      })
      .from(recurrences)
      .innerJoin(postmortems, eq(postmortems.id, recurrences.postmortemId))
      .innerJoin(earlier, eq(earlier.id, recurrences.repeatsPostmortemId))
      .where(newIn(scope, range))
      .orderBy(desc(recurrences.openActionItemCount), asc(postmortems.id));
  const [repeatThis, repeatPrevious] = await Promise.all([repeatRows(week), repeatRows(previousWeek)]);
  // One entry per new incident: the closest earlier incident it repeats (by similarity, then the most
  // recent), preferring one the reader may see; the others are counted.
  const byLater = new Map<number, typeof repeatThis>();
  for (const r of repeatThis) byLater.set(r.id, [...(byLater.get(r.id) ?? []), r]);
  const repeats: Repeat[] = [...byLater.values()].map((links) => {
    const ranked = [...links].sort(
      (x, y) =>
        Number(teamVisible(scope, y.earlierTeamId)) - Number(teamVisible(scope, x.earlierTeamId)) ||
        y.similarity - x.similarity ||
        (y.earlierDate ?? '').localeCompare(x.earlierDate ?? ''),
    );
    const r = ranked[0]!;
    const visible = teamVisible(scope, r.earlierTeamId);
    let open: { text: string; due: string | null }[] = [];
    if (visible) {
      try {
        const parsed = JSON.parse(r.openJson) as { text?: unknown; due?: unknown }[];
        open = parsed
          .filter((i) => typeof i.text === 'string')
          .map((i) => ({ text: i.text as string, due: typeof i.due === 'string' ? i.due : null }));
      } catch {
        open = [];
      }
    }
    return {
      postmortem: ref(r),
      earlier: visible
        ? ref({ id: r.earlierId, title: r.earlierTitle, teamId: r.earlierTeamId, date: r.earlierDate })
        : null,
      otherEarlierCount: links.length - 1,
      openFollowUps: open,
      openFollowUpCount: visible ? r.openCount : 0,
    };
  });
  repeats.sort((x, y) => y.openFollowUpCount - x.openFollowUpCount || x.postmortem.id - y.postmortem.id);
  const previousRepeatCount = new Set(repeatPrevious.map((r) => r.id)).size;

  const due = effectiveDue(slo);
  const itemColumns = {
    id: actionItems.id,
    text: actionItems.text,
    teamId: actionItems.teamId,
    status: actionItems.status,
    createdOn: actionItems.createdOn,
    completedOn: actionItems.completedOn,
    due,
    postmortemId: postmortems.id,
    postmortemTitle: postmortems.title,
  };
  const [openItems, completedRows, previousCompleted] = await Promise.all([
    // Open now, or closed after the week began: both are needed for "overdue then vs now".
    db
      .select(itemColumns)
      .from(actionItems)
      .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
      .where(
        and(
          inScope(scope, actionItems.teamId),
          or(
            eq(actionItems.status, 'open'),
            and(ne(actionItems.status, 'unknown'), sql`${actionItems.completedOn} >= ${week.start}`),
          ),
          lt(due, asOf),
        ),
      )
      .orderBy(asc(due), asc(actionItems.id)),
    db
      .select(itemColumns)
      .from(actionItems)
      .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
      .where(
        and(
          inScope(scope, actionItems.teamId),
          eq(actionItems.status, 'done'),
          between(actionItems.completedOn, week.start, week.end),
        ),
      )
      .orderBy(asc(actionItems.teamId), asc(actionItems.completedOn), asc(actionItems.id)),
    db
      .select({ n: sql<number>`count(*)` })
      .from(actionItems)
      .where(
        and(
          inScope(scope, actionItems.teamId),
          eq(actionItems.status, 'done'),
          between(actionItems.completedOn, previousWeek.start, previousWeek.end),
        ),
      ),
  ]);

  const overdueNow = openItems.filter((i) => i.status === 'open' && i.due !== null && i.due < asOf);
  const overdueAtWeekStart = openItems.filter(
    (i) =>
      i.due !== null &&
      i.due < week.start &&
      (i.createdOn === null || i.createdOn < week.start) &&
      (i.status === 'open' || (i.completedOn !== null && i.completedOn >= week.start)),
  ).length;
  const overdue = groupByTeam(
    overdueNow.map((i) => ({
      teamId: i.teamId,
      item: {
        id: i.id,
        text: i.text,
        due: i.due!,
        daysOverdue: daysBetween(i.due!, asOf),
        postmortemId: i.postmortemId,
        postmortemTitle: i.postmortemTitle,
      },
    })),
    teamNames,
    limit,
  );
  const completed = groupByTeam(
    completedRows.map((i) => ({
      teamId: i.teamId,
      item: { id: i.id, text: i.text, postmortemId: i.postmortemId },
    })),
    teamNames,
    limit,
  ).sort((a, b) => b.total - a.total || a.teamName.localeCompare(b.teamName));

  const blameWeek = (rows: typeof current): BlameWeek => {
    const scored = rows.filter((r) => r.blameFindingCount !== null);
    const withFindings = scored.filter((r) => (r.blameFindingCount ?? 0) > 0).length;
    return {
      postmortems: rows.length,
      withFindings,
      share: scored.length ? withFindings / scored.length : null,
      medianScore: median(rows.map((r) => r.blameScore).filter((s): s is number => s !== null)),
    };
  };

  const [example] = await db
    .select({
      category: blameFindings.category,
      text: blameFindings.text,
      suggestion: blameFindings.suggestion,
      postmortemId: postmortems.id,
      postmortemTitle: postmortems.title,
    })
    .from(blameFindings)
    .innerJoin(
      postmortems,
      and(
        eq(postmortems.id, blameFindings.postmortemId),
        eq(postmortems.currentRevisionId, blameFindings.revisionId),
      ),
    )
    .leftJoin(
      blameDismissals,
      and(
        eq(blameDismissals.postmortemId, blameFindings.postmortemId),
        eq(blameDismissals.fingerprint, blameFindings.fingerprint),
      ),
    )
    .where(and(newIn(scope, week), isNull(blameDismissals.id)))
    .orderBy(desc(blameFindings.weight), asc(blameFindings.id))
    .limit(1);

  return {
    isoWeek,
    week,
    previousWeek,
    asOf,
    scope,
    scopeLabel,
    scopeTeams:
      scope.kind === 'teams' ? scope.teams.map((id) => ({ id, name: teamNames.get(id) ?? id })) : [],
    newPostmortems: current.map((r) => ({
      ...ref(r),
      severity: r.severity,
      blameFindingCount: r.blameFindingCount,
    })),
    previousNewCount: previous.length,
    repeats,
    previousRepeatCount,
    overdue,
    overdueTotal: overdueNow.length,
    overdueAtWeekStart,
    completed,
    completedTotal: completedRows.length,
    previousCompletedTotal: Number(previousCompleted[0]?.n ?? 0),
    blame: {
      thisWeek: blameWeek(current),
      lastWeek: blameWeek(previous),
      example: example
        ? {
            category: example.category,
            text: redactNames(example.text),
            suggestion: redactNames(example.suggestion),
            postmortemId: example.postmortemId,
            postmortemTitle: example.postmortemTitle,
          }
        : null,
    },
  };
}
