import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
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
import type { CauseFeatures, CauseInput } from '../../analysis/causes/types.js';
import { type Db, runBatch } from '../../db/client.js';
import {
  actionItems,
  causeClusters,
  causeCorrections,
  causeFeatures,
  causeStatements,
  causeTermStats,
  causeTerms,
  postmortemServices,
  postmortems,
  recurrences,
} from '../../db/schema/index.js';
import { sha256Hex } from '../lib/crypto.js';

export interface CauseContext {
  db: Db;
  recurrenceWindowDays: number;
}

/** Terms looked up per new postmortem and candidates compared in full. */
const QUERY_TERMS = 12;
const CANDIDATES = 50;
/**
 * Postings read per query term: the best-weighted ones (index cause_terms_term_weight_idx). This bounds
 * a lookup at QUERY_TERMS × POSTINGS_PER_TERM rows however large the store grows.
 */
const POSTINGS_PER_TERM = 200;
/** A term on more than this share of all documents discriminates nothing; small stores keep every term. */
const COMMON_TERM_SHARE = 0.5;
const COMMON_TERM_FLOOR = 50;
/** Members read to relabel a cluster: a label needs a sample (the earliest members), not every member. */
const LABEL_SAMPLE = 40;
const DAY_MS = 86_400_000;

type FeatureRow = typeof causeFeatures.$inferSelect;
type Statement = BatchItem<'sqlite'>;

/**
 * Parsed features by their JSON text: every ingest compares the same recent candidates again, and
 * parsing them was a visible share of ingest CPU. Keyed by the text itself, so an entry is never stale;
 * callers treat the objects as read-only.
 */
const parsedFeatures = new Map<string, CauseFeatures>();
const PARSED_FEATURES_KEPT = 4096;

function featuresOf(row: Pick<FeatureRow, 'featuresJson'>): CauseFeatures {
  const cached = parsedFeatures.get(row.featuresJson);
  if (cached) return cached;
  const parsed = JSON.parse(row.featuresJson) as CauseFeatures;
  if (parsedFeatures.size >= PARSED_FEATURES_KEPT) parsedFeatures.delete(parsedFeatures.keys().next().value!);
  parsedFeatures.set(row.featuresJson, parsed);
  return parsed;
}

/**
 * The terms' stored document frequencies and the number of indexed documents, in one round trip.
 * `replacing`: count as if the document owning these features were already indexed (its previous
 * terms, or null when it had none, replaced by the new ones), which is what a lookup made before the
 * document's own index write has to see.
 */
async function corpusIdf(
  db: Db,
  features: CauseFeatures,
  replacing?: { previousTerms: readonly string[] | null },
): Promise<{ idf: (t: string) => number; df: Map<string, number>; documents: number }> {
  const terms = Object.keys(features.terms);
  const rows = await db.all<{ term: string | null; n: number }>(
    sql`select term, df as n from ${causeTermStats} where term in (select value from json_each(${JSON.stringify(terms)}))
        union all select null, count(*) from ${causeFeatures}`,
  );
  const df = new Map<string, number>();
  let documents = 0;
  for (const r of rows) {
    if (r.term === null) documents = Number(r.n);
    else df.set(r.term, Number(r.n));
  }
  if (replacing) {
    if (replacing.previousTerms === null) documents += 1;
    else for (const t of replacing.previousTerms) if (df.has(t)) df.set(t, df.get(t)! - 1);
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { idf: idfFromCounts((t) => df.get(t) ?? 0, documents), df, documents };
}

function queryTerms(
  features: CauseFeatures,
  counts: { idf: (t: string) => number; df: Map<string, number>; documents: number },
) {
  const commonDf = Math.max(COMMON_TERM_FLOOR, counts.documents * COMMON_TERM_SHARE);
  return candidateTerms(features, QUERY_TERMS, counts.idf).filter(
    (t) => (counts.df.get(t.term) ?? 0) <= commonDf,
  );
}

/**
 * Score = Σ query weight × posting weight over the top POSTINGS_PER_TERM postings of each query term,
 * best first. Each term is its own index range read (union all of per-term subqueries with a limit).
 */
function candidateSql(excludeId: number, query: readonly { term: string; weight: number }[], columns: SQL) {
  const perTerm = query.map(
    (q) =>
      sql`select postmortem_id, weight * ${q.weight} as s from (select postmortem_id, weight from ${causeTerms}
          where term = ${q.term} and postmortem_id <> ${excludeId} order by weight desc, postmortem_id desc limit ${POSTINGS_PER_TERM})`,
  );
  // D1 allows at most 5 terms in one compound SELECT: unite groups of 4, each wrapped as one subquery.
  const groups: SQL[] = [];
  for (let i = 0; i < perTerm.length; i += 4) {
    groups.push(sql`select * from (${sql.join(perTerm.slice(i, i + 4), sql` union all `)})`);
  }
  return sql`select ${columns} from (select postmortem_id as pid, sum(s) as score from (${sql.join(groups, sql` union all `)})
      group by postmortem_id order by score desc, postmortem_id asc limit ${CANDIDATES}) c`;
}

/**
 * Candidate postmortems for a cause, through the inverted index: a bounded number of the cause's most
 * informative terms, the best-weighted postings of each summed in SQL, best first. Its cost depends on
 * the query, not on the number of stored postmortems.
 */
export async function findCauseCandidates(db: Db, postmortemId: number, features: CauseFeatures) {
  const counts = await corpusIdf(db, features);
  const query = queryTerms(features, counts);
  if (query.length === 0)
    return { candidates: [] as { postmortemId: number; score: number }[], idf: counts.idf, query };
  const rows = await db.all<{ postmortemId: number; score: number }>(
    sql`${candidateSql(postmortemId, query, sql`c.pid as postmortemId, c.score as score`)} order by c.score desc, c.pid asc`,
  );
  return {
    candidates: rows.map((r) => ({ postmortemId: Number(r.postmortemId), score: Number(r.score) })),
    idf: counts.idf,
    /** The terms looked up, with their query weights. */
    query,
  };
}

async function correctionsFor(db: Db, postmortemId: number | null) {
  const notRepeat = new Set<number>();
  const mergedWith = new Set<number>();
  if (postmortemId === null) return { notRepeat, mergedWith };
  const rows = await db
    .select()
    .from(causeCorrections)
    .where(
      or(
        eq(causeCorrections.postmortemId, postmortemId),
        eq(causeCorrections.otherPostmortemId, postmortemId),
      ),
    );
  for (const r of rows) {
    const other = r.postmortemId === postmortemId ? r.otherPostmortemId : r.postmortemId;
    if (other === null) continue;
    if (r.kind === 'not-a-repeat' || r.kind === 'split') notRepeat.add(other);
    if (r.kind === 'merge') mergedWith.add(other);
  }
  return { notRepeat, mergedWith };
}

/**
 * The earlier incident's follow-ups still open on `laterDate` (created by then, and not completed or
 * decided by then), as the JSON array a recurrence row stores. SQL, so it can run inside the
 * batch that writes the earlier incident's action items.
 */
function openFollowUpsSql(earlierId: SQL | number, laterDate: SQL | string) {
  const open = sql`select id, text, due_on, status from ${actionItems} where postmortem_id = ${earlierId}
      and (created_on is null or created_on <= ${laterDate})
      and (status in ('open', 'unknown') or (completed_on is not null and completed_on > ${laterDate}))
      order by position`;
  return sql`(select json_group_array(json_object('id', id, 'text', text, 'due', due_on, 'status', status)) from (${open}))`;
}

/**
 * Recomputes the open follow-ups stored on the recurrences that repeat `earlierId`, after its action
 * items' statuses changed outside a document write (tracker states applied after ingest).
 */
export async function refreshRecurrenceFollowUps(db: Db, earlierId: number): Promise<void> {
  const laterDate = sql`(select occurred_on from ${postmortems} where id = ${recurrences.postmortemId})`;
  const open = openFollowUpsSql(earlierId, laterDate);
  await db
    .update(recurrences)
    .set({ openActionItemsJson: open, openActionItemCount: sql`json_array_length(${open})` })
    .where(eq(recurrences.repeatsPostmortemId, earlierId));
}

/** A postmortem's cause analysis as the caller knows it before its write batch. */
export interface CauseSubject {
  /** Its id when it is stored already; null for a postmortem the same batch creates. */
  postmortemId: number | null;
  /** SQL naming its id inside the batch (works before the row exists, when the batch creates it). */
  postmortemIdSql: SQL | number;
  revisionIdSql: SQL | number;
  input: CauseInput;
  occurredOn: string | null;
  /** Its cause_features row before this write; undefined: read it here. */
  existing?: FeatureRow | null;
}

export interface CausePlan {
  /** Statements to run in the same batch as the document they derive from. */
  statements: Statement[];
  /** Whether a recurrence row names this postmortem as the earlier incident (its follow-ups are stored there). */
  isEarlierInLinks: boolean;
  /** Work after the batch commits: relabelling clusters a merge or a move changed (rare). */
  afterCommit: () => Promise<void>;
}

/**
 * Cause features, term index entries, cluster and recurrence links of one postmortem, as statements for
 * the batch that writes the postmortem. The candidate lookup runs first, over the store as it is before
 * the write, with idf counted as if the postmortem were already indexed, so the result is the one the
 * write-then-look-up order gave. Unchanged cause text with the same analysis version changes nothing
 * but the revision pointer, so a revision that only fixes a typo elsewhere keeps its links.
 *
 * Concurrency: two ingests of related postmortems running at the same moment each look up a store
 * without the other, so they may start two clusters (or miss their mutual link) where one after the
 * other would join them; `pulse reanalyze --force` rebuilds clusters and links in incident order.
 * Everything one postmortem derives still commits (or not) with its revision.
 */
export async function planCauseAnalysis(
  ctx: CauseContext,
  subject: CauseSubject,
  options: { force?: boolean } = {},
): Promise<CausePlan> {
  const { db } = ctx;
  const me = subject.postmortemIdSql;
  const existing =
    subject.existing !== undefined
      ? subject.existing
      : subject.postmortemId === null
        ? null
        : ((
            await db.select().from(causeFeatures).where(eq(causeFeatures.postmortemId, subject.postmortemId))
          )[0] ?? null);
  const features = analyzeCause(subject.input);
  const textHash = await sha256Hex(`${features.text}\n${subject.occurredOn ?? ''}`);
  if (
    !options.force &&
    existing &&
    existing.textHash === textHash &&
    existing.version === CAUSE_ANALYSIS_VERSION &&
    existing.clusterId !== null
  ) {
    const moved = typeof subject.revisionIdSql !== 'number' || subject.revisionIdSql !== existing.revisionId;
    return {
      statements: moved
        ? [
            db
              .update(causeFeatures)
              .set({ revisionId: subject.revisionIdSql })
              .where(eq(causeFeatures.postmortemId, existing.postmortemId)),
          ]
        : [],
      isEarlierInLinks: false,
      afterCommit: async () => {},
    };
  }

  // 1. Candidates through the index, compared in full (their features come with the lookup).
  const previousTerms = existing ? Object.keys(featuresOf(existing).terms) : null;
  const counts = await corpusIdf(db, features, { previousTerms });
  const { idf } = counts;
  const query = queryTerms(features, counts);
  const excludeId = subject.postmortemId ?? -1;
  // Reads one after another: concurrent reads make the libsql client open more pooled connections.
  const candidateRows = query.length
    ? await db.all<{ id: number; clusterId: number | null; featuresJson: string; occurredOn: string | null }>(
        sql`${candidateSql(
          excludeId,
          query,
          sql`c.pid as id, f.cluster_id as clusterId, f.features_json as featuresJson, p.occurred_on as occurredOn`,
        )} join ${causeFeatures} f on f.postmortem_id = c.pid join ${postmortems} p on p.id = c.pid`,
      )
    : [];
  const corrections = await correctionsFor(db, subject.postmortemId);
  const seen = new Set(candidateRows.map((r) => Number(r.id)));
  const missingMerged = [...corrections.mergedWith].filter((id) => !seen.has(id));
  const mergedRows = missingMerged.length
    ? await db
        .select({
          id: causeFeatures.postmortemId,
          clusterId: causeFeatures.clusterId,
          featuresJson: causeFeatures.featuresJson,
          occurredOn: postmortems.occurredOn,
        })
        .from(causeFeatures)
        .innerJoin(postmortems, eq(postmortems.id, causeFeatures.postmortemId))
        .where(inArray(causeFeatures.postmortemId, missingMerged))
    : [];
  const compared = [...candidateRows, ...mergedRows].map((r) => {
    const id = Number(r.id);
    const theirs = featuresOf(r);
    return {
      id,
      clusterId: r.clusterId === null ? null : Number(r.clusterId),
      occurredOn: r.occurredOn,
      features: theirs,
      similarity: corrections.mergedWith.has(id) ? 1 : similarity(features, theirs, idf),
    };
  });

  // 2. Cluster: join the best-matching cluster, merge clusters this cause bridges, or start one.
  const excluded = new Set(
    compared.filter((c) => corrections.notRepeat.has(c.id) && c.clusterId !== null).map((c) => c.clusterId!),
  );
  const clustered = compared.filter((c) => c.clusterId !== null);
  const forced = clustered.find((c) => corrections.mergedWith.has(c.id) && !excluded.has(c.clusterId!));
  const choice = forced
    ? { clusterId: forced.clusterId!, similarity: 1, alsoMatched: [] as number[] }
    : chooseCluster(
        features,
        clusterRepresentatives(clustered, corrections.mergedWith.size === 0).map((c) => ({
          clusterId: c.clusterId!,
          features: c.features,
        })),
        { idf, excluded },
      );
  const statements: Statement[] = [];
  const relabelAfter = new Set<number>();
  let clusterIdSql: SQL;
  if (choice) {
    // A cluster deleted since the lookup (merged away) leaves the cause unclustered, and the next import repairs it.
    clusterIdSql = sql`(select id from ${causeClusters} where id = ${choice.clusterId})`;
    const absorbed = choice.alsoMatched.filter((id) => id !== choice.clusterId && !excluded.has(id));
    if (absorbed.length) {
      statements.push(
        db
          .update(causeFeatures)
          .set({ clusterId: clusterIdSql })
          .where(inArray(causeFeatures.clusterId, absorbed)),
        db
          .update(postmortems)
          .set({ clusterId: clusterIdSql })
          .where(inArray(postmortems.clusterId, absorbed)),
        db
          .delete(causeClusters)
          .where(and(inArray(causeClusters.id, absorbed), eq(causeClusters.labelSource, 'auto'))),
      );
      relabelAfter.add(choice.clusterId);
    } else {
      const relabel = await relabelJoined(db, choice.clusterId, subject.postmortemId, features, compared);
      if (relabel) statements.push(relabel(db));
    }
  } else {
    statements.push(
      db
        .insert(causeClusters)
        .values({ label: labelCluster([features]), category: clusterCategory([features]) }),
    );
    // Ids only grow (AUTOINCREMENT) and a batch is one transaction: the newest cluster is the one just made.
    clusterIdSql = sql`(select max(id) from ${causeClusters})`;
  }
  // The cluster it left may now be empty or need another label.
  if (existing?.clusterId && existing.clusterId !== choice?.clusterId) relabelAfter.add(existing.clusterId);

  // 3. Index entries with exact document frequencies, and the features row.
  const termsJson = JSON.stringify(features.terms);
  const featureValues = {
    revisionId: subject.revisionIdSql,
    text: features.text,
    textHash,
    featuresJson: JSON.stringify(features),
    primaryCategory: features.primary,
    clusterId: clusterIdSql,
    version: features.version,
  };
  statements.push(
    ...(subject.postmortemId === null ? [] : causeIndexDeleteStatements(db, me)),
    // Insert-selects over one JSON parameter: any number of terms in one statement, within D1's 100 parameters.
    // (Query builders, not db.run: drizzle's D1 batch cannot run raw statements.)
    db.insert(causeTerms).select(sql`select key, ${me}, value from json_each(${termsJson})`),
    db
      .insert(causeTermStats)
      .select(sql`select key, 1 from json_each(${termsJson}) where true`)
      .onConflictDoUpdate({ target: causeTermStats.term, set: { df: sql`${causeTermStats.df} + 1` } }),
    db
      .insert(causeFeatures)
      .values({ postmortemId: me, ...featureValues })
      .onConflictDoUpdate({ target: causeFeatures.postmortemId, set: featureValues }),
    db
      .update(postmortems)
      .set({ clusterId: clusterIdSql, causeCategory: existing?.categoryOverride ?? features.primary })
      .where(eq(postmortems.id, me)),
  );

  // 4. Recurrence links in both directions (imports are not in date order), within the window.
  const windowMs = ctx.recurrenceWindowDays * DAY_MS;
  if (subject.postmortemId !== null) {
    statements.push(
      db
        .delete(recurrences)
        .where(or(eq(recurrences.postmortemId, me), eq(recurrences.repeatsPostmortemId, me))),
    );
  }
  let isEarlierInLinks = false;
  // [later, earlier, later date, similarity]; null stands for this postmortem, whose id the batch may create.
  const links: [number | null, number | null, string, number][] = [];
  if (subject.occurredOn) {
    const mine = Date.parse(subject.occurredOn);
    for (const c of compared) {
      if (!c.occurredOn || corrections.notRepeat.has(c.id) || c.similarity < DEFAULT_MATCH_THRESHOLD)
        continue;
      const theirs = Date.parse(c.occurredOn);
      if (theirs === mine || Math.abs(theirs - mine) > windowMs) continue;
      const rounded = Math.round(c.similarity * 1000) / 1000;
      if (theirs < mine) links.push([null, c.id, subject.occurredOn, rounded]);
      else {
        links.push([c.id, null, c.occurredOn, rounded]);
        isEarlierInLinks = true;
      }
    }
  }
  if (links.length) {
    // All links in one statement: the links travel as one JSON parameter (D1's 100-parameter limit).
    const open = openFollowUpsSql(sql`l.earlier`, sql`l.later_date`);
    // The follow-ups are computed once per link; the count is read off the JSON array.
    statements.push(
      db
        .insert(recurrences)
        // Every column in table order: id, postmortem_id, repeats_postmortem_id, similarity, open_action_items_json,
        // open_action_item_count, created_at (its default spelt out, as an insert-select names every column).
        .select(
          sql`select null, later, earlier, similarity, open, json_array_length(open), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
          from (select l.later, l.earlier, l.similarity, ${open} as open
          from (select coalesce(json_extract(j.value, '$[0]'), m.id) as later, coalesce(json_extract(j.value, '$[1]'), m.id) as earlier,
                  json_extract(j.value, '$[2]') as later_date, json_extract(j.value, '$[3]') as similarity
                from json_each(${JSON.stringify(links)}) j, (select ${me} as id) m) l)
          where true`,
        )
        .onConflictDoNothing(),
    );
  }
  return {
    statements,
    isEarlierInLinks,
    afterCommit: async () => {
      for (const id of relabelAfter) await relabelCluster(db, id);
    },
  };
}

/**
 * chooseCluster scores a cluster by its best-matching member; the similarities are computed already, so
 * only each cluster's best member needs passing (same choice, a fraction of the comparisons). Not when a
 * merge correction forced some similarities to 1: then every member goes, to be scored for real.
 */
function clusterRepresentatives<T extends { clusterId: number | null; similarity: number }>(
  candidates: T[],
  bestOnly: boolean,
): T[] {
  if (!bestOnly) return candidates;
  const best = new Map<number, T>();
  for (const c of candidates) {
    const current = best.get(c.clusterId!);
    if (!current || c.similarity > current.similarity) best.set(c.clusterId!, c);
  }
  return [...best.values()];
}

/**
 * The label update for a cluster a postmortem joins, or null when the label cannot change: a label is
 * computed from the cluster's earliest LABEL_SAMPLE members, so once that many members precede this
 * one, its joining changes nothing. Member features already loaded as candidates are not read again.
 */
async function relabelJoined(
  db: Db,
  clusterId: number,
  postmortemId: number | null,
  features: CauseFeatures,
  known: readonly { id: number; features: CauseFeatures }[],
): Promise<((db: Db) => Statement) | null> {
  const memberIds = (
    await db
      .select({ id: causeFeatures.postmortemId })
      .from(causeFeatures)
      .where(
        and(
          eq(causeFeatures.clusterId, clusterId),
          postmortemId === null ? undefined : ne(causeFeatures.postmortemId, postmortemId),
        ),
      )
      .orderBy(asc(causeFeatures.postmortemId))
      .limit(LABEL_SAMPLE)
  ).map((r) => r.id);
  // A new postmortem gets the largest id, so it sorts after every stored member.
  const sampleHasMe =
    postmortemId === null
      ? memberIds.length < LABEL_SAMPLE
      : memberIds.length < LABEL_SAMPLE || postmortemId < memberIds.at(-1)!;
  if (!sampleHasMe) return null;
  const byId = new Map(known.map((k) => [k.id, k.features]));
  const missing = memberIds.filter((id) => !byId.has(id));
  if (missing.length) {
    const rows = await db
      .select({ id: causeFeatures.postmortemId, featuresJson: causeFeatures.featuresJson })
      .from(causeFeatures)
      .where(inArray(causeFeatures.postmortemId, missing));
    for (const r of rows) byId.set(r.id, featuresOf(r));
  }
  const sampleIds = [...memberIds, postmortemId ?? Number.POSITIVE_INFINITY]
    .sort((a, b) => a - b)
    .slice(0, LABEL_SAMPLE);
  const sample = sampleIds
    .map((id) => (id === (postmortemId ?? Number.POSITIVE_INFINITY) ? features : byId.get(id)))
    .filter((f): f is CauseFeatures => !!f);
  const label = labelCluster(sample);
  const category = clusterCategory(sample);
  return (d) =>
    d
      .update(causeClusters)
      .set({
        category,
        label: sql`case when ${causeClusters.labelSource} = 'auto' then ${label} else ${causeClusters.label} end`,
      })
      .where(eq(causeClusters.id, clusterId));
}

/**
 * Recomputes a postmortem's cause features, term index entries, cluster and recurrence links from what
 * is stored, in one batch. Used on reanalysis, corrections, erasure and to repair an interrupted import.
 */
export async function updateCauseAnalysis(
  ctx: CauseContext,
  postmortemId: number,
  options: { force?: boolean } = {},
): Promise<void> {
  const { db } = ctx;
  const [pm] = await db.select().from(postmortems).where(eq(postmortems.id, postmortemId));
  if (!pm || pm.currentRevisionId === null) return;
  const statements = await db
    .select()
    .from(causeStatements)
    .where(eq(causeStatements.postmortemId, postmortemId))
    .orderBy(asc(causeStatements.position));
  const serviceRows = await db
    .select({ s: postmortemServices.service })
    .from(postmortemServices)
    .where(eq(postmortemServices.postmortemId, postmortemId));
  const plan = await planCauseAnalysis(
    ctx,
    {
      postmortemId,
      postmortemIdSql: postmortemId,
      revisionIdSql: pm.currentRevisionId,
      occurredOn: pm.occurredOn,
      input: {
        rootCauses: statements.filter((s) => s.role === 'root-cause').map((s) => s.text),
        triggers: statements.filter((s) => s.role === 'trigger').map((s) => s.text),
        contributingFactors: statements.filter((s) => s.role === 'contributing').map((s) => s.text),
        summary: pm.summary,
        services: serviceRows.map((r) => r.s),
      },
    },
    options,
  );
  await runBatch(db, plan.statements);
  await plan.afterCommit();
}

/**
 * `pulse reanalyze` for causes: when the analysis version changed (or `force`), rebuild features,
 * clusters and links from scratch in incident order. Corrections are inputs and survive: "not a repeat",
 * merges and splits are read by every update, and user labels are re-applied to the cluster that
 * holds the member they were given for.
 */
export async function reanalyzeCauses(
  ctx: CauseContext,
  options: { force?: boolean } = {},
): Promise<{ updated: number }> {
  const { db } = ctx;
  const [stale] = await db
    .select({ n: sql<number>`count(*)` })
    .from(postmortems)
    .leftJoin(causeFeatures, eq(causeFeatures.postmortemId, postmortems.id))
    .where(
      sql`${postmortems.currentRevisionId} is not null and (${causeFeatures.version} is null or ${causeFeatures.version} <> ${CAUSE_ANALYSIS_VERSION})`,
    );
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
    const [member] = await db
      .select({ clusterId: causeFeatures.clusterId })
      .from(causeFeatures)
      .where(eq(causeFeatures.postmortemId, r.postmortemId));
    if (member?.clusterId)
      await db
        .update(causeClusters)
        .set({ label, labelSource: 'user' })
        .where(eq(causeClusters.id, member.clusterId));
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
    .orderBy(asc(causeFeatures.postmortemId))
    .limit(LABEL_SAMPLE);
  if (members.length === 0) {
    await db.delete(causeClusters).where(eq(causeClusters.id, clusterId));
    return;
  }
  const features = members.map(featuresOf);
  await db
    .update(causeClusters)
    .set({
      category: clusterCategory(features),
      ...(cluster.labelSource === 'auto' ? { label: labelCluster(features) } : {}),
    })
    .where(eq(causeClusters.id, clusterId));
}

/** Statements that take a postmortem out of the term index, keeping document frequencies exact. */
export function causeIndexDeleteStatements(db: Db, postmortemId: number | SQL) {
  return [
    db
      .update(causeTermStats)
      .set({ df: sql`${causeTermStats.df} - 1` })
      .where(
        sql`${causeTermStats.term} in (select ${causeTerms.term} from ${causeTerms} where ${causeTerms.postmortemId} = ${postmortemId})`,
      ),
    db.delete(causeTerms).where(eq(causeTerms.postmortemId, postmortemId)),
  ];
}
