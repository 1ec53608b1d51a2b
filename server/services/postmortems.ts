import { and, asc, desc, eq, gte, inArray, isNotNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  actionItems,
  auditLog,
  blameDismissals,
  blameFindings,
  causeCorrections,
  causeFeatures,
  causeStatements,
  postmortemServices,
  postmortems,
  recurrences,
  revisions,
  sections,
  teams,
} from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { findingView } from './blame.js';
import { causeIndexDeleteStatements } from './causes.js';
import { cachedValue } from './metrics/cache.js';
import { assertCanRead, assertCanWrite, type Principal, readableTeams, requireRole } from './principal.js';

export interface ListFilters {
  team?: string | undefined;
  service?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  severity?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

interface Cursor {
  d: string;
  id: number;
}

function encodeCursor(c: Cursor): string {
  return btoa(JSON.stringify(c)).replaceAll('=', '');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(atob(raw)) as Cursor;
    if (typeof c.d === 'string' && Number.isInteger(c.id)) return c;
  } catch {}
  throw new ApiError('validation_failed', 'cursor is not one this API returned.', 'cursor');
}

/** SQL condition limiting rows to the teams a principal may read (null = no limit). */
export function teamScope(principal: Principal, column: typeof postmortems.teamId): SQL | undefined {
  const allowed = readableTeams(principal);
  if (allowed === null) return undefined;
  if (allowed.length === 0) return sql`0`;
  return inArray(column, allowed);
}

/**
 * Sort key: incident date, unknown dates last; id breaks ties so pages are stable. A generated column,
 * coalesce(occurred_on, '0000-00-00'), indexed with id (postmortems_list_order_idx) so a page is an index walk.
 */
const sortDate = sql<string>`${postmortems.sortDate}`;

export async function listPostmortems(db: Db, principal: Principal, f: ListFilters) {
  requireRole(principal, 'admin', 'leader', 'member');
  // Served from the dashboard cache while no postmortem changes (see services/metrics/cache.ts).
  const scope = readableTeams(principal)?.slice().sort() ?? '*';
  return cachedValue(db, JSON.stringify(['postmortems', scope, f]), () => listPage(db, principal, f));
}

async function listPage(db: Db, principal: Principal, f: ListFilters) {
  const conditions: (SQL | undefined)[] = [
    isNotNull(postmortems.currentRevisionId),
    teamScope(principal, postmortems.teamId),
  ];
  if (f.team) conditions.push(eq(postmortems.teamId, f.team));
  if (f.from) conditions.push(gte(postmortems.occurredOn, f.from));
  if (f.to) conditions.push(lte(postmortems.occurredOn, f.to));
  if (f.severity) conditions.push(eq(postmortems.severity, f.severity as 'SEV1'));
  if (f.service) {
    conditions.push(
      sql`exists (select 1 from ${postmortemServices} where ${postmortemServices.postmortemId} = ${postmortems.id} and ${postmortemServices.service} = ${f.service.toLowerCase()})`,
    );
  }
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conditions.push(
      or(
        sql`${postmortems.title} like ${pattern} escape '\\'`,
        sql`${postmortems.summary} like ${pattern} escape '\\'`,
      ),
    );
  }
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    // A row-value comparison, so the cursor is a range on postmortems_list_order_idx (an OR is not).
    conditions.push(sql`(${sortDate}, ${postmortems.id}) < (${c.d}, ${c.id})`);
  }
  const rows = await db
    .select({
      id: postmortems.id,
      title: postmortems.title,
      team: postmortems.teamId,
      occurredAt: postmortems.occurredOn,
      severity: postmortems.severity,
      blameScore: postmortems.blameScore,
      blameful: postmortems.blameful,
      causeCategory: postmortems.causeCategory,
      isDemo: postmortems.isDemo,
      sortDate,
    })
    .from(postmortems)
    .where(and(...conditions))
    .orderBy(desc(sortDate), desc(postmortems.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortDate: _s, ...r }) => r),
    nextCursor: rows.length > f.limit && last ? encodeCursor({ d: last.sortDate, id: last.id }) : null,
  };
}

async function loadVisible(db: Db, principal: Principal, id: number) {
  const [pm] = await db.select().from(postmortems).where(eq(postmortems.id, id)).limit(1);
  if (!pm || pm.currentRevisionId === null)
    throw new ApiError('not_found', `No postmortem with id ${id}.`, 'id');
  assertCanRead(principal, pm.teamId);
  return pm;
}

export async function getPostmortem(db: Db, principal: Principal, id: number) {
  requireRole(principal, 'admin', 'leader', 'member');
  const pm = await loadVisible(db, principal, id);
  const revisionId = pm.currentRevisionId!;
  const [[revision], sectionRows, items, findings, history, causes, services, team] = await Promise.all([
    db.select().from(revisions).where(eq(revisions.id, revisionId)),
    db.select().from(sections).where(eq(sections.revisionId, revisionId)).orderBy(asc(sections.position)),
    db.select().from(actionItems).where(eq(actionItems.postmortemId, id)).orderBy(asc(actionItems.position)),
    db
      .select()
      .from(blameFindings)
      .where(eq(blameFindings.revisionId, revisionId))
      .orderBy(asc(blameFindings.start)),
    db
      .select({
        number: revisions.number,
        contentHash: revisions.contentHash,
        createdAt: revisions.createdAt,
      })
      .from(revisions)
      .where(eq(revisions.postmortemId, id))
      .orderBy(desc(revisions.number)),
    db
      .select()
      .from(causeStatements)
      .where(eq(causeStatements.postmortemId, id))
      .orderBy(asc(causeStatements.role), asc(causeStatements.position)),
    db
      .select({ service: postmortemServices.service })
      .from(postmortemServices)
      .where(eq(postmortemServices.postmortemId, id)),
    pm.teamId ? db.select().from(teams).where(eq(teams.id, pm.teamId)) : Promise.resolve([]),
  ]);
  if (!revision) throw new ApiError('internal', 'Current revision is missing.');
  const [features] = await db.select().from(causeFeatures).where(eq(causeFeatures.postmortemId, id));
  return {
    id: pm.id,
    source: pm.source,
    externalId: pm.externalId,
    title: pm.title,
    team: pm.teamId,
    teamName: team[0]?.name ?? null,
    occurredAt: pm.occurredOn,
    startedAt: pm.startedAt,
    detectedAt: pm.detectedAt,
    resolvedAt: pm.resolvedAt,
    publishedAt: pm.publishedOn,
    timeToDetectMinutes: pm.timeToDetectMinutes,
    timeToRecoverMinutes: pm.timeToRecoverMinutes,
    severity: pm.severity,
    summary: pm.summary,
    services: services.map((s) => s.service),
    isDemo: pm.isDemo,
    body: revision.body,
    revision: revision.number,
    revisions: history,
    sections: sectionRows.map(({ id: _i, revisionId: _r, ...s }) => s),
    rootCauses: causes.filter((c) => c.role === 'root-cause').map((c) => c.text),
    triggers: causes.filter((c) => c.role === 'trigger').map((c) => c.text),
    contributingFactors: causes.filter((c) => c.role === 'contributing').map((c) => c.text),
    cause: features
      ? {
          category: features.categoryOverride ?? features.primaryCategory,
          labels: (JSON.parse(features.featuresJson) as { labels: unknown }).labels,
          clusterId: features.clusterId,
        }
      : null,
    blame: {
      score: revision.blameScore,
      blameful: revision.blameful,
      version: revision.blameVersion,
      findings: findings.map((f) => ({ id: f.id, ...findingView(f), sectionKind: f.sectionKind })),
    },
    actionItems: items.map(serializeActionItem),
  };
}

export function serializeActionItem(i: typeof actionItems.$inferSelect) {
  return {
    id: i.id,
    postmortemId: i.postmortemId,
    team: i.teamId,
    text: i.text,
    owner: i.owner,
    status: i.status,
    due: i.dueOn,
    createdOn: i.createdOn,
    completedOn: i.completedOn,
    ticket: i.trackerRef,
    kind: i.kind,
    priority: i.priority,
    statusSource: i.statusSource,
    statusUpdatedAt: i.statusUpdatedAt,
  };
}

/** Deletes the document and everything derived from it, children first (D1 enforces foreign keys). */
export async function deletePostmortem(db: Db, principal: Principal, id: number, requestId: string) {
  const [pm] = await db
    .select({ id: postmortems.id, teamId: postmortems.teamId, title: postmortems.title })
    .from(postmortems)
    .where(eq(postmortems.id, id));
  if (!pm) throw new ApiError('not_found', `No postmortem with id ${id}.`, 'id');
  if (principal.role === 'leader' || principal.role === 'ingest') requireRole(principal, 'admin', 'member');
  if (principal.role === 'member' && !principal.teams.includes(pm.teamId ?? '')) {
    throw new ApiError('not_found', `No postmortem with id ${id}.`, 'id');
  }
  assertCanWrite(principal, pm.teamId);
  await db.batch([
    db.insert(auditLog).values({
      actor: principal.subject,
      action: 'postmortem.delete',
      target: `postmortem:${id}`,
      requestId,
      detailJson: JSON.stringify({ team: pm.teamId }),
    }),
    ...deletePostmortemStatements(db, id),
  ]);
}

/** Statements that remove one postmortem and all it derived (children first); shared with demo removal. */
export function deletePostmortemStatements(db: Db, id: number) {
  const revisionIds = db.select({ id: revisions.id }).from(revisions).where(eq(revisions.postmortemId, id));
  return [
    ...causeIndexDeleteStatements(db, id),
    db
      .delete(recurrences)
      .where(or(eq(recurrences.postmortemId, id), eq(recurrences.repeatsPostmortemId, id))),
    db
      .delete(causeCorrections)
      .where(or(eq(causeCorrections.postmortemId, id), eq(causeCorrections.otherPostmortemId, id))),
    db.delete(causeFeatures).where(eq(causeFeatures.postmortemId, id)),
    db.delete(blameFindings).where(eq(blameFindings.postmortemId, id)),
    db.delete(blameDismissals).where(eq(blameDismissals.postmortemId, id)),
    db.delete(sections).where(inArray(sections.revisionId, revisionIds)),
    db.delete(actionItems).where(eq(actionItems.postmortemId, id)),
    db.delete(causeStatements).where(eq(causeStatements.postmortemId, id)),
    db.delete(postmortemServices).where(eq(postmortemServices.postmortemId, id)),
    db.update(postmortems).set({ currentRevisionId: null }).where(eq(postmortems.id, id)),
    db.delete(revisions).where(eq(revisions.postmortemId, id)),
    db.delete(postmortems).where(eq(postmortems.id, id)),
  ];
}
