import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { teams } from './org.js';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * One incident's postmortem. Identity is (source, external_id). Dates come from the document and stay
 * null when it does not state them; `created_at`/`updated_at` are import bookkeeping, never metrics.
 * The analysis columns are copies from the current revision so the dashboard aggregates one table.
 */
export const postmortems = sqliteTable(
  'postmortems',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    currentRevisionId: integer('current_revision_id'),
    title: text('title').notNull(),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'set null' }),
    /** YYYY-MM-DD, the incident date as the document gives it. */
    occurredOn: text('occurred_on'),
    startedAt: text('started_at'),
    detectedAt: text('detected_at'),
    resolvedAt: text('resolved_at'),
    /** YYYY-MM-DD the postmortem was published, as the document gives it. */
    publishedOn: text('published_on'),
    timeToDetectMinutes: real('time_to_detect_minutes'),
    timeToRecoverMinutes: real('time_to_recover_minutes'),
    severity: text('severity', { enum: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] }),
    summary: text('summary'),
    blameScore: integer('blame_score'),
    blameful: integer('blameful', { mode: 'boolean' }),
    blameFindingCount: integer('blame_finding_count'),
    causeCategory: text('cause_category'),
    clusterId: integer('cluster_id'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    /**
     * The list's sort key: undated postmortems sort after every dated one. Generated (virtual) so no
     * write path has to maintain it and an ALTER TABLE adds it without rebuilding the table.
     */
    sortDate: text('sort_date').generatedAlwaysAs(sql`coalesce(occurred_on, '0000-00-00')`, {
      mode: 'virtual',
    }),
  },
  (t) => [
    // Identity: the same document again must hit the same row; also serialises concurrent duplicate ingests.
    uniqueIndex('postmortems_identity_uq').on(t.source, t.externalId),
    // Every dashboard metric filters by team and incident date range.
    index('postmortems_team_date_idx').on(t.teamId, t.occurredOn),
    // Organisation-wide metrics filter by date alone.
    index('postmortems_date_idx').on(t.occurredOn),
    // Cause report: incidents of a cluster.
    index('postmortems_cluster_idx').on(t.clusterId),
    // `pulse demo remove` and the "demo data present" banner.
    index('postmortems_demo_idx').on(t.isDemo),
    // The list's stable order (undated last, newest first): `ORDER BY sort_date desc, id desc LIMIT n`
    // walks this index instead of sorting every row.
    index('postmortems_list_order_idx').on(t.sortDate, t.id),
  ],
);

/** Services a postmortem names (the filter "service" and the cause analysis' component overlap). */
export const postmortemServices = sqliteTable(
  'postmortem_services',
  {
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    service: text('service').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.postmortemId, t.service] }),
    // List filter by service.
    index('postmortem_services_service_idx').on(t.service),
  ],
);

/** Every distinct content a postmortem has had. The current one (postmortems.current_revision_id) is what metrics read. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    /** sha-256 of the raw document: unchanged documents are detected without parsing. */
    contentHash: text('content_hash').notNull(),
    contentType: text('content_type', { enum: ['markdown', 'html', 'json'] }).notNull(),
    /** The raw document as received. */
    raw: text('raw').notNull(),
    /** The markdown body that section and finding offsets refer to. */
    body: text('body').notNull(),
    /** The ParsedPostmortem as JSON (minus body). */
    parsedJson: text('parsed_json').notNull(),
    parserVersion: text('parser_version').notNull(),
    blameVersion: text('blame_version'),
    blameScore: integer('blame_score'),
    blameful: integer('blameful', { mode: 'boolean' }),
    causesVersion: text('causes_version'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [
    // Revision history of a postmortem, newest first.
    uniqueIndex('revisions_postmortem_number_uq').on(t.postmortemId, t.number),
    // `pulse reanalyze` finds revisions analysed by an older version.
    index('revisions_blame_version_idx').on(t.blameVersion),
  ],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    revisionId: integer('revision_id')
      .notNull()
      .references(() => revisions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    heading: text('heading').notNull(),
    level: integer('level').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  // The postmortem page loads a revision's sections.
  (t) => [index('sections_revision_idx').on(t.revisionId)],
);

/** Root-cause / trigger / contributing-factor statements of the current revision. */
export const causeStatements = sqliteTable(
  'cause_statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['root-cause', 'trigger', 'contributing'] }).notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  // The postmortem page and the cause report read one postmortem's statements.
  (t) => [index('cause_statements_postmortem_idx').on(t.postmortemId)],
);

export const ACTION_ITEM_STATUSES = ['open', 'done', 'wont-do', 'unknown'] as const;
export const STATUS_SOURCES = ['document', 'api', 'tracker'] as const;

/**
 * Follow-ups. `key` identifies an item across revisions (normalised text), so a status set by the API
 * or a tracker survives a re-import of an unchanged item. Owner is stored and shown with the item but
 * the product never filters, sorts, groups or aggregates by it.
 */
export const actionItems = sqliteTable(
  'action_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postmortemId: integer('postmortem_id')
      .notNull()
      .references(() => postmortems.id, { onDelete: 'cascade' }),
    /** Denormalised from the postmortem so team metrics need no join. */
    teamId: text('team_id'),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    owner: text('owner'),
    status: text('status', { enum: ACTION_ITEM_STATUSES }).notNull(),
    /** The status as the document last stated it: a re-import overrides an API/tracker status only when this changes. */
    documentStatus: text('document_status', { enum: ACTION_ITEM_STATUSES }).notNull(),
    /** YYYY-MM-DD as the document (or API) gives it. */
    dueOn: text('due_on'),
    /** YYYY-MM-DD: the postmortem's date unless stated; null when neither is known. */
    createdOn: text('created_on'),
    /** YYYY-MM-DD when it was completed (or won't-do decided), from a tracker, the API or the document. */
    completedOn: text('completed_on'),
    trackerRef: text('tracker_ref'),
    kind: text('kind'),
    priority: text('priority'),
    statusSource: text('status_source', { enum: STATUS_SOURCES }).notNull().default('document'),
    statusUpdatedAt: text('status_updated_at'),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    // One item per key per postmortem: revisions update items in place.
    uniqueIndex('action_items_postmortem_key_uq').on(t.postmortemId, t.key),
    // Action-item metrics: per team, by status and dates.
    index('action_items_team_status_idx').on(t.teamId, t.status, t.dueOn),
    // Webhooks find the items a ticket completes.
    index('action_items_tracker_idx').on(t.trackerRef),
    // Organisation-wide action-item metrics: items completed in a date range, and open (overdue) items,
    // as index ranges instead of a skip-scan of every team's items (about 5x faster at 500k items).
    index('action_items_status_completed_idx').on(t.status, t.completedOn),
  ],
);
