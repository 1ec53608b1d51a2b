import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.js';
import { actionItems, postmortems } from '../../../db/schema/index.js';
import { assertCanRead, type Principal, requireRole } from '../principal.js';
import { effectiveDue, itemScope, type SloDays } from './action-items.js';
import { daysBetween } from './calendar.js';

export const actionItemListQuery = z.object({
  team: z.string().min(1).max(100).optional(),
  status: z.enum(['open', 'done', 'wont-do', 'unknown']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

/** Follow-ups that rely on people trying harder rather than changing the system. */
const VAGUE =
  /\b(be (more )?(careful|vigilant|diligent|attentive)|pay (more )?attention|double[- ]check|remind (everyone|the team|people)|try harder|don'?t (do that|let it happen) again|make sure (to|that)|remember to)\b/i;

export type QualityFlag = 'vague' | 'no-owner' | 'no-due-date';

export function qualityFlags(item: {
  text: string;
  owner: string | null;
  dueOn: string | null;
}): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (VAGUE.test(item.text)) flags.push('vague');
  if (!item.owner) flags.push('no-owner');
  if (!item.dueOn) flags.push('no-due-date');
  return flags;
}

/**
 * A team's (or every readable team's) action items, overdue first (oldest due date first), then open
 * by due date, then the rest. Never filtered or sorted by owner.
 */
export async function listActionItems(
  db: Db,
  principal: Principal,
  f: z.infer<typeof actionItemListQuery>,
  today: string,
  slo: SloDays,
) {
  requireRole(principal, 'admin', 'leader', 'member');
  if (f.team) assertCanRead(principal, f.team);
  const due = effectiveDue(slo);
  const overdue = sql<number>`(${actionItems.status} = 'open' and ${due} < ${today})`;
  const rows = await db
    .select({
      id: actionItems.id,
      postmortemId: actionItems.postmortemId,
      postmortemTitle: postmortems.title,
      team: actionItems.teamId,
      text: actionItems.text,
      owner: actionItems.owner,
      status: actionItems.status,
      dueOn: actionItems.dueOn,
      effectiveDue: sql<string | null>`${due}`,
      createdOn: actionItems.createdOn,
      completedOn: actionItems.completedOn,
      ticket: actionItems.trackerRef,
      overdue,
    })
    .from(actionItems)
    .innerJoin(postmortems, eq(postmortems.id, actionItems.postmortemId))
    .where(
      and(
        itemScope(principal, { team: f.team ?? null }),
        f.status ? eq(actionItems.status, f.status) : undefined,
        f.overdue === 'true' ? sql`${overdue}` : f.overdue === 'false' ? sql`not ${overdue}` : undefined,
      ),
    )
    .orderBy(
      sql`${overdue} desc`,
      sql`${actionItems.status} = 'open' desc`,
      asc(sql`coalesce(${due}, '9999-99-99')`),
      asc(actionItems.id),
    )
    .limit(f.limit);
  return {
    asOf: today,
    items: rows.map(({ dueOn, effectiveDue: eff, overdue: isOverdue, ...r }) => ({
      ...r,
      due: dueOn,
      effectiveDue: eff,
      dueSource: dueOn ? 'document' : eff ? 'slo' : null,
      overdue: Boolean(Number(isOverdue)),
      ageDays: Number(isOverdue) && eff ? daysBetween(eff, today) : null,
      quality: qualityFlags({ text: r.text, owner: r.owner, dueOn }),
    })),
  };
}
