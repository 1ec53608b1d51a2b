import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { postmortems, revisions } from './postmortems.js';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Blame findings of a revision (offsets into revisions.body). Recomputed on reanalysis. */
export const blameFindings = sqliteTable(
  'blame_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id, { onDelete: 'cascade' }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    weight: real('weight').notNull(),
    explanation: text('explanation').notNull(),
    suggestion: text('suggestion').notNull(),
    fingerprint: text('fingerprint').notNull(),
    ruleId: text('rule_id').notNull(),
    sectionKind: text('section_kind'),
    version: text('version').notNull(),
  },
  (t) => [
    // The postmortem page loads the current revision's findings.
    index('blame_findings_revision_idx').on(t.revisionId),
    // Category mix for the blame metric.
    index('blame_findings_postmortem_idx').on(t.postmortemId, t.category),
  ],
);

/**
 * "Not blame here": kept by fingerprint so it survives reanalysis, and kept with the sentence so the
 * next training run can use it as a labelled negative.
 */
export const blameDismissals = sqliteTable(
  'blame_dismissals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    fingerprint: text('fingerprint').notNull(),
    category: text('category').notNull(),
    text: text('text').notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull().default(now),
  },
  // Analysis of a postmortem reads its dismissed fingerprints.
  (t) => [uniqueIndex('blame_dismissals_uq').on(t.postmortemId, t.fingerprint)],
);

/** Recurring-cause clusters. `label_source` = 'user' when someone relabelled it; reanalysis keeps it. */
export const causeClusters = sqliteTable('cause_clusters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  label: text('label').notNull(),
  labelSource: text('label_source', { enum: ['auto', 'user'] })
    .notNull()
    .default('auto'),
  category: text('category').notNull(),
  createdAt: text('created_at').notNull().default(now),
});

/** Cause features of a postmortem's current revision. */
export const causeFeatures = sqliteTable(
  'cause_features',
  {
    postmortemId: integer('postmortem_id')
      .primaryKey()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    revisionId: integer('revision_id').notNull(),
    text: text('text').notNull(),
    /** sha-256 of the cause text: a revision that leaves the cause text alone keeps its links. */
    textHash: text('text_hash').notNull(),
    /** The whole CauseFeatures (labels, trigger/contributing labels, terms, components) as JSON. */
    featuresJson: text('features_json').notNull(),
    primaryCategory: text('primary_category').notNull(),
    /** User relabel of the category; survives reanalysis. */
    categoryOverride: text('category_override'),
    clusterId: integer('cluster_id').references(() => causeClusters.id, { onDelete: 'set null' }),
    version: text('version').notNull(),
  },
  (t) => [
    // Cluster membership lookups.
    index('cause_features_cluster_idx').on(t.clusterId),
    // Reanalysis finds stale versions.
    index('cause_features_version_idx').on(t.version),
  ],
);

/** Inverted index term -> postmortems, so candidate lookup for a new postmortem never scans all of them. */
export const causeTerms = sqliteTable(
  'cause_terms',
  {
    term: text('term').notNull(),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    weight: real('weight').notNull(),
  },
  (t) => [
    // Candidate lookup: postings of a term.
    primaryKey({ columns: [t.term, t.postmortemId] }),
    // Deleting or replacing a postmortem's terms.
    index('cause_terms_postmortem_idx').on(t.postmortemId),
    // Candidate lookup reads only the top-weighted postings of a term, so its cost does not grow with the store.
    index('cause_terms_term_weight_idx').on(t.term, t.weight, t.postmortemId),
  ],
);

/** Document frequency per term, for idf, kept exact by the service that writes cause_terms. */
export const causeTermStats = sqliteTable('cause_term_stats', {
  term: text('term').primaryKey(),
  df: integer('df').notNull(),
});

/** B (postmortem_id) repeats A (repeats_postmortem_id). */
export const recurrences = sqliteTable(
  'recurrences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    repeatsPostmortemId: integer('repeats_postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    similarity: real('similarity').notNull(),
    /** JSON [{id, text, due}] of A's action items still open on B's date. */
    openActionItemsJson: text('open_action_items_json').notNull().default('[]'),
    openActionItemCount: integer('open_action_item_count').notNull().default(0),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    uniqueIndex('recurrences_pair_uq').on(t.postmortemId, t.repeatsPostmortemId),
    // "What repeated this one" (the other direction).
    index('recurrences_repeats_idx').on(t.repeatsPostmortemId),
  ],
);

/**
 * User corrections of cause analysis. They are inputs to every (re)analysis, never overwritten by it:
 * kind 'not-a-repeat' (a, b), 'merge' (cluster ids -> one), 'split' (postmortem out of its cluster),
 * 'relabel' (cluster label or postmortem category).
 */
export const causeCorrections = sqliteTable(
  'cause_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', {
      enum: ['not-a-repeat', 'merge', 'split', 'relabel-cluster', 'relabel-cause'],
    }).notNull(),
    postmortemId: integer('postmortem_id').references(() => postmortems.id, { onDelete: 'cascade' }),
    otherPostmortemId: integer('other_postmortem_id').references(() => postmortems.id, {
      onDelete: 'cascade',
    }),
    payloadJson: text('payload_json').notNull().default('{}'),
    createdBy: text('created_by'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    // Matching a new postmortem consults the corrections that name it.
    index('cause_corrections_pm_idx').on(t.postmortemId),
    index('cause_corrections_other_idx').on(t.otherPostmortemId),
  ],
);
