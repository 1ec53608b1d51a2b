import { z } from 'zod';

/** Roles a person can get through single sign-on (ingest is for machines, so tokens only). */
const SSO_ROLES = ['admin', 'leader', 'member'] as const;
export type SsoRole = (typeof SSO_ROLES)[number];
const RANK: Record<SsoRole, number> = { member: 1, leader: 2, admin: 3 };

const groupMapSchema = z.record(
  z.string(),
  z.object({ role: z.enum(SSO_ROLES), teams: z.array(z.string().min(1).max(100)).max(200).default([]) }),
);
export type GroupMap = z.infer<typeof groupMapSchema>;

/** Parses OIDC_GROUP_MAP; a malformed map is a configuration error, reported with its first problem. */
export function parseGroupMap(json: string | undefined): GroupMap {
  if (!json) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('OIDC_GROUP_MAP is not valid JSON.');
  }
  const result = groupMapSchema.safeParse(raw);
  if (!result.success) throw new Error(`OIDC_GROUP_MAP: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

/**
 * Role and teams of someone in `groups`: the highest role any of their groups grants, and the teams of
 * every matched group (being in a team's group scopes you to it whatever role another group grants).
 * Null when none of the groups is mapped.
 */
export function mapGroups(
  groups: readonly string[],
  mapJson: string | undefined,
): { role: SsoRole; teams: string[] } | null {
  const map = parseGroupMap(mapJson);
  let role: SsoRole | null = null;
  const teams = new Set<string>();
  for (const group of groups) {
    const entry = Object.hasOwn(map, group) ? map[group] : undefined;
    if (!entry) continue;
    if (!role || RANK[entry.role] > RANK[role]) role = entry.role;
    for (const t of entry.teams) teams.add(t);
  }
  return role ? { role, teams: [...teams].sort() } : null;
}
