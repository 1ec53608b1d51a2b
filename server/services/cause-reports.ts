import { and, asc, eq, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { CAUSE_CATEGORIES, type CauseCategory } from '../../analysis/causes/types.js';
import { type Db, runBatch } from '../../db/client.js';
import {
  actionItems,
  auditLog,
  causeClusters,
  causeCorrections,
  causeFeatures,
  postmortems,
  recurrences,
} from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { type CauseContext, relabelCluster, updateCauseAnalysis } from './causes.js';
import { teamScope } from './postmortems.js';
import { assertCanRead, assertCanWrite, canReadTeam, type Principal, requireRole } from './principal.js';

export interface CauseFilters {
  team?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  category?: CauseCategory | undefined;
}

function visiblePostmortems(principal: Principal, f: CauseFilters): (SQL | undefined)[] {
  return [
    isNotNull(postmortems.currentRevisionId),
    isNotNull(postmortems.clusterId),
    teamScope(principal, postmortems.teamId),
    f.team ? eq(postmortems.teamId, f.team) : undefined,
    f.from ? gte(postmortems.occurredOn, f.from) : undefined,
    f.to ? lte(postmortems.occurredOn, f.to) : undefined,
  ];
}

/** Clusters with their incident counts per month, most frequent first. */
export async function listCauses(db: Db, principal: Principal, f: CauseFilters) {
  requireRole(principal, 'admin', 'leader', 'member');
  if (f.team) assertCanRead(principal, f.team);
  const rows = await db
    .select({
      clusterId: postmortems.clusterId,
      month: sql<string | null>`substr(${postmortems.occurredOn}, 1, 7)`,
      teamId: postmortems.teamId,
      n: sql<number>`count(*)`,
      last: sql<string | null>`max(${postmortems.occurredOn})`,
    })
    .from(postmortems)
    .where(and(...visiblePostmortems(principal, f)))
    .groupBy(postmortems.clusterId, sql`2`, postmortems.teamId);
  const clusterIds = [...new Set(rows.map((r) => r.clusterId!))];
  const clusters = clusterIds.length
    ? await db.select().from(causeClusters).where(inArray(causeClusters.id, clusterIds))
    : [];
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const out = new Map<
    number,
    {
      id: number;
      label: string;
      category: string;
      incidents: number;
      teams: Set<string>;
      periods: Map<string, number>;
      lastSeen: string | null;
    }
  >();
  for (const r of rows) {
    const c = byId.get(r.clusterId!);
    if (!c || (f.category && c.category !== f.category)) continue;
    const entry = out.get(c.id) ?? {
      id: c.id,
      label: c.label,
      category: c.category,
      incidents: 0,
      teams: new Set(),
      periods: new Map(),
      lastSeen: null,
    };
    entry.incidents += r.n;
    if (r.teamId) entry.teams.add(r.teamId);
    const period = r.month ?? 'undated';
    entry.periods.set(period, (entry.periods.get(period) ?? 0) + r.n);
    if (r.last && (!entry.lastSeen || r.last > entry.lastSeen)) entry.lastSeen = r.last;
    out.set(c.id, entry);
  }
  return {
    items: [...out.values()]
      .sort(
        (a, b) =>
          b.incidents - a.incidents || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || a.id - b.id,
      )
      .map((e) => ({
        id: e.id,
        label: e.label,
        category: e.category,
        incidents: e.incidents,
        recurring: e.incidents > 1,
        teams: [...e.teams].sort(),
        lastSeen: e.lastSeen,
        periods: [...e.periods.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([period, count]) => ({ period, count })),
      })),
  };
}

function openNow(status: string): boolean {
  return status === 'open' || status === 'unknown';
}

/** One cluster: its incidents (other teams' shown as existing, without content, unless readable), teams, open follow-ups. */
export async function getCause(db: Db, principal: Principal, clusterId: number) {
  requireRole(principal, 'admin', 'leader', 'member');
  const [cluster] = await db.select().from(causeClusters).where(eq(causeClusters.id, clusterId));
  if (!cluster) throw new ApiError('not_found', `No cause cluster with id ${clusterId}.`, 'id');
  const members = await db
    .select({
      id: postmortems.id,
      title: postmortems.title,
      teamId: postmortems.teamId,
      occurredOn: postmortems.occurredOn,
      severity: postmortems.severity,
    })
    .from(postmortems)
    .where(and(eq(postmortems.clusterId, clusterId), isNotNull(postmortems.currentRevisionId)))
    .orderBy(asc(sql`coalesce(${postmortems.occurredOn}, '9999')`), asc(postmortems.id));
  if (!members.some((m) => canReadTeam(principal, m.teamId)))
    throw new ApiError('not_found', `No cause cluster with id ${clusterId}.`, 'id');
  const readable = members.filter((m) => canReadTeam(principal, m.teamId)).map((m) => m.id);
  const items = readable.length
    ? await db
        .select()
        .from(actionItems)
        .where(inArray(actionItems.postmortemId, readable))
        .orderBy(asc(actionItems.dueOn))
    : [];
  return {
    id: cluster.id,
    label: cluster.label,
    labelSource: cluster.labelSource,
    category: cluster.category,
    teams: [...new Set(members.map((m) => m.teamId).filter((t): t is string => t !== null))].sort(),
    incidents: members.map((m) =>
      canReadTeam(principal, m.teamId)
        ? {
            id: m.id,
            title: m.title,
            team: m.teamId,
            occurredAt: m.occurredOn,
            severity: m.severity,
            restricted: false,
          }
        : {
            id: m.id,
            title: null,
            team: m.teamId,
            occurredAt: m.occurredOn,
            severity: null,
            restricted: true,
          },
    ),
    openFollowUps: items
      .filter((i) => openNow(i.status))
      .map((i) => ({
        id: i.id,
        postmortemId: i.postmortemId,
        team: i.teamId,
        text: i.text,
        due: i.dueOn,
        status: i.status,
      })),
  };
}

/** Both directions: what this postmortem repeats, and what repeated it later. */
export async function getRecurrences(db: Db, principal: Principal, postmortemId: number) {
  requireRole(principal, 'admin', 'leader', 'member');
  const [pm] = await db
    .select({ teamId: postmortems.teamId })
    .from(postmortems)
    .where(eq(postmortems.id, postmortemId));
  if (!pm) throw new ApiError('not_found', `No postmortem with id ${postmortemId}.`, 'id');
  assertCanRead(principal, pm.teamId);
  const links = await db
    .select()
    .from(recurrences)
    .where(or(eq(recurrences.postmortemId, postmortemId), eq(recurrences.repeatsPostmortemId, postmortemId)));
  const otherIds = links.map((l) =>
    l.postmortemId === postmortemId ? l.repeatsPostmortemId : l.postmortemId,
  );
  const others = otherIds.length
    ? await db
        .select({
          id: postmortems.id,
          title: postmortems.title,
          teamId: postmortems.teamId,
          occurredOn: postmortems.occurredOn,
        })
        .from(postmortems)
        .where(inArray(postmortems.id, otherIds))
    : [];
  const byId = new Map(others.map((o) => [o.id, o]));
  const describe = (link: (typeof links)[number], otherId: number, showFollowUps: boolean) => {
    const o = byId.get(otherId);
    const visible = o ? canReadTeam(principal, o.teamId) : false;
    return {
      postmortemId: otherId,
      restricted: !visible,
      title: visible ? (o?.title ?? null) : null,
      team: o?.teamId ?? null,
      occurredAt: o?.occurredOn ?? null,
      similarity: link.similarity,
      openFollowUpCount: link.openActionItemCount,
      openFollowUps: showFollowUps && visible ? JSON.parse(link.openActionItemsJson) : null,
    };
  };
  return {
    repeats: links
      .filter((l) => l.postmortemId === postmortemId)
      .map((l) => describe(l, l.repeatsPostmortemId, true)),
    repeatedBy: links
      .filter((l) => l.repeatsPostmortemId === postmortemId)
      .map((l) => describe(l, l.postmortemId, false)),
  };
}

/** A team's recurring-cause report: clusters its incidents belong to that have more than one incident. */
export async function teamRecurringReport(db: Db, principal: Principal, teamId: string) {
  requireRole(principal, 'admin', 'leader', 'member');
  assertCanRead(principal, teamId);
  const clusterRows = await db
    .selectDistinct({ clusterId: postmortems.clusterId })
    .from(postmortems)
    .where(
      and(
        eq(postmortems.teamId, teamId),
        isNotNull(postmortems.clusterId),
        isNotNull(postmortems.currentRevisionId),
      ),
    );
  const clusters = [];
  for (const { clusterId } of clusterRows) {
    const cause = await getCause(db, principal, clusterId!);
    if (cause.incidents.length < 2) continue;
    clusters.push({
      id: cause.id,
      label: cause.label,
      category: cause.category,
      teams: cause.teams,
      incidents: cause.incidents,
      openFollowUps: cause.openFollowUps.filter((i) => i.team === teamId),
    });
  }
  clusters.sort((a, b) => b.incidents.length - a.incidents.length || a.id - b.id);
  const [repeatsRow] = await db
    .select({ n: sql<number>`count(*)` })
    .from(recurrences)
    .innerJoin(postmortems, eq(postmortems.id, recurrences.postmortemId))
    .where(eq(postmortems.teamId, teamId));
  return { team: teamId, repeats: repeatsRow?.n ?? 0, clusters };
}

// ---- corrections ----------------------------------------------------------------------------------

async function teamsOf(db: Db, ids: number[]) {
  const rows = ids.length
    ? await db
        .select({ id: postmortems.id, teamId: postmortems.teamId })
        .from(postmortems)
        .where(inArray(postmortems.id, ids))
    : [];
  if (rows.length !== new Set(ids).size)
    throw new ApiError('not_found', 'A postmortem named in the correction does not exist.', 'postmortemId');
  return rows;
}

function assertCanCorrect(principal: Principal, rows: { teamId: string | null }[]) {
  requireRole(principal, 'admin', 'member');
  for (const r of rows) {
    assertCanRead(principal, r.teamId);
    assertCanWrite(principal, r.teamId);
  }
}

/** "Not a repeat": the link goes, the later incident is re-matched without it, and the correction stays. */
export async function markNotRepeat(
  ctx: CauseContext,
  principal: Principal,
  laterId: number,
  earlierId: number,
) {
  const rows = await teamsOf(ctx.db, [laterId, earlierId]);
  assertCanCorrect(principal, rows);
  await ctx.db.batch([
    ctx.db.insert(causeCorrections).values({
      kind: 'not-a-repeat',
      postmortemId: laterId,
      otherPostmortemId: earlierId,
      createdBy: principal.subject,
    }),
    ctx.db
      .delete(recurrences)
      .where(
        or(
          and(eq(recurrences.postmortemId, laterId), eq(recurrences.repeatsPostmortemId, earlierId)),
          and(eq(recurrences.postmortemId, earlierId), eq(recurrences.repeatsPostmortemId, laterId)),
        ),
      ),
  ]);
  await updateCauseAnalysis(ctx, laterId, { force: true });
  return { ok: true };
}

async function clusterMembers(db: Db, clusterId: number) {
  return db
    .select({ id: postmortems.id, teamId: postmortems.teamId })
    .from(postmortems)
    .where(eq(postmortems.clusterId, clusterId));
}

/** Merge clusters into the first: recorded as merge pairs so later matching and reanalysis keep them together. */
export async function mergeClusters(ctx: CauseContext, principal: Principal, clusterIds: number[]) {
  const [target, ...rest] = clusterIds;
  const memberSets = await Promise.all(clusterIds.map((id) => clusterMembers(ctx.db, id)));
  if (memberSets.some((m) => m.length === 0))
    throw new ApiError('not_found', 'A cluster named does not exist or is empty.', 'clusterIds');
  assertCanCorrect(principal, memberSets.flat());
  const anchor = memberSets[0]![0]!.id;
  await runBatch(ctx.db, [
    ...memberSets.slice(1).flatMap((members) =>
      members.map((m) =>
        ctx.db.insert(causeCorrections).values({
          kind: 'merge',
          postmortemId: m.id,
          otherPostmortemId: anchor,
          createdBy: principal.subject,
        }),
      ),
    ),
    ctx.db.update(causeFeatures).set({ clusterId: target! }).where(inArray(causeFeatures.clusterId, rest)),
    ctx.db.update(postmortems).set({ clusterId: target! }).where(inArray(postmortems.clusterId, rest)),
    ctx.db.delete(causeClusters).where(inArray(causeClusters.id, rest)),
  ]);
  await relabelCluster(ctx.db, target!);
  return { id: target };
}

/** Split postmortems out of a cluster into a new one; recorded as "not the same cause" against the rest. */
export async function splitCluster(
  ctx: CauseContext,
  principal: Principal,
  clusterId: number,
  moved: number[],
) {
  const members = await clusterMembers(ctx.db, clusterId);
  if (members.length === 0) throw new ApiError('not_found', `No cause cluster with id ${clusterId}.`, 'id');
  // Permission first, so the answer reveals nothing about a cluster the caller may not change.
  assertCanCorrect(principal, members);
  const memberIds = new Set(members.map((m) => m.id));
  const stray = moved.find((id) => !memberIds.has(id));
  if (stray !== undefined)
    throw new ApiError(
      'validation_failed',
      `Postmortem ${stray} is not in cluster ${clusterId}.`,
      'postmortemIds',
    );
  const remaining = members.filter((m) => !moved.includes(m.id));
  if (remaining.length === 0)
    throw new ApiError(
      'validation_failed',
      'A split must leave at least one postmortem in the cluster.',
      'postmortemIds',
    );
  const [created] = await ctx.db
    .insert(causeClusters)
    .values({ label: 'Split cause', category: 'unknown' })
    .returning({ id: causeClusters.id });
  await runBatch(ctx.db, [
    ...moved.flatMap((id) =>
      remaining.map((r) =>
        ctx.db
          .insert(causeCorrections)
          .values({ kind: 'split', postmortemId: id, otherPostmortemId: r.id, createdBy: principal.subject }),
      ),
    ),
    ctx.db
      .update(causeFeatures)
      .set({ clusterId: created!.id })
      .where(inArray(causeFeatures.postmortemId, moved)),
    ctx.db.update(postmortems).set({ clusterId: created!.id }).where(inArray(postmortems.id, moved)),
    ctx.db.delete(recurrences).where(
      or(
        and(
          inArray(recurrences.postmortemId, moved),
          inArray(
            recurrences.repeatsPostmortemId,
            remaining.map((r) => r.id),
          ),
        ),
        and(
          inArray(recurrences.repeatsPostmortemId, moved),
          inArray(
            recurrences.postmortemId,
            remaining.map((r) => r.id),
          ),
        ),
      ),
    ),
  ]);
  await relabelCluster(ctx.db, created!.id);
  await relabelCluster(ctx.db, clusterId);
  return { id: created!.id };
}

export async function relabelClusterByUser(
  ctx: CauseContext,
  principal: Principal,
  clusterId: number,
  label: string,
) {
  const members = await clusterMembers(ctx.db, clusterId);
  if (members.length === 0) throw new ApiError('not_found', `No cause cluster with id ${clusterId}.`, 'id');
  assertCanCorrect(principal, members);
  await ctx.db.batch([
    ctx.db.update(causeClusters).set({ label, labelSource: 'user' }).where(eq(causeClusters.id, clusterId)),
    ctx.db.insert(causeCorrections).values({
      kind: 'relabel-cluster',
      postmortemId: members[0]!.id,
      payloadJson: JSON.stringify({ label }),
      createdBy: principal.subject,
    }),
    ctx.db
      .insert(auditLog)
      .values({ actor: principal.subject, action: 'cause.relabel', target: `cluster:${clusterId}` }),
  ]);
  return { id: clusterId, label };
}

/** Relabel one postmortem's cause category; kept as an override through reanalysis. */
export async function relabelCause(
  ctx: CauseContext,
  principal: Principal,
  postmortemId: number,
  category: CauseCategory,
) {
  if (!CAUSE_CATEGORIES.includes(category))
    throw new ApiError('validation_failed', 'Unknown category.', 'category');
  const rows = await teamsOf(ctx.db, [postmortemId]);
  assertCanCorrect(principal, rows);
  await ctx.db.batch([
    ctx.db
      .update(causeFeatures)
      .set({ categoryOverride: category })
      .where(eq(causeFeatures.postmortemId, postmortemId)),
    ctx.db.update(postmortems).set({ causeCategory: category }).where(eq(postmortems.id, postmortemId)),
    ctx.db.insert(causeCorrections).values({
      kind: 'relabel-cause',
      postmortemId,
      payloadJson: JSON.stringify({ category }),
      createdBy: principal.subject,
    }),
  ]);
  return { postmortemId, category };
}
