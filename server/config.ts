import { z } from 'zod';

/**
 * Environment, parsed once at the entry point (Node server, CLI or Worker). Nothing else reads env.
 */
const booleanish = z
  .enum(['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['on', 'true', '1', 'yes'].includes(v));

export const configSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:./data/pulse.db'),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  PUBLIC_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default('Postmortem Pulse <pulse@localhost>'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_API_URL: z.url().optional(),
  MAIL_API_KEY: z.string().min(1).optional(),
  PULSE_DEMO: booleanish.default(true),
  /** Secret for signed links (unsubscribe) and webhook-independent signatures; generated and stored when absent. */
  PULSE_SECRET: z.string().min(16).optional(),
  GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
  JIRA_WEBHOOK_SECRET: z.string().min(1).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  /** JSON object mapping group names to {role, teams}: {"sre-leads": {"role": "leader"}}. */
  OIDC_GROUP_MAP: z.string().optional(),
  /** Scopes asked for at sign-in; add the one your provider needs to release the groups claim. */
  OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  /** Where the identity provider sends users back; default PUBLIC_URL (or the request origin) + /api/auth/oidc/callback. */
  OIDC_REDIRECT_URL: z.url().optional(),
  /** Cloudflare Access in front of the Worker: team name (<team>.cloudflareaccess.com) and application audience tag. */
  CF_ACCESS_TEAM: z
    .string()
    .regex(/^[a-z0-9-]+$/i, 'the team name only, as in <team>.cloudflareaccess.com')
    .optional(),
  CF_ACCESS_AUD: z.string().min(1).optional(),
  /** Role for Cloudflare Access identities whose groups OIDC_GROUP_MAP does not map; unset = refuse them. */
  CF_ACCESS_DEFAULT_ROLE: z.enum(['admin', 'leader', 'member']).optional(),
  /** Behind a reverse proxy on Node: take the client address from X-Forwarded-For (never on by default: it is forgeable). */
  TRUST_PROXY: booleanish.default(false),
  /** Fixed one-minute windows, counted in the database per client address and per token. */
  RATE_LIMIT_SIGNIN_PER_MINUTE: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_INGEST_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Largest request body for /api/postmortems/bulk; every other route takes at most twice MAX_DOCUMENT_BYTES. */
  MAX_BULK_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(16 * 1024 * 1024),
  /** Max size of one document, bytes. */
  MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** Days after which an earlier incident no longer counts as the one a new one repeats. */
  RECURRENCE_WINDOW_DAYS: z.coerce.number().int().positive().default(365),
  /** SLO for action items without a due date: days after the incident, by severity. */
  SLO_DAYS_SEV12: z.coerce.number().int().positive().default(28),
  SLO_DAYS_OTHER: z.coerce.number().int().positive().default(56),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses an env record; throws ConfigError listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings mean "unset" (common in .env files and CI matrices).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
