import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Role, sessions, tokens } from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { randomSecret, sha256Hex } from '../lib/crypto.js';
import { auditStatement } from './audit.js';
import type { Principal } from './principal.js';

/** Token secrets carry a recognisable prefix so leaked ones are easy to spot in logs and scanners. */
const TOKEN_PREFIX = 'pulse_';
export const SESSION_COOKIE = 'pulse_session';
const SESSION_DAYS = 14;
/** lastUsedAt is bookkeeping for admins ("is this token still used?"); an hour's precision spares a write per request. */
const LAST_USED_PRECISION_MS = 3_600_000;

/** Context of a change, for the audit log. */
export interface AuditContext {
  actor: string;
  requestId?: string | null;
  now?: Date;
}

function auditContext(actor: string | AuditContext): AuditContext {
  return typeof actor === 'string' ? { actor } : actor;
}

export interface CreatedToken {
  id: number;
  name: string;
  role: Role;
  teams: string[];
  expiresAt: string | null;
  /** Shown once; only its hash is stored. */
  secret: string;
}

export async function createToken(
  db: Db,
  input: { name: string; role: Role; teams?: string[]; expiresAt?: string | null },
  actor: string | AuditContext,
): Promise<CreatedToken> {
  const ctx = auditContext(actor);
  const secret = TOKEN_PREFIX + randomSecret(32);
  const teams = [...new Set(input.teams ?? [])];
  const secretHash = await sha256Hex(secret);
  // One batch: a token never exists without its audit entry.
  const [inserted] = await db.batch([
    db
      .insert(tokens)
      .values({
        name: input.name,
        role: input.role,
        teamsJson: JSON.stringify(teams),
        secretHash,
        expiresAt: input.expiresAt ?? null,
      })
      .returning({ id: tokens.id }),
    auditStatement(db, {
      actor: ctx.actor,
      action: 'token.create',
      target: sql`'token:' || (SELECT id FROM tokens WHERE secret_hash = ${secretHash})`,
      detail: { name: input.name, role: input.role, teams, expiresAt: input.expiresAt ?? null },
      requestId: ctx.requestId ?? null,
    }),
  ]);
  const row = inserted[0];
  if (!row) throw new ApiError('internal', 'Token was not stored.');
  return {
    id: row.id,
    name: input.name,
    role: input.role,
    teams,
    expiresAt: input.expiresAt ?? null,
    secret,
  };
}

export async function listTokens(db: Db) {
  const rows = await db.select().from(tokens).orderBy(desc(tokens.id));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    role: t.role,
    teams: JSON.parse(t.teamsJson) as string[],
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
  }));
}

export async function revokeToken(db: Db, id: number, actor: string | AuditContext): Promise<void> {
  const ctx = auditContext(actor);
  const now = (ctx.now ?? new Date()).toISOString();
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.id, id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  if (revoked.length === 0) throw new ApiError('not_found', `No active token with id ${id}.`, 'id');
  // Sessions opened with the token end with it.
  await db.batch([
    db.delete(sessions).where(eq(sessions.tokenId, id)),
    auditStatement(db, {
      actor: ctx.actor,
      action: 'token.revoke',
      target: `token:${id}`,
      requestId: ctx.requestId ?? null,
    }),
  ]);
}

/** Resolves a bearer secret to a principal, or null when unknown, revoked or expired. */
export async function principalFromToken(db: Db, secret: string, now: Date): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select()
    .from(tokens)
    .where(eq(tokens.secretHash, await sha256Hex(secret)))
    .limit(1);
  if (!row || row.revokedAt) return null;
  if (row.expiresAt && Date.parse(row.expiresAt) <= now.getTime()) return null;
  if (!row.lastUsedAt || Date.parse(row.lastUsedAt) < now.getTime() - LAST_USED_PRECISION_MS) {
    await db.update(tokens).set({ lastUsedAt: now.toISOString() }).where(eq(tokens.id, row.id));
  }
  return {
    role: row.role,
    teams: JSON.parse(row.teamsJson) as string[],
    subject: `token:${row.id}:${row.name}`,
    via: 'token',
    tokenId: row.id,
    sessionId: null,
  };
}

export interface CreatedSession {
  cookieValue: string;
  csrfToken: string;
  expiresAt: string;
}

/**
 * The CSRF token of a session is derived from its cookie secret, so `GET /api/auth/me` can hand it to a
 * dashboard that signed in by redirect (single sign-on) without the database holding it in clear. A
 * cross-site page can neither read the HttpOnly cookie nor the same-origin /me response.
 */
export async function csrfTokenFor(cookieValue: string): Promise<string> {
  return sha256Hex(`csrf:${cookieValue}`);
}

/** Opens a dashboard session for an authenticated principal (token exchange or single sign-on). */
export async function createSession(
  db: Db,
  principal: Omit<Principal, 'via' | 'sessionId'>,
  now: Date,
  meta: { via?: string; requestId?: string | null } = {},
): Promise<CreatedSession> {
  const cookieValue = randomSecret(32);
  const csrfToken = await csrfTokenFor(cookieValue);
  let expires = now.getTime() + SESSION_DAYS * 86_400_000;
  // A session opened with a token must not outlive the token's expiry.
  if (principal.tokenId !== null) {
    const [token] = await db
      .select({ expiresAt: tokens.expiresAt })
      .from(tokens)
      .where(eq(tokens.id, principal.tokenId));
    if (token?.expiresAt) expires = Math.min(expires, Date.parse(token.expiresAt));
  }
  const expiresAt = new Date(expires).toISOString();
  await db.batch([
    db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())),
    db.insert(sessions).values({
      id: await sha256Hex(cookieValue),
      role: principal.role,
      teamsJson: JSON.stringify(principal.teams),
      subject: principal.subject,
      tokenId: principal.tokenId,
      csrfHash: await sha256Hex(csrfToken),
      expiresAt,
    }),
    auditStatement(db, {
      actor: principal.subject,
      action: 'session.sign-in',
      detail: { via: meta.via ?? 'token', role: principal.role, teams: principal.teams },
      requestId: meta.requestId ?? null,
    }),
  ]);
  return { cookieValue, csrfToken, expiresAt };
}

export async function principalFromSession(
  db: Db,
  cookieValue: string,
  now: Date,
): Promise<(Principal & { csrfHash: string }) | null> {
  const id = await sha256Hex(cookieValue);
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  if (!row || Date.parse(row.expiresAt) <= now.getTime()) return null;
  return {
    role: row.role,
    teams: JSON.parse(row.teamsJson) as string[],
    subject: row.subject,
    via: 'session',
    tokenId: row.tokenId,
    sessionId: row.id,
    csrfHash: row.csrfHash,
  };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * First start on an empty database: create an admin token and return it once (printed with a sign-in
 * link, as Jupyter does). Returns null when any token already exists.
 */
export async function bootstrapAdminToken(db: Db): Promise<CreatedToken | null> {
  const [existing] = await db.select({ id: tokens.id }).from(tokens).limit(1);
  if (existing) return null;
  return createToken(db, { name: 'first-start admin', role: 'admin' }, 'system');
}
