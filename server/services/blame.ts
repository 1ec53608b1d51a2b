import { and, eq, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { analyzeBlame } from '../../analysis/blame/index.js';
import type { BlameFinding, BlameResult } from '../../analysis/blame/types.js';
import type { ParsedSection } from '../../analysis/parse/types.js';
import { type Db, jsonColumns, runBatch } from '../../db/client.js';
import {
  auditLog,
  blameDismissals,
  blameFindings,
  postmortems,
  revisions,
  sections,
} from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { assertCanRead, assertCanWrite, type Principal } from './principal.js';

/**
 * "Not blame here": the dismissal is kept by fingerprint (so it survives reanalysis) with its sentence
 * (so the next training run can use it as a labelled negative), and the finding disappears at once.
 */
export async function dismissFinding(db: Db, principal: Principal, findingId: number, reason: string | null) {
  const [finding] = await db
    .select({
      f: blameFindings,
      teamId: postmortems.teamId,
      currentRevisionId: postmortems.currentRevisionId,
    })
    .from(blameFindings)
    .innerJoin(postmortems, eq(postmortems.id, blameFindings.postmortemId))
    .where(eq(blameFindings.id, findingId))
    .limit(1);
  if (!finding) throw new ApiError('not_found', `No finding with id ${findingId}.`, 'id');
  assertCanRead(principal, finding.teamId);
  assertCanWrite(principal, finding.teamId);
  const { f } = finding;
  await db.batch([
    db
      .insert(blameDismissals)
      .values({
        postmortemId: f.postmortemId,
        fingerprint: f.fingerprint,
        category: f.category,
        text: f.text,
        reason,
      })
      .onConflictDoNothing(),
    db
      .delete(blameFindings)
      .where(
        and(eq(blameFindings.postmortemId, f.postmortemId), eq(blameFindings.fingerprint, f.fingerprint)),
      ),
    db.insert(auditLog).values({
      actor: principal.subject,
      action: 'finding.dismiss',
      target: `postmortem:${f.postmortemId}`,
      detailJson: JSON.stringify({ category: f.category }),
    }),
  ]);
  await refreshRevisionScore(db, f.postmortemId);
  return { dismissed: true, postmortemId: f.postmortemId, fingerprint: f.fingerprint };
}

/**
 * A revision's findings in one insert-select over a JSON parameter (ingest and reanalysis write them the
 * same way). The ids may be SQL subqueries when the revision is written in the same batch.
 */
export function insertFindingStatements(
  db: Db,
  blame: BlameResult,
  revisionId: number | SQL,
  postmortemId: number | SQL,
) {
  if (blame.findings.length === 0) return [];
  const rows = blame.findings.map((f) => [
    f.category,
    f.start,
    f.end,
    f.text,
    f.weight,
    f.explanation,
    f.suggestion,
    f.fingerprint,
    f.ruleId,
    f.sectionKind,
  ]);
  return [
    db.insert(blameFindings).select(
      sql`select null, ${revisionId}, ${postmortemId}, ${jsonColumns(10)}, ${blame.version}
          from json_each(${JSON.stringify(rows)}) j order by j.key`,
    ),
  ];
}

/** A finding as the API shows it (lint answers and the postmortem page). */
export function findingView(
  f: Pick<BlameFinding, 'start' | 'end' | 'text' | 'weight' | 'explanation' | 'suggestion'> & {
    category: string;
  },
) {
  return {
    category: f.category,
    start: f.start,
    end: f.end,
    text: f.text,
    weight: f.weight,
    explanation: f.explanation,
    suggestion: f.suggestion,
  };
}

/** Recomputes the current revision's findings and score (after a dismissal or a rule change). */
export async function refreshRevisionScore(db: Db, postmortemId: number): Promise<void> {
  const [row] = await db
    .select({ revisionId: revisions.id, body: revisions.body })
    .from(postmortems)
    .innerJoin(revisions, eq(revisions.id, postmortems.currentRevisionId))
    .where(eq(postmortems.id, postmortemId));
  if (!row) return;
  await runBatch(db, await reanalyzeRevisionStatements(db, postmortemId, row.revisionId, row.body));
}

async function reanalyzeRevisionStatements(db: Db, postmortemId: number, revisionId: number, body: string) {
  const [sectionRows, dismissedRows] = await Promise.all([
    db.select().from(sections).where(eq(sections.revisionId, revisionId)),
    db
      .select({ f: blameDismissals.fingerprint })
      .from(blameDismissals)
      .where(eq(blameDismissals.postmortemId, postmortemId)),
  ]);
  const result = analyzeBlame(body, {
    sections: sectionRows.map(
      (s): Pick<ParsedSection, 'kind' | 'start' | 'end'> => ({
        kind: s.kind as ParsedSection['kind'],
        start: s.start,
        end: s.end,
      }),
    ),
    dismissed: new Set(dismissedRows.map((d) => d.f)),
  });
  return [
    db.delete(blameFindings).where(eq(blameFindings.revisionId, revisionId)),
    ...insertFindingStatements(db, result, revisionId, postmortemId),
    db
      .update(revisions)
      .set({ blameVersion: result.version, blameScore: result.score, blameful: result.blameful })
      .where(eq(revisions.id, revisionId)),
    db
      .update(postmortems)
      .set({ blameScore: result.score, blameful: result.blameful, blameFindingCount: result.findings.length })
      .where(eq(postmortems.id, postmortemId)),
  ] as const;
}

/**
 * `pulse reanalyze`: recomputes blame results of current revisions produced by another rule/model
 * version (or all with `force`). Dismissals are inputs, so they survive.
 */
export async function reanalyzeBlame(
  db: Db,
  options: { force?: boolean } = {},
): Promise<{ examined: number; updated: number }> {
  const version = analyzeBlame('').version;
  const stale = await db
    .select({ postmortemId: postmortems.id, revisionId: revisions.id, body: revisions.body })
    .from(postmortems)
    .innerJoin(revisions, eq(revisions.id, postmortems.currentRevisionId))
    .where(
      options.force
        ? isNotNull(postmortems.currentRevisionId)
        : or(isNull(revisions.blameVersion), ne(revisions.blameVersion, version)),
    );
  for (const row of stale) {
    await runBatch(db, await reanalyzeRevisionStatements(db, row.postmortemId, row.revisionId, row.body));
  }
  const [{ n }] = (await db.select({ n: sql<number>`count(*)` }).from(postmortems)) as [{ n: number }];
  return { examined: n, updated: stale.length };
}

/** Dismissed sentences as labelled negatives for the next training run (admin export). */
export async function exportDismissals(db: Db) {
  return db
    .select({
      text: blameDismissals.text,
      category: blameDismissals.category,
      reason: blameDismissals.reason,
      createdAt: blameDismissals.createdAt,
    })
    .from(blameDismissals);
}
