import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { analyzeBlame, type BlameResult } from '../../analysis/blame/index.js';
import { PARSER_VERSION, parsePostmortem } from '../../analysis/parse/index.js';
import type { ParsedPostmortem } from '../../analysis/parse/types.js';
import { normaliseTrackerRef } from '../../analysis/trackers/refs.js';
import { type Db, jsonColumns } from '../../db/client.js';
import {
  actionItems,
  blameDismissals,
  blameFindings,
  causeFeatures,
  causeStatements,
  postmortemServices,
  postmortems,
  revisions,
  sections,
  services as serviceCatalogue,
  teams,
} from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { sha256Hex } from '../lib/crypto.js';
import { actionItemKey, slugify } from '../lib/text.js';
import { insertFindingStatements } from './blame.js';
import { planCauseAnalysis, refreshRecurrenceFollowUps, updateCauseAnalysis } from './causes.js';
import { assertCanWrite, type Principal } from './principal.js';
import { applyKnownTicketStates } from './trackers.js';

export interface IngestInput {
  /** The document exactly as received (markdown, HTML, or the JSON text of a structured postmortem). */
  raw: string;
  contentType: 'markdown' | 'html' | 'json';
  /** For contentType 'json': the structured postmortem already validated by the route. */
  parsed?: ParsedPostmortem;
  /** Identity when the document carries none: a client id or the file path. */
  externalId?: string | null;
  source?: string | null;
  filename?: string;
  /** Metadata given outside the document (query parameters); wins over the document. */
  overrides?: { team?: string; severity?: ParsedPostmortem['severity']; occurredAt?: string; title?: string };
  isDemo?: boolean;
}

export type IngestOutcome =
  | {
      status: 'created' | 'updated' | 'unchanged';
      postmortemId: number;
      revision: number;
      title: string;
      team: string | null;
    }
  | { status: 'skipped'; reason: string };

export interface IngestContext {
  db: Db;
  maxDocumentBytes: number;
  recurrenceWindowDays: number;
}

const MAX_ATTEMPTS = 4;

/**
 * The one ingest path (API, CLI, webhooks, demo). Idempotent: the same document again changes nothing;
 * a changed one makes a new revision. Everything a revision derives (blame findings, action items, cause
 * features, term index entries, cluster and recurrence links) is written in one `db.batch`, one commit, so
 * a failure stores nothing. Concurrent ingests of one document are serialised by the unique
 * (postmortem, revision number) index: the loser's batch fails whole and is retried, then sees "unchanged".
 * The recurrence candidate lookup reads the store before that batch: concurrent ingests of two related
 * documents may not see each other (see `planCauseAnalysis`); one after the other they always do.
 * Only two things follow the commit: known tracker ticket states, and relabelling clusters a merge or a
 * move changed (derived labels; an interruption there leaves a stale label, never a missing row).
 */
export async function ingestDocument(
  ctx: IngestContext,
  principal: Principal,
  input: IngestInput,
): Promise<IngestOutcome> {
  const bytes = new TextEncoder().encode(input.raw).length;
  if (bytes > ctx.maxDocumentBytes) {
    throw new ApiError(
      'payload_too_large',
      `Document is ${bytes} bytes; the limit is ${ctx.maxDocumentBytes}.`,
      'body',
    );
  }
  if (input.raw.trim() === '' && !input.parsed)
    throw new ApiError('validation_failed', 'Document is empty.', 'body');

  const parsed =
    input.parsed ??
    parsePostmortem({
      text: input.raw,
      contentType: input.contentType === 'html' ? 'html' : 'markdown',
      ...(input.filename ? { filename: input.filename } : {}),
    });
  if (parsed.kind !== 'postmortem')
    return { status: 'skipped', reason: parsed.skipReason ?? 'not a postmortem' };

  const o = input.overrides ?? {};
  const doc: ParsedPostmortem = {
    ...parsed,
    team: o.team ?? parsed.team,
    severity: o.severity ?? parsed.severity,
    occurredAt: o.occurredAt ?? parsed.occurredAt,
    title: o.title ?? parsed.title,
  };
  const source = (parsed.source ?? input.source ?? 'api').slice(0, 100);
  const contentHash = await sha256Hex(`${input.contentType}\n${JSON.stringify(o)}\n${input.raw}`);
  const externalId = (parsed.externalId ?? input.externalId ?? `sha256:${contentHash}`).slice(0, 500);

  for (let attempt = 1; ; attempt++) {
    try {
      return await writeRevision(ctx, principal, { input, doc, source, externalId, contentHash });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if (e instanceof Error && /UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(e.message)) return true;
  }
  return false;
}

async function resolveTeam(db: Db, doc: ParsedPostmortem): Promise<{ id: string; name: string } | null> {
  if (doc.team?.trim()) {
    const id = slugify(doc.team);
    if (id) return { id, name: doc.team.trim() };
  }
  // No team in the document: the owner of the first catalogued service it names.
  for (const service of doc.services) {
    const [row] = await db
      .select({ teamId: serviceCatalogue.teamId, name: teams.name })
      .from(serviceCatalogue)
      .innerJoin(teams, eq(teams.id, serviceCatalogue.teamId))
      .where(eq(serviceCatalogue.name, service.trim().toLowerCase()))
      .limit(1);
    if (row) return { id: row.teamId, name: row.name };
  }
  return null;
}

interface WriteArgs {
  input: IngestInput;
  doc: ParsedPostmortem;
  source: string;
  externalId: string;
  contentHash: string;
}

async function writeRevision(
  ctx: IngestContext,
  principal: Principal,
  args: WriteArgs,
): Promise<IngestOutcome> {
  const { db } = ctx;
  const { input, doc, source, externalId, contentHash } = args;
  const team = await resolveTeam(db, doc);
  const title = (doc.title?.trim() || input.filename || externalId).slice(0, 500);

  // One read for all a write needs to know: the current revision, its cause features and dismissals.
  const [existing] = await db
    .select({
      id: postmortems.id,
      teamId: postmortems.teamId,
      currentHash: revisions.contentHash,
      number: revisions.number,
      features: causeFeatures,
      dismissedJson: sql<string>`(select json_group_array(${blameDismissals.fingerprint}) from ${blameDismissals} where ${blameDismissals.postmortemId} = ${postmortems.id})`,
    })
    .from(postmortems)
    .leftJoin(revisions, eq(revisions.id, postmortems.currentRevisionId))
    .leftJoin(causeFeatures, eq(causeFeatures.postmortemId, postmortems.id))
    .where(and(eq(postmortems.source, source), eq(postmortems.externalId, externalId)))
    .limit(1);

  assertCanWrite(principal, team?.id ?? null);
  // Moving a postmortem to another team needs write access to the team it leaves too.
  if (existing && existing.teamId !== (team?.id ?? null)) assertCanWrite(principal, existing.teamId);

  if (existing?.currentHash === contentHash) {
    // The revision is stored; its cause analysis runs after the write, so a crash in between leaves it
    // missing. Finishing it here makes "import again" repair an interrupted import.
    if (!existing.features) await updateCauseAnalysis(ctx, existing.id);
    return {
      status: 'unchanged',
      postmortemId: existing.id,
      revision: existing.number ?? 1,
      title,
      team: existing.teamId,
    };
  }

  const dismissed = new Set<string>(existing ? (JSON.parse(existing.dismissedJson ?? '[]') as string[]) : []);
  const blame = analyzeBlame(doc.body, { sections: doc.sections, dismissed });

  const number = (existing?.number ?? 0) + 1;
  const pmId = sql`(SELECT id FROM postmortems WHERE source = ${source} AND external_id = ${externalId})`;
  const revId = sql`(SELECT id FROM revisions WHERE postmortem_id = ${pmId} AND number = ${number})`;
  const isDemo = input.isDemo ?? false;
  const now = new Date().toISOString();
  const { body, ...parsedWithoutBody } = doc;

  const metadata = {
    title,
    teamId: team?.id ?? null,
    occurredOn: doc.occurredAt,
    startedAt: doc.startedAt,
    detectedAt: doc.detectedAt,
    resolvedAt: doc.resolvedAt,
    publishedOn: doc.publishedAt,
    timeToDetectMinutes: doc.timeToDetectMinutes,
    timeToRecoverMinutes: doc.timeToRecoverMinutes,
    severity: doc.severity,
    summary: doc.summary,
    blameScore: blame.score,
    blameful: blame.blameful,
    blameFindingCount: blame.findings.length,
    isDemo,
    updatedAt: now,
  };

  // Items keep their identity (and any status a tracker or the API set) across revisions.
  const seenKeys = new Map<string, number>();
  const items = doc.actionItems.map((item, position) => {
    const base = actionItemKey(item.text) || `item-${position}`;
    const n = (seenKeys.get(base) ?? 0) + 1;
    seenKeys.set(base, n);
    return { item, position, key: n === 1 ? base : `${base}#${n}` };
  });
  const createdOn = doc.publishedAt ?? doc.occurredAt;
  const causeRows = [
    ...doc.rootCauses.map((text, position) => ['root-cause', position, text]),
    ...doc.triggers.map((text, position) => ['trigger', position, text]),
    ...doc.contributingFactors.map((text, position) => ['contributing', position, text]),
  ];
  const serviceNames = [...new Set(doc.services.map((s) => s.trim().toLowerCase()).filter(Boolean))];

  // Cause features, index entries, cluster and recurrence links commit with the revision they derive from.
  const causes = await planCauseAnalysis(ctx, {
    postmortemId: existing?.id ?? null,
    postmortemIdSql: pmId,
    revisionIdSql: revId,
    occurredOn: doc.occurredAt,
    existing: existing?.features ?? null,
    input: {
      rootCauses: doc.rootCauses,
      triggers: doc.triggers,
      contributingFactors: doc.contributingFactors,
      summary: doc.summary,
      // In the order the stored rows come back (primary key order), as a reanalysis reads them.
      services: [...serviceNames].sort(),
    },
  });

  const upsertPostmortem = db
    .insert(postmortems)
    .values({ source, externalId, ...metadata })
    .onConflictDoUpdate({ target: [postmortems.source, postmortems.externalId], set: metadata })
    .returning({ id: postmortems.id });
  const statements = [
    ...(team
      ? [db.insert(teams).values({ id: team.id, name: team.name, isDemo }).onConflictDoNothing()]
      : []),
    upsertPostmortem,
    db.insert(revisions).values({
      postmortemId: pmId,
      number,
      contentHash,
      contentType: input.contentType,
      raw: input.raw,
      body,
      parsedJson: JSON.stringify(parsedWithoutBody),
      parserVersion: PARSER_VERSION,
      blameVersion: blame.version,
      blameScore: blame.score,
      blameful: blame.blameful,
    }),
    db.update(postmortems).set({ currentRevisionId: revId }).where(eq(postmortems.id, pmId)),
    // A new postmortem has no rows to replace: the deletes would be statements that change nothing.
    ...(existing ? [db.delete(postmortemServices).where(eq(postmortemServices.postmortemId, pmId))] : []),
    ...(serviceNames.length
      ? [
          db
            .insert(postmortemServices)
            .select(sql`select ${pmId}, j.value from json_each(${JSON.stringify(serviceNames)}) j where true`)
            .onConflictDoNothing(),
        ]
      : []),
    ...(doc.sections.length
      ? [
          db
            .insert(sections)
            .select(
              sql`select null, ${revId}, j.key, ${jsonColumns(5)} from json_each(${JSON.stringify(
                doc.sections.map((s) => [s.kind, s.heading.slice(0, 500), s.level, s.start, s.end]),
              )}) j order by j.key`,
            ),
        ]
      : []),
    ...insertFindingStatements(db, blame, revId, pmId),
    ...(existing ? [db.delete(causeStatements).where(eq(causeStatements.postmortemId, pmId))] : []),
    ...(causeRows.length
      ? [
          db
            .insert(causeStatements)
            .select(
              sql`select null, ${pmId}, ${jsonColumns(3)} from json_each(${JSON.stringify(causeRows)}) j order by j.key`,
            ),
        ]
      : []),
    ...(!existing
      ? []
      : items.length
        ? [
            db
              .delete(actionItems)
              // The kept keys travel as one JSON parameter: NOT IN (?, ?, ...) would break D1's 100-parameter limit.
              .where(
                and(
                  eq(actionItems.postmortemId, pmId),
                  sql`${actionItems.key} NOT IN (SELECT value FROM json_each(${JSON.stringify(items.map((i) => i.key))}))`,
                ),
              ),
          ]
        : [db.delete(actionItems).where(eq(actionItems.postmortemId, pmId))]),
    // All items in one statement; `excluded` is the row this document proposes.
    ...(items.length
      ? [
          db
            .insert(actionItems)
            // Every column in table order: id, postmortem_id, team_id, key, position, text, owner, status,
            // document_status, due_on, created_on, completed_on, tracker_ref, kind, priority, status_source,
            // status_updated_at, is_demo. Documents rarely say when an item was closed: completed_on stays
            // null (trackers and the API fill it).
            .select(
              sql`select null, ${pmId}, ${team?.id ?? null}, ${jsonColumns(7)}, ${createdOn}, null, ${jsonColumns(3, 7)},
                'document', ${now}, ${isDemo ? 1 : 0}
              from json_each(${JSON.stringify(
                items.map(({ item, position, key }) => [
                  key,
                  position,
                  item.text,
                  item.owner,
                  item.status,
                  item.status,
                  item.due,
                  normaliseTrackerRef(item.ticket)?.ref ?? item.ticket,
                  item.kind,
                  item.priority,
                ]),
              )}) j where true order by j.key`,
            )
            .onConflictDoUpdate({
              target: [actionItems.postmortemId, actionItems.key],
              set: {
                teamId: sql`excluded.team_id`,
                position: sql`excluded.position`,
                text: sql`excluded.text`,
                owner: sql`excluded.owner`,
                dueOn: sql`excluded.due_on`,
                createdOn: sql`excluded.created_on`,
                trackerRef: sql`coalesce(excluded.tracker_ref, ${actionItems.trackerRef})`,
                kind: sql`excluded.kind`,
                priority: sql`excluded.priority`,
                // The document overrides an API/tracker status only when what it says changed.
                status: sql`CASE WHEN ${actionItems.documentStatus} <> excluded.document_status THEN excluded.status ELSE ${actionItems.status} END`,
                statusSource: sql`CASE WHEN ${actionItems.documentStatus} <> excluded.document_status THEN 'document' ELSE ${actionItems.statusSource} END`,
                statusUpdatedAt: sql`CASE WHEN ${actionItems.documentStatus} <> excluded.document_status THEN excluded.status_updated_at ELSE ${actionItems.statusUpdatedAt} END`,
                documentStatus: sql`excluded.document_status`,
              },
            }),
        ]
      : []),
  ];

  // One batch, one commit: the revision and everything derived from it.
  const results = (await db.batch([...statements, ...causes.statements] as unknown as [
    BatchItem<'sqlite'>,
    ...BatchItem<'sqlite'>[],
  ])) as unknown[];
  const postmortemId = (results[statements.indexOf(upsertPostmortem)] as { id: number }[] | undefined)?.[0]
    ?.id;
  if (postmortemId === undefined) throw new ApiError('internal', 'Postmortem vanished after it was written.');
  // An update can keep a ticket reference the document no longer names (set by the API), so it always checks.
  if (existing || items.some((i) => i.item.ticket)) {
    // Tickets the trackers reported before this document named them.
    await applyKnownTicketStates(db, postmortemId);
    if (causes.isEarlierInLinks) await refreshRecurrenceFollowUps(db, postmortemId);
  }
  await causes.afterCommit();
  return {
    status: existing ? 'updated' : 'created',
    postmortemId,
    revision: number,
    title,
    team: team?.id ?? null,
  };
}
