import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Teams are the unit every figure is aggregated to (never people). `id` is a slug ("payments"). */
export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** Service catalogue: a document that names services but no team is attributed to the owner of its first known service. */
export const services = sqliteTable(
  'services',
  {
    /** Normalised (lower-case, trimmed) service name. */
    name: text('name').primaryKey(),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  // The team page lists a team's services.
  (t) => [index('services_team_idx').on(t.teamId)],
);
