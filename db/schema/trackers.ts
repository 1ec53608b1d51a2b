import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** Webhook delivery ids already processed: a redelivery changes nothing. */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: text('id').primaryKey(),
  provider: text('provider', { enum: ['github', 'jira'] }).notNull(),
  event: text('event').notNull(),
  receivedAt: text('received_at').notNull().default(now),
});

/**
 * Last known state of each tracker ticket, kept even when no action item references it yet
 * ("stored for later matching"). `event_at` orders events: an older event never overwrites a newer state.
 */
export const trackerTickets = sqliteTable(
  'tracker_tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    provider: text('provider', { enum: ['github', 'jira'] }).notNull(),
    /** Canonical reference: "org/repo#123" or "MOB-1450". */
    ref: text('ref').notNull(),
    url: text('url'),
    state: text('state', { enum: ['open', 'done', 'wont-do'] }).notNull(),
    eventAt: text('event_at').notNull(),
    closedAt: text('closed_at'),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('tracker_tickets_ref_uq').on(t.provider, t.ref)],
);
