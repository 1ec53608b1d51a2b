/**
 * Digest subscriptions: who gets which scope, when (local weekday and hour in an IANA zone).
 * Access: admins manage every subscription; a leader may subscribe to the organisation (or any teams);
 * a member only to teams they belong to. Non-admins see and remove only subscriptions whose address is
 * their own signed-in identity; holders of API tokens (no address) use the unsubscribe link instead.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { subscriptions } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import type { Principal } from '../principal.js';
import { isValidTimeZone } from './schedule.js';

export const subscriptionInputSchema = z.object({
  email: z.email().max(320).optional(),
  scope: z.enum(['org', 'teams']),
  teams: z.array(z.string().min(1).max(100)).max(100).optional(),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin')
    .default('UTC'),
  sendDay: z.number().int().min(1).max(7).default(1),
  sendHour: z.number().int().min(0).max(23).default(8),
});
export type SubscriptionInput = z.input<typeof subscriptionInputSchema>;

export type Subscription = typeof subscriptions.$inferSelect;

export interface SubscriptionView {
  id: number;
  email: string;
  scope: 'org' | 'teams';
  teams: string[];
  timeZone: string;
  sendDay: number;
  sendHour: number;
  createdAt: string;
}

export function teamsOf(sub: Pick<Subscription, 'teamsJson'>): string[] {
  try {
    const parsed: unknown = JSON.parse(sub.teamsJson);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function viewSubscription(sub: Subscription): SubscriptionView {
  return {
    id: sub.id,
    email: sub.email,
    scope: sub.scope,
    teams: teamsOf(sub),
    timeZone: sub.timeZone,
    sendDay: sub.sendDay,
    sendHour: sub.sendHour,
    createdAt: sub.createdAt,
  };
}

/** The address a principal signed in as (OIDC sessions carry it in the subject), or null for tokens. */
export function principalEmail(p: Principal): string | null {
  const match = /(?:^|:)([^\s:@]+@[^\s:@]+\.[^\s:@]+)$/.exec(p.subject);
  return match ? match[1]!.toLowerCase() : null;
}

function assertMayCreate(p: Principal, email: string, scope: 'org' | 'teams', teams: string[]): void {
  if (p.role === 'admin') return;
  if (p.role === 'ingest')
    throw new ApiError('forbidden', 'Ingest tokens cannot manage digest subscriptions.');
  const own = principalEmail(p);
  if (own && own !== email)
    throw new ApiError('forbidden', 'You can subscribe only your own address.', 'email');
  if (p.role === 'leader') return;
  if (scope === 'org')
    throw new ApiError('forbidden', 'Members may subscribe to their own teams only.', 'scope');
  const foreign = teams.filter((t) => !p.teams.includes(t));
  if (foreign.length) throw new ApiError('forbidden', `Not a member of: ${foreign.join(', ')}.`, 'teams');
}

/** Creates (or, for the same address and scope, updates the send time of) a subscription. */
export async function subscribe(
  db: Db,
  principal: Principal,
  raw: unknown,
  now: Date,
): Promise<SubscriptionView> {
  const parsed = subscriptionInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.length ? issue.path.map(String).join('.') : null;
    throw new ApiError('validation_failed', `${field ?? 'body'}: ${issue.message}`, field);
  }
  const input = parsed.data;
  const email = (input.email ?? principalEmail(principal) ?? '').toLowerCase();
  if (!email)
    throw new ApiError(
      'validation_failed',
      'email: required (this credential has no address of its own)',
      'email',
    );
  const teams = input.scope === 'org' ? [] : [...new Set(input.teams ?? [])].sort();
  if (input.scope === 'teams' && teams.length === 0)
    throw new ApiError('validation_failed', 'teams: give at least one team for scope "teams"', 'teams');
  assertMayCreate(principal, email, input.scope, teams);
  const values = {
    email,
    scope: input.scope,
    teamsJson: JSON.stringify(teams),
    timeZone: input.timeZone,
    sendDay: input.sendDay,
    sendHour: input.sendHour,
    createdAt: now.toISOString(),
  };
  const [row] = await db
    .insert(subscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: [subscriptions.email, subscriptions.scope, subscriptions.teamsJson],
      set: { timeZone: values.timeZone, sendDay: values.sendDay, sendHour: values.sendHour },
    })
    .returning();
  return viewSubscription(row!);
}

export async function listSubscriptions(db: Db, principal: Principal): Promise<SubscriptionView[]> {
  const active = isNull(subscriptions.unsubscribedAt);
  if (principal.role === 'admin') {
    return (await db.select().from(subscriptions).where(active).orderBy(asc(subscriptions.id))).map(
      viewSubscription,
    );
  }
  const own = principalEmail(principal);
  if (!own || principal.role === 'ingest') return [];
  return (
    await db
      .select()
      .from(subscriptions)
      .where(and(active, eq(subscriptions.email, own)))
      .orderBy(asc(subscriptions.id))
  ).map(viewSubscription);
}

/** Ends a subscription. Returns false when there is no such live subscription (or it is not the caller's). */
export async function unsubscribe(db: Db, principal: Principal | null, id: number): Promise<boolean> {
  const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.id, id));
  if (!sub || sub.unsubscribedAt) return false;
  // principal null: the caller proved a signed unsubscribe link.
  if (principal && principal.role !== 'admin' && principalEmail(principal) !== sub.email) return false;
  // Deleted rather than flagged, so the address is not kept after the person asked to leave; the
  // outbox keeps its own copy of past recipients for the at-most-once guarantee.
  const gone = await db
    .delete(subscriptions)
    .where(eq(subscriptions.id, id))
    .returning({ id: subscriptions.id });
  return gone.length > 0;
}

export async function activeSubscriptions(db: Db): Promise<Subscription[]> {
  // Organisation digests first: a person subscribed to both gets the wider one (one digest per address and week).
  return db
    .select()
    .from(subscriptions)
    .where(isNull(subscriptions.unsubscribedAt))
    .orderBy(asc(subscriptions.scope), asc(subscriptions.id));
}
