import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { githubRefCandidates } from '../../analysis/trackers/refs.js';
import { type Db, runBatch } from '../../db/client.js';
import { actionItems, trackerTickets, webhookDeliveries } from '../../db/schema/index.js';

export type TicketState = 'open' | 'done' | 'wont-do';

/** One tracker event, reduced to what action items need. */
export interface TicketEvent {
  provider: 'github' | 'jira';
  /** Canonical ref ("org/repo#12", "MOB-1450"). */
  ref: string;
  /** Refs action items may carry for this ticket (GitHub: also "#12"). */
  matchRefs: string[];
  url: string | null;
  state: TicketState;
  /** When the tracker says this state began (ISO); orders events so older ones never win. */
  eventAt: string;
  closedAt: string | null;
}

/**
 * Records a delivery id; false when it was seen before (a redelivery changes nothing). Decided by the
 * insert's `.returning()`, which works the same on libsql and D1.
 */
export async function recordDelivery(
  db: Db,
  provider: 'github' | 'jira',
  id: string,
  event: string,
): Promise<boolean> {
  const inserted = await db
    .insert(webhookDeliveries)
    .values({ id: `${provider}:${id}`, provider, event })
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  return inserted.length > 0;
}

/**
 * Stores the ticket's state unless a newer event already did (out-of-order safe), then applies the
 * stored state to the action items that reference it. Unknown tickets are kept for later matching.
 * Returns whether the state changed.
 */
export async function applyTicketEvent(db: Db, event: TicketEvent): Promise<boolean> {
  const changed = await db
    .insert(trackerTickets)
    .values({
      provider: event.provider,
      ref: event.ref,
      url: event.url,
      state: event.state,
      eventAt: event.eventAt,
      closedAt: event.closedAt,
    })
    .onConflictDoUpdate({
      target: [trackerTickets.provider, trackerTickets.ref],
      set: {
        state: event.state,
        eventAt: event.eventAt,
        closedAt: event.closedAt,
        url: sql`coalesce(${event.url}, ${trackerTickets.url})`,
        updatedAt: new Date().toISOString(),
      },
      // An older event never overwrites a newer state.
      setWhere: sql`${trackerTickets.eventAt} < excluded.event_at`,
    })
    .returning({ id: trackerTickets.id });
  if (changed.length === 0) return false;
  await applyStateToItems(db, event.matchRefs, event.state, event.closedAt, event.eventAt);
  return true;
}

async function applyStateToItems(
  db: Db,
  refs: string[],
  state: TicketState,
  closedAt: string | null,
  eventAt: string,
) {
  const completedOn = state === 'open' ? null : (closedAt ?? eventAt).slice(0, 10);
  await db
    .update(actionItems)
    .set({ status: state, completedOn, statusSource: 'tracker', statusUpdatedAt: eventAt })
    .where(inArray(actionItems.trackerRef, refs));
}

/**
 * After an ingest: items whose ticket Pulse has already heard about take the ticket's state (a
 * delivery may arrive before the postmortem that references the ticket).
 */
export async function applyKnownTicketStates(db: Db, postmortemId: number): Promise<void> {
  const rows = await db
    .select({
      itemId: actionItems.id,
      state: trackerTickets.state,
      closedAt: trackerTickets.closedAt,
      eventAt: trackerTickets.eventAt,
      source: actionItems.statusSource,
      status: actionItems.status,
    })
    .from(actionItems)
    .innerJoin(
      trackerTickets,
      sql`${trackerTickets.ref} = ${actionItems.trackerRef} or (${trackerTickets.provider} = 'github' and ${actionItems.trackerRef} like '#%' and ${trackerTickets.ref} like '%' || ${actionItems.trackerRef})`,
    )
    .where(and(eq(actionItems.postmortemId, postmortemId), isNotNull(actionItems.trackerRef)));
  await runBatch(
    db,
    rows
      .filter((r) => r.source !== 'tracker' || r.status !== r.state)
      .map((r) =>
        db
          .update(actionItems)
          .set({
            status: r.state,
            completedOn: r.state === 'open' ? null : (r.closedAt ?? r.eventAt).slice(0, 10),
            statusSource: 'tracker',
            statusUpdatedAt: r.eventAt,
          })
          .where(eq(actionItems.id, r.itemId)),
      ),
  );
}

// ---- payloads: documented shapes, reduced to TicketEvent -------------------------------------------

interface GithubIssuesPayload {
  action?: string;
  issue?: {
    number?: number;
    html_url?: string;
    state?: string;
    state_reason?: string | null;
    closed_at?: string | null;
    updated_at?: string;
  };
  repository?: { full_name?: string };
}

const GITHUB_ACTIONS = new Set(['opened', 'closed', 'reopened', 'assigned', 'unassigned', 'edited']);

/** GitHub `issues` event → ticket event; null for actions that do not change status. */
export function githubIssueEvent(payload: GithubIssuesPayload): TicketEvent | null {
  const { issue, repository } = payload;
  if (!payload.action || !GITHUB_ACTIONS.has(payload.action) || !issue?.number || !repository?.full_name)
    return null;
  const closed = issue.state === 'closed';
  const state: TicketState = !closed ? 'open' : issue.state_reason === 'not_planned' ? 'wont-do' : 'done';
  const [ref, ...rest] = githubRefCandidates(repository.full_name, issue.number);
  return {
    provider: 'github',
    ref: ref!,
    matchRefs: [ref!, ...rest, ...(issue.html_url ? [issue.html_url] : [])],
    url: issue.html_url ?? null,
    state,
    eventAt:
      (payload.action === 'closed' && issue.closed_at ? issue.closed_at : issue.updated_at) ??
      new Date(0).toISOString(),
    closedAt: closed ? (issue.closed_at ?? null) : null,
  };
}

interface JiraIssuePayload {
  webhookEvent?: string;
  timestamp?: number;
  issue?: {
    key?: string;
    self?: string;
    fields?: {
      status?: { name?: string; statusCategory?: { key?: string } };
      resolution?: { name?: string } | null;
      resolutiondate?: string | null;
      updated?: string;
    };
  };
}

const WONT_DO = /won'?t (do|fix)|declined|not (planned|needed)|obsolete|cancel+ed|duplicate/i;

/** Jira issue updated / transitioned → ticket event. */
export function jiraIssueEvent(payload: JiraIssuePayload): TicketEvent | null {
  const issue = payload.issue;
  if (!issue?.key || !payload.webhookEvent?.startsWith('jira:issue_')) return null;
  const fields = issue.fields ?? {};
  const category = fields.status?.statusCategory?.key;
  const done = category === 'done';
  const resolution = fields.resolution?.name ?? '';
  const state: TicketState = !done
    ? 'open'
    : WONT_DO.test(resolution) || WONT_DO.test(fields.status?.name ?? '')
      ? 'wont-do'
      : 'done';
  const eventAt = payload.timestamp
    ? new Date(payload.timestamp).toISOString()
    : fields.updated
      ? new Date(fields.updated).toISOString()
      : new Date(0).toISOString();
  const ref = issue.key.toUpperCase();
  const base = issue.self ? new URL(issue.self).origin : null;
  return {
    provider: 'jira',
    ref,
    matchRefs: [ref, ...(base ? [`${base}/browse/${ref}`] : [])],
    url: base ? `${base}/browse/${ref}` : null,
    state,
    eventAt,
    closedAt: done ? (fields.resolutiondate ? new Date(fields.resolutiondate).toISOString() : eventAt) : null,
  };
}

/** Distinct refs of one provider that action items carry (for the backfill command). */
export async function referencedTickets(db: Db, provider: 'github' | 'jira'): Promise<string[]> {
  const rows = await db
    .selectDistinct({ ref: actionItems.trackerRef })
    .from(actionItems)
    .where(isNotNull(actionItems.trackerRef));
  return rows
    .map((r) => r.ref!)
    .filter((ref) => (provider === 'github' ? ref.includes('#') : /^[A-Z][A-Z0-9_]*-\d+$/.test(ref)));
}
