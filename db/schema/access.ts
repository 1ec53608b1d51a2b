import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export const ROLES = ['admin', 'leader', 'member', 'ingest'] as const;
export type Role = (typeof ROLES)[number];

/** API tokens: only the sha-256 of the secret is stored; the secret is shown once. */
export const tokens = sqliteTable('tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** JSON array of team ids (members and ingest tokens may be scoped). */
  teamsJson: text('teams_json').notNull().default('[]'),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull().default(now),
  expiresAt: text('expires_at'),
  revokedAt: text('revoked_at'),
  lastUsedAt: text('last_used_at'),
});

/** Dashboard sessions (cookie holds the secret; the database holds its hash). */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    role: text('role', { enum: ROLES }).notNull(),
    teamsJson: text('teams_json').notNull().default('[]'),
    subject: text('subject').notNull(),
    tokenId: integer('token_id'),
    csrfHash: text('csrf_hash').notNull(),
    createdAt: text('created_at').notNull().default(now),
    expiresAt: text('expires_at').notNull(),
  },
  // Expired-session cleanup.
  (t) => [index('sessions_expires_idx').on(t.expiresAt)],
);

/** Audit log of sign-ins, token changes, deletions, exports and erasures. Readable by admins. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    target: text('target'),
    detailJson: text('detail_json').notNull().default('{}'),
    requestId: text('request_id'),
  },
  // Admins read it newest first, optionally by action.
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_action_idx').on(t.action, t.at)],
);

/** Fixed-window rate limits kept in the database, so they hold across processes and isolates. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

/** Small key/value facts about the installation (signing secret, first-start done, demo notice). */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
