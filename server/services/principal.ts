import type { Role } from '../../db/schema/index.js';
import { ApiError } from '../errors.js';

/** Who is calling, after authentication. Aggregation is by team; `subject` is for the audit log only. */
export interface Principal {
  role: Role;
  /** Team ids this principal is scoped to (members; optionally ingest tokens). Empty = not scoped. */
  teams: string[];
  subject: string;
  via: 'token' | 'session' | 'cloudflare-access';
  tokenId: number | null;
  sessionId: string | null;
}

/** Read access to a team's data. Leaders and admins read everything; ingest tokens read nothing. */
export function canReadTeam(p: Principal, teamId: string | null): boolean {
  if (p.role === 'admin' || p.role === 'leader') return true;
  if (p.role === 'member') return teamId !== null && p.teams.includes(teamId);
  return false;
}

/** Write access (ingest, edits, dismissals). Ingest tokens scoped to teams write only those. */
export function canWriteTeam(p: Principal, teamId: string | null): boolean {
  if (p.role === 'admin') return true;
  if (p.role === 'ingest') return p.teams.length === 0 || (teamId !== null && p.teams.includes(teamId));
  if (p.role === 'member') return teamId !== null && p.teams.includes(teamId);
  return false;
}

/** Team filter a read query must apply: null = every team, else the allowed set. */
export function readableTeams(p: Principal): string[] | null {
  if (p.role === 'admin' || p.role === 'leader') return null;
  if (p.role === 'member') return p.teams;
  return [];
}

export function requireRole(p: Principal, ...roles: Role[]): void {
  if (!roles.includes(p.role)) {
    throw new ApiError('forbidden', `This action needs one of the roles: ${roles.join(', ')}.`);
  }
}

export function assertCanRead(p: Principal, teamId: string | null): void {
  if (!canReadTeam(p, teamId)) throw new ApiError('not_found', 'Not found.');
}

export function assertCanWrite(p: Principal, teamId: string | null): void {
  if (!canWriteTeam(p, teamId)) {
    throw new ApiError(
      'forbidden',
      teamId ? `No write access to team '${teamId}'.` : 'No write access to postmortems without a team.',
      'team',
    );
  }
}
