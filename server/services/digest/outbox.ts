/**
 * The digest outbox: at most one digest per recipient and ISO week.
 *
 * A row is written in 'sending' (attempts + 1) BEFORE the mail goes out, by an insert-or-conflict (new
 * rows) or a compare-and-set update (retries) whose `.returning()` says whether this tick won the
 * claim, so two concurrent ticks never both send. While 'sending', `next_attempt_at` holds the end of
 * the claim's lease: a row still 'sending' after its lease means a crash between the attempt and the
 * bookkeeping, which is marked 'uncertain' and never resent (the server may well have delivered it).
 * A thrown or rejected send becomes 'retry' with exponential backoff, then 'failed' after MAX_ATTEMPTS.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { digestOutbox } from '../../../db/schema/index.js';

export type OutboxRow = typeof digestOutbox.$inferSelect;

export const MAX_ATTEMPTS = 5;
/** Longer than any single send may take; shorter than the hourly tick, so the next tick sees a crash. */
export const SENDING_LEASE_MS = 15 * 60_000;
/** First retry after 30 minutes (the next hourly tick), then 1 h, 2 h, 4 h. */
export const RETRY_BASE_MS = 30 * 60_000;

function at(now: Date, plusMs = 0): string {
  return new Date(now.getTime() + plusMs).toISOString();
}

export function retryDelayMs(attempts: number): number {
  return RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

export async function findOutboxRow(db: Db, recipient: string, isoWeek: string): Promise<OutboxRow | null> {
  const [row] = await db
    .select()
    .from(digestOutbox)
    .where(and(eq(digestOutbox.recipient, recipient), eq(digestOutbox.isoWeek, isoWeek)));
  return row ?? null;
}

/** Claims the first attempt for (recipient, week); null when a row already exists (sent, or another tick has it). */
export async function claimFirstAttempt(
  db: Db,
  args: { subscriptionId: number; recipient: string; isoWeek: string; messageId: string; now: Date },
): Promise<OutboxRow | null> {
  const [row] = await db
    .insert(digestOutbox)
    .values({
      subscriptionId: args.subscriptionId,
      recipient: args.recipient,
      isoWeek: args.isoWeek,
      messageId: args.messageId,
      status: 'sending',
      attempts: 1,
      nextAttemptAt: at(args.now, SENDING_LEASE_MS),
      createdAt: at(args.now),
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Claims a retry; null when another tick claimed it first (the row moved on from what we read). */
export async function claimRetry(db: Db, row: OutboxRow, now: Date): Promise<OutboxRow | null> {
  const [claimed] = await db
    .update(digestOutbox)
    .set({ status: 'sending', attempts: row.attempts + 1, nextAttemptAt: at(now, SENDING_LEASE_MS) })
    .where(
      and(
        eq(digestOutbox.id, row.id),
        eq(digestOutbox.status, 'retry'),
        eq(digestOutbox.attempts, row.attempts),
      ),
    )
    .returning();
  return claimed ?? null;
}

export async function markSent(db: Db, row: OutboxRow, now: Date): Promise<void> {
  await db
    .update(digestOutbox)
    .set({ status: 'sent', sentAt: at(now), nextAttemptAt: null, lastError: null })
    .where(eq(digestOutbox.id, row.id));
}

/** Records a failed attempt: 'retry' with backoff, or 'failed' once attempts are used up. */
export async function markAttemptFailed(
  db: Db,
  row: OutboxRow,
  error: string,
  now: Date,
): Promise<OutboxRow> {
  const exhausted = row.attempts >= MAX_ATTEMPTS;
  const [updated] = await db
    .update(digestOutbox)
    .set({
      status: exhausted ? 'failed' : 'retry',
      nextAttemptAt: exhausted ? null : at(now, retryDelayMs(row.attempts)),
      lastError: error.slice(0, 1000),
    })
    .where(and(eq(digestOutbox.id, row.id), eq(digestOutbox.status, 'sending')))
    .returning();
  return updated ?? row;
}

/** Gives up on a retry whose subscription is gone. */
export async function markAbandoned(db: Db, row: OutboxRow, reason: string): Promise<void> {
  await db
    .update(digestOutbox)
    .set({ status: 'failed', nextAttemptAt: null, lastError: reason })
    .where(and(eq(digestOutbox.id, row.id), eq(digestOutbox.status, 'retry')));
}

/** Rows whose 'sending' lease ran out: the process died mid-send. Marked 'uncertain', never resent. */
export async function markStaleSendsUncertain(db: Db, now: Date): Promise<OutboxRow[]> {
  return db
    .update(digestOutbox)
    .set({
      status: 'uncertain',
      nextAttemptAt: null,
      lastError: 'interrupted while sending; may or may not have been delivered',
    })
    .where(and(eq(digestOutbox.status, 'sending'), lte(digestOutbox.nextAttemptAt, at(now))))
    .returning();
}

export async function dueRetries(db: Db, now: Date): Promise<OutboxRow[]> {
  return db
    .select()
    .from(digestOutbox)
    .where(and(eq(digestOutbox.status, 'retry'), lte(digestOutbox.nextAttemptAt, at(now))));
}
