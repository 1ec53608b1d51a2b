import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, type Role, sessions, tokens } from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { randomSecret, sha256Hex } from '../lib/crypto.js';
import type { Principal } from './principal.js';

/** Token secrets carry a recognisable prefix so leaked ones are easy to spot in logs and scanners. */
const TOKEN_PREFIX = 'pulse_';
export const SESSION_COOKIE = 'pulse_session';
const SESSION_DAYS = 14;

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
  actor: string,
): Promise<CreatedToken> {
  const secret = TOKEN_PREFIX + randomSecret(32);
  const teams = input.teams ?? [];
  const [row] = await db
    .insert(tokens)
    .values({
      name: input.name,
      role: input.role,
      teamsJson: JSON.stringify(teams),
      secretHash: await sha256Hex(secret),
      expiresAt: input.expiresAt ?? null,
    })
    .returning({ id: tokens.id });
  if (!row) throw new ApiError('internal', 'Token was not stored.');
  await db.insert(auditLog).values({
    actor,
    action: 'token.create',
    target: `token:${row.id}`,
    detailJson: JSON.stringify({ name: input.name, role: input.role, teams }),
  });
  return { id: row.id, name: input.name, role: input.role, teams, expiresAt: input.expiresAt ?? null, secret };
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

export async function revokeToken(db: Db, id: number, actor: string): Promise<void> {
  const now = new Date().toISOString();
  const revoked = await db
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.id, id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  if (revoked.length === 0) throw new ApiError('not_found', `No active token with id ${id}.`, 'id');
  // Sessions opened with the token end with it.
  await db.batch([
    db.delete(sessions).where(eq(sessions.tokenId, id)),
    db.insert(auditLog).values({ actor, action: 'token.revoke', target: `token:${id}` }),
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

/** Opens a dashboard session for an authenticated principal (token exchange or single sign-on). */
export async function createSession(db: Db, principal: Omit<Principal, 'via' | 'sessionId'>, now: Date): Promise<CreatedSession> {
  const cookieValue = randomSecret(32);
  const csrfToken = randomSecret(24);
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await db.batch([
    db.insert(sessions).values({
      id: await sha256Hex(cookieValue),
      role: principal.role,
      teamsJson: JSON.stringify(principal.teams),
      subject: principal.subject,
      tokenId: principal.tokenId,
      csrfHash: await sha256Hex(csrfToken),
      expiresAt,
    }),
    db.insert(auditLog).values({ actor: principal.subject, action: 'session.sign-in', detailJson: '{}' }),
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
