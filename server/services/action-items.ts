import { eq } from 'drizzle-orm';
import { normaliseTrackerRef } from '../../analysis/trackers/refs.js';
import type { Db } from '../../db/client.js';
import { actionItems } from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { serializeActionItem } from './postmortems.js';
import { assertCanRead, assertCanWrite, type Principal } from './principal.js';
import { applyKnownTicketStates } from './trackers.js';

export interface ActionItemPatch {
  status?: 'open' | 'done' | 'wont-do' | undefined;
  owner?: string | null | undefined;
  due?: string | null | undefined;
  ticket?: string | null | undefined;
  completedOn?: string | null | undefined;
}

export async function updateActionItem(
  db: Db,
  principal: Principal,
  id: number,
  patch: ActionItemPatch,
  now: Date,
) {
  const [item] = await db.select().from(actionItems).where(eq(actionItems.id, id)).limit(1);
  if (!item) throw new ApiError('not_found', `No action item with id ${id}.`, 'id');
  if (principal.role !== 'ingest') assertCanRead(principal, item.teamId);
  assertCanWrite(principal, item.teamId);
  const set: Partial<typeof actionItems.$inferInsert> = {};
  if (patch.owner !== undefined) set.owner = patch.owner?.replace(/^@/, '') ?? null;
  if (patch.due !== undefined) set.dueOn = patch.due;
  if (patch.ticket !== undefined)
    set.trackerRef = patch.ticket === null ? null : (normaliseTrackerRef(patch.ticket)?.ref ?? patch.ticket);
  if (patch.status !== undefined) {
    set.status = patch.status;
    set.statusSource = 'api';
    set.statusUpdatedAt = now.toISOString();
    set.completedOn = patch.status === 'open' ? null : (patch.completedOn ?? now.toISOString().slice(0, 10));
  } else if (patch.completedOn !== undefined) {
    set.completedOn = patch.completedOn;
  }
  await db.update(actionItems).set(set).where(eq(actionItems.id, id));
  // A newly linked ticket Pulse already heard about decides the status at once.
  if (patch.ticket && patch.status === undefined) await applyKnownTicketStates(db, item.postmortemId);
  const [updated] = await db.select().from(actionItems).where(eq(actionItems.id, id));
  const result = serializeActionItem(updated!);
  // Ingest tokens write but never read: confirm the change without echoing the item's content.
  if (principal.role === 'ingest')
    return {
      id: result.id,
      status: result.status,
      due: result.due,
      completedOn: result.completedOn,
      statusSource: result.statusSource,
    };
  return result;
}
