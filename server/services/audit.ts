import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { type Principal, requireRole } from './principal.js';

/**
 * Audit log: sign-ins, token changes, deletions, exports and erasures. Details must never carry a
 * secret or a person's name (erasure would have to find it again); use ids and counts.
 */
export type AuditAction =
  | 'session.sign-in'
  | 'session.sign-in-failed'
  | 'session.sign-out'
  | 'token.create'
  | 'token.revoke'
  | 'postmortem.delete'
  | 'export'
  | 'person.erase'
  | (string & {});

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  /** A string, or SQL computing it inside the same batch (the id of a row inserted just before). */
  target?: string | SQL | null;
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

/** The insert as a statement, so callers put it in the same `db.batch` as the change it records. */
export function auditStatement(db: Db, entry: AuditEntry) {
  return db.insert(auditLog).values({
    actor: entry.actor.slice(0, 500),
    action: entry.action,
    target: entry.target ?? null,
    detailJson: JSON.stringify(entry.detail ?? {}),
    requestId: entry.requestId ?? null,
  });
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await auditStatement(db, entry);
}

export interface AuditQuery {
  action?: string | undefined;
  /** Return entries older than this id (the previous page's `nextBefore`). */
  before?: number | undefined;
  limit: number;
}

export async function listAudit(db: Db, principal: Principal, q: AuditQuery) {
  requireRole(principal, 'admin');
  const conditions: SQL[] = [];
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.before) conditions.push(lt(auditLog.id, q.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      detail: parseDetail(r.detailJson),
      requestId: r.requestId,
    })),
    nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function parseDetail(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new ApiError('internal', 'An audit entry is not valid JSON.');
  }
}
