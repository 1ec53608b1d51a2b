import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Weekly digest subscriptions: a recipient, a scope (organisation or teams), and a local send time. */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    scope: text('scope', { enum: ['org', 'teams'] }).notNull(),
    teamsJson: text('teams_json').notNull().default('[]'),
    timeZone: text('time_zone').notNull().default('UTC'),
    /** ISO weekday, 1 = Monday. */
    sendDay: integer('send_day').notNull().default(1),
    sendHour: integer('send_hour').notNull().default(8),
    createdAt: text('created_at').notNull().default(now),
    unsubscribedAt: text('unsubscribed_at'),
  },
  // One live subscription per recipient and scope.
  (t) => [uniqueIndex('subscriptions_email_uq').on(t.email, t.scope, t.teamsJson)],
);

/**
 * Never twice: one row per recipient and ISO week, written (status 'sending') before the SMTP
 * attempt. A row left in 'sending' after a crash is reported and never retried (at most once).
 */
export const digestOutbox = sqliteTable(
  'digest_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriptionId: integer('subscription_id').notNull(),
    recipient: text('recipient').notNull(),
    isoWeek: text('iso_week').notNull(),
    messageId: text('message_id').notNull(),
    status: text('status', { enum: ['sending', 'sent', 'retry', 'failed', 'uncertain'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [
    uniqueIndex('digest_outbox_recipient_week_uq').on(t.recipient, t.isoWeek),
    // The tick picks rows due for retry.
    index('digest_outbox_status_idx').on(t.status, t.nextAttemptAt),
  ],
);
