import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import {
  analyzeCause,
  CAUSE_ANALYSIS_VERSION,
  candidateTerms,
  chooseCluster,
  clusterCategory,
  DEFAULT_MATCH_THRESHOLD,
  idfFromCounts,
  labelCluster,
  similarity,
} from '../../analysis/causes/index.js';
import type { CauseFeatures } from '../../analysis/causes/types.js';
import { chunkRows, type Db, runBatch } from '../../db/client.js';
import {
  actionItems,
  causeClusters,
  causeCorrections,
  causeFeatures,
  causeStatements,
  causeTerms,
  causeTermStats,
  postmortemServices,
  postmortems,
  recurrences,
} from '../../db/schema/index.js';
import { sha256Hex } from '../lib/crypto.js';

export interface CauseContext {
  db: Db;
  recurrenceWindowDays: number;
}

/** Terms looked up per new postmortem, candidates compared in full, and a posting list too common to help. */
const QUERY_TERMS = 12;
const CANDIDATES = 50;
const MAX_POSTINGS_PER_TERM = 5000;
/** Members read to relabel a cluster: a label needs a sample, not every member. */
const LABEL_SAMPLE = 40;
const DAY_MS = 86_400_000;

type FeatureRow = typeof causeFeatures.$inferSelect;

function featuresOf(row: Pick<FeatureRow, 'featuresJson'>): CauseFeatures {
  return JSON.parse(row.featuresJson) as CauseFeatures;
}

/** Idf from the stored document frequencies of just the terms asked about. */
async function idfFor(db: Db, terms: string[]): Promise<{ idf: (t: string) => number; df: Map<string, number> }> {
  const [countRow] = await db.select({ n: sql<number>`count(*)` }).from(causeFeatures);
  const df = new Map<string, number>();
  for (const chunk of chunkRows(terms, 1)) {
    const rows = await db.select().from(causeTermStats).where(inArray(causeTermStats.term, chunk));
    for (const r of rows) df.set(r.term, r.df);
  }
  return { idf: idfFromCounts((t) => df.get(t) ?? 0, countRow?.n ?? 0), df };
}

/**
 * Candidate postmortems for a cause, through the inverted index: a bounded number of the cause's most
 * informative terms, their postings summed in SQL, best first. Never scans every stored postmortem.
 */
export async function findCauseCandidates(db: Db, postmortemId: number, features: CauseFeatures) {
  const allTerms = Object.keys(features.terms);
  const { idf, df } = await idfFor(db, allTerms);
  const query = candidateTerms(features, QUERY_TERMS, idf).filter((t) => (df.get(t.term) ?? 0) <= MAX_POSTINGS_PER_TERM);
  if (query.length === 0) return { candidates: [] as { postmortemId: number; score: number }[], idf };
  const weightCase = sql.join(
    [sql`case ${causeTerms.term}`, ...query.map((q) => sql`when ${q.term} then ${q.weight}`), sql`else 0 end`],
    sql` `,
  );
  const rows = await db
    .select({ postmortemId: causeTerms.postmortemId, score: sql<number>`sum(${causeTerms.weight} * ${weightCase})` })
    .from(causeTerms)
    .where(and(inArray(causeTerms.term, query.map((q) => q.term)), ne(causeTerms.postmortemId, postmortemId)))
    .groupBy(causeTerms.postmortemId)
    .orderBy(sql`2 desc`, asc(causeTerms.postmortemId))
    .limit(CANDIDATES);
  return { candidates: rows, idf };
}

async function correctionsFor(db: Db, postmortemId: number) {
  const rows = await db
    .select()
    .from(causeCorrections)
    .where(or(eq(causeCorrections.postmortemId, postmortemId), eq(causeCorrections.otherPostmortemId, postmortemId)));
  const notRepeat = new Set<number>();
  const mergedWith = new Set<number>();
  for (const r of rows) {
    const other = r.postmortemId === postmortemId ? r.otherPostmortemId : r.postmortemId;
    if (other === null) continue;
    if (r.kind === 'not-a-repeat' || r.kind === 'split') notRepeat.add(other);
    if (r.kind === 'merge') mergedWith.add(other);
  }
  return { notRepeat, mergedWith };
}

/** Open on a date: created by then, and not completed (or won't-do decided) by then. */
function openOn(item: typeof actionItems.$inferSelect, date: string): boolean {
  if (item.createdOn && item.createdOn > date) return false;
  if (item.status === 'open' || item.status === 'unknown') return true;
  // Closed now: it was still open on `date` only if we know it closed after it.
  return item.completedOn !== null && item.completedOn > date;
}

/** The earlier incident's follow-ups still open on the later incident's date. */
async function openFollowUps(db: Db, earlierId: number, laterDate: string) {
  const items = await db.select().from(actionItems).where(eq(actionItems.postmortemId, earlierId)).orderBy(asc(actionItems.position));
  return items.filter((i) => openOn(i, laterDate)).map((i) => ({ id: i.id, text: i.text, due: i.dueOn, status: i.status }));
}

/**
 * Recomputes a postmortem's cause features, term index entries, cluster and recurrence links.
 * Runs after each ingest (and on reanalysis). Unchanged cause text with the same analysis version is a
 * no-op, so a revision that only fixes a typo elsewhere keeps its links.
 */
export async function updateCauseAnalysis(ctx: CauseContext, postmortemId: number, options: { force?: boolean } = {}): Promise<void> {
  const { db } = ctx;
  const [pm] = await db.select().from(postmortems).where(eq(postmortems.id, postmortemId));
  if (!pm || pm.currentRevisionId === null) return;
  const [statements, serviceRows, [existing]] = await Promise.all([
    db.select().from(causeStatements).where(eq(causeStatements.postmortemId, postmortemId)).orderBy(asc(causeStatements.position)),
    db.select({ s: postmortemServices.service }).from(postmortemServices).where(eq(postmortemServices.postmortemId, postmortemId)),
    db.select().from(causeFeatures).where(eq(causeFeatures.postmortemId, postmortemId)),
  ]);
  const features = analyzeCause({
    rootCauses: statements.filter((s) => s.role === 'root-cause').map((s) => s.text),
    triggers: statements.filter((s) => s.role === 'trigger').map((s) => s.text),
    contributingFactors: statements.filter((s) => s.role === 'contributing').map((s) => s.text),
    summary: pm.summary,
    services: serviceRows.map((r) => r.s),
  });
  const textHash = await sha256Hex(`${features.text}\n${pm.occurredOn ?? ''}`);
  if (!options.force && existing && existing.textHash === textHash && existing.version === CAUSE_ANALYSIS_VERSION && existing.clusterId !== null) {
    if (existing.revisionId !== pm.currentRevisionId) {
      await db.update(causeFeatures).set({ revisionId: pm.currentRevisionId }).where(eq(causeFeatures.postmortemId, postmortemId));
    }
    return;
  }

  const terms = Object.entries(features.terms);
  // 1. Index entries, exact document frequencies, features row: one batch.
  await runBatch(db, [
    ...causeIndexDeleteStatements(db, postmortemId),
    ...chunkRows(terms, 3).map((chunk) =>
      db.insert(causeTerms).values(chunk.map(([term, weight]) => ({ term, postmortemId, weight }))),
    ),
    ...chunkRows(terms, 2).map((chunk) =>
      db
        .insert(causeTermStats)
        .values(chunk.map(([term]) => ({ term, df: 1 })))
        .onConflictDoUpdate({ target: causeTermStats.term, set: { df: sql`${causeTermStats.df} + 1` } }),
    ),
    db
      .insert(causeFeatures)
      .values({
        postmortemId,
        revisionId: pm.currentRevisionId,
        text: features.text,
        textHash,
        featuresJson: JSON.stringify(features),
        primaryCategory: features.primary,
        clusterId: null,
        version: features.version,
      })
      .onConflictDoUpdate({
        target: causeFeatures.postmortemId,
        set: {
          revisionId: pm.currentRevisionId,
          text: features.text,
          textHash,
          featuresJson: JSON.stringify(features),
          primaryCategory: features.primary,
          version: features.version,
        },
      }),
  ]);

  // 2. Candidates through the index, compared in full.
  const { candidates, idf } = await findCauseCandidates(db, postmortemId, features);
  const corrections = await correctionsFor(db, postmortemId);
  const candidateIds = [...new Set([...candidates.map((c) => c.postmortemId), ...corrections.mergedWith])];
  const rows = candidateIds.length
    ? await db
        .select({ f: causeFeatures, occurredOn: postmortems.occurredOn })
        .from(causeFeatures)
        .innerJoin(postmortems, eq(postmortems.id, causeFeatures.postmortemId))
        .where(inArray(causeFeatures.postmortemId, candidateIds))
    : [];
  const compared = rows.map((r) => ({
    id: r.f.postmortemId,
    clusterId: r.f.clusterId,
    occurredOn: r.occurredOn,
    features: featuresOf(r.f),
    similarity: corrections.mergedWith.has(r.f.postmortemId) ? 1 : similarity(features, featuresOf(r.f), idf),
  }));

  // 3. Cluster: join the best-matching cluster, merge clusters this cause bridges, or start one.
  const excluded = new Set(compared.filter((c) => corrections.notRepeat.has(c.id) && c.clusterId !== null).map((c) => c.clusterId!));
  const clustered = compared.filter((c) => c.clusterId !== null);
  const forced = clustered.find((c) => corrections.mergedWith.has(c.id) && !excluded.has(c.clusterId!));
  const choice = forced
    ? { clusterId: forced.clusterId!, similarity: 1, alsoMatched: [] as number[] }
    : chooseCluster(
        features,
        clustered.map((c) => ({ clusterId: c.clusterId!, features: c.features })),
        { idf, excluded },
      );
  let clusterId: number;
  if (choice) {
    clusterId = choice.clusterId;
    const absorbed = choice.alsoMatched.filter((id) => id !== clusterId && !excluded.has(id));
    if (absorbed.length) {
      await db.batch([
        db.update(causeFeatures).set({ clusterId }).where(inArray(causeFeatures.clusterId, absorbed)),
        db.update(postmortems).set({ clusterId }).where(inArray(postmortems.clusterId, absorbed)),
        db.delete(causeClusters).where(and(inArray(causeClusters.id, absorbed), eq(causeClusters.labelSource, 'auto'))),
      ]);
    }
  } else {
    const [created] = await db
      .insert(causeClusters)
      .values({ label: labelCluster([features]), category: features.primary })
      .returning({ id: causeClusters.id });
    clusterId = created!.id;
  }

  // 4. Recurrence links in both directions (imports are not in date order), within the window.
  const windowMs = ctx.recurrenceWindowDays * DAY_MS;
  const links: { later: number; earlier: number; laterDate: string; similarity: number }[] = [];
  if (pm.occurredOn) {
    const mine = Date.parse(pm.occurredOn);
    for (const c of compared) {
      if (!c.occurredOn || corrections.notRepeat.has(c.id) || c.similarity < DEFAULT_MATCH_THRESHOLD) continue;
      const theirs = Date.parse(c.occurredOn);
      if (theirs === mine || Math.abs(theirs - mine) > windowMs) continue;
      links.push(
        theirs < mine
          ? { later: postmortemId, earlier: c.id, laterDate: pm.occurredOn, similarity: c.similarity }
          : { later: c.id, earlier: postmortemId, laterDate: c.occurredOn, similarity: c.similarity },
      );
    }
  }
  const linkRows = await Promise.all(
    links.map(async (l) => {
      const open = await openFollowUps(db, l.earlier, l.laterDate);
      return {
        postmortemId: l.later,
        repeatsPostmortemId: l.earlier,
        similarity: Math.round(l.similarity * 1000) / 1000,
        openActionItemsJson: JSON.stringify(open),
        openActionItemCount: open.length,
      };
    }),
  );
  await runBatch(db, [
    db.update(causeFeatures).set({ clusterId }).where(eq(causeFeatures.postmortemId, postmortemId)),
    db
      .update(postmortems)
      .set({ clusterId, causeCategory: existing?.categoryOverride ?? features.primary })
      .where(eq(postmortems.id, postmortemId)),
    db.delete(recurrences).where(or(eq(recurrences.postmortemId, postmortemId), eq(recurrences.repeatsPostmortemId, postmortemId))),
    ...chunkRows(linkRows, 5).map((chunk) => db.insert(recurrences).values(chunk).onConflictDoNothing()),
  ]);
  await relabelCluster(db, clusterId);
  // The cluster it left may now be empty or need another label.
  if (existing?.clusterId && existing.clusterId !== clusterId) await relabelCluster(db, existing.clusterId);
}

/**
 * `pulse reanalyze` for causes: when the analysis version changed (or `force`), rebuild features,
 * clusters and links from scratch in incident order. Corrections are inputs and survive: "not a repeat",
 * merges and splits are read by every update, and user labels are re-applied to the cluster that
 * holds the member they were given for.
 */
export async function reanalyzeCauses(ctx: CauseContext, options: { force?: boolean } = {}): Promise<{ updated: number }> {
  const { db } = ctx;
  const [stale] = await db
    .select({ n: sql<number>`count(*)` })
    .from(postmortems)
    .leftJoin(causeFeatures, eq(causeFeatures.postmortemId, postmortems.id))
    .where(sql`${postmortems.currentRevisionId} is not null and (${causeFeatures.version} is null or ${causeFeatures.version} <> ${CAUSE_ANALYSIS_VERSION})`);
  if (!options.force && (stale?.n ?? 0) === 0) return { updated: 0 };
  const relabels = await db
    .select()
    .from(causeCorrections)
    .where(eq(causeCorrections.kind, 'relabel-cluster'));
  await db.batch([
    db.delete(recurrences),
    db.update(causeFeatures).set({ clusterId: null }),
    db.update(postmortems).set({ clusterId: null }),
    db.delete(causeClusters),
  ]);
  const ids = await db
    .select({ id: postmortems.id })
    .from(postmortems)
    .where(sql`${postmortems.currentRevisionId} is not null`)
    .orderBy(sql`coalesce(${postmortems.occurredOn}, '9999-12-31')`, asc(postmortems.id));
  for (const { id } of ids) await updateCauseAnalysis(ctx, id, { force: true });
  for (const r of relabels) {
    const { label } = JSON.parse(r.payloadJson) as { label: string };
    if (r.postmortemId === null) continue;
    const [member] = await db.select({ clusterId: causeFeatures.clusterId }).from(causeFeatures).where(eq(causeFeatures.postmortemId, r.postmortemId));
    if (member?.clusterId) await db.update(causeClusters).set({ label, labelSource: 'user' }).where(eq(causeClusters.id, member.clusterId));
  }
  return { updated: ids.length };
}

/** Keeps an automatic cluster label and category in step with its members; a user's label stays. */
export async function relabelCluster(db: Db, clusterId: number): Promise<void> {
  const [cluster] = await db.select().from(causeClusters).where(eq(causeClusters.id, clusterId));
  if (!cluster) return;
  const members = await db
    .select({ featuresJson: causeFeatures.featuresJson })
    .from(causeFeatures)
    .where(eq(causeFeatures.clusterId, clusterId))
    .limit(LABEL_SAMPLE);
  if (members.length === 0) {
    await db.delete(causeClusters).where(eq(causeClusters.id, clusterId));
    return;
  }
  const features = members.map(featuresOf);
  await db
    .update(causeClusters)
    .set({ category: clusterCategory(features), ...(cluster.labelSource === 'auto' ? { label: labelCluster(features) } : {}) })
    .where(eq(causeClusters.id, clusterId));
}

/** Statements that take a postmortem out of the term index, keeping document frequencies exact. */
export function causeIndexDeleteStatements(db: Db, postmortemId: number) {
  return [
    db
      .update(causeTermStats)
      .set({ df: sql`${causeTermStats.df} - 1` })
      .where(sql`${causeTermStats.term} in (select ${causeTerms.term} from ${causeTerms} where ${causeTerms.postmortemId} = ${postmortemId})`),
    db.delete(causeTerms).where(eq(causeTerms.postmortemId, postmortemId)),
  ];
}
