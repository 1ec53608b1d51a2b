import { ROLES } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { validate } from '../../lib/validate.js';
import { createTokenSchema } from '../../routes/admin.js';
import { createToken, listTokens, revokeToken } from '../../services/tokens.js';
import { cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse token create --role ROLE [--team TEAM]... [--name NAME] [--expires YYYY-MM-DD] [--json]
       pulse token list [--json]
       pulse token revoke ID

Roles: ${ROLES.join(', ')}. admin: tokens, teams, subscriptions, erasure; leader: reads everything;
member: reads and writes its --team(s); ingest: writes only (optionally only its --team(s)).
The secret is printed once and stored only as a hash. --expires: valid through that day (UTC).
Revoking a token also ends the dashboard sessions opened with it.
`;

function parse(args: string[]) {
  return parseCommandArgs(args, {
    role: { type: 'string' },
    team: { type: 'string', multiple: true },
    name: { type: 'string' },
    expires: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    io.stdout(HELP);
    return values.help ? EXIT_OK : 2;
  }
  if (!['create', 'list', 'revoke'].includes(action))
    throw new UsageError(`unknown action '${action}' (create, list, revoke)`);

  let input: ReturnType<typeof createTokenSchema.parse> | null = null;
  let revokeId: number | null = null;
  if (action === 'create') {
    if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
    if (!values.role) throw new UsageError('--role is required');
    try {
      input = validate(createTokenSchema, {
        name: values.name ?? `${values.role} token`,
        role: values.role,
        teams: values.team ?? [],
        expiresAt: values.expires ?? null,
      });
    } catch (error) {
      if (error instanceof ApiError) throw new UsageError(error.message);
      throw error;
    }
    if (input.expiresAt && Date.parse(input.expiresAt) <= Date.now())
      throw new UsageError('--expires must be in the future');
    if (input.role === 'member' && input.teams.length === 0)
      throw new UsageError('a member token needs at least one --team');
  } else if (action === 'revoke') {
    if (rest.length !== 1 || !/^[1-9]\d*$/.test(rest[0]!))
      throw new UsageError('give the id of the token to revoke (see `pulse token list`)');
    revokeId = Number(rest[0]);
  }

  const { db, close } = await openDatabase(cliConfig(io));
  try {
    if (input) {
      const created = await createToken(db, input, 'cli');
      if (values.json) io.stdout(`${JSON.stringify(created, null, 2)}\n`);
      else {
        io.stdout(
          `Created token ${created.id} (${created.role}${created.teams.length ? `, teams ${created.teams.join(', ')}` : ''}${created.expiresAt ? `, expires ${created.expiresAt}` : ''}).\n`,
        );
        io.stdout(`${created.secret}\n`);
        io.stderr('This secret is shown only once; store it now.\n');
      }
      return EXIT_OK;
    }
    if (revokeId !== null) {
      try {
        await revokeToken(db, revokeId, 'cli');
      } catch (error) {
        if (error instanceof ApiError && error.code === 'not_found') {
          io.stderr(`pulse token: ${error.message}\n`);
          return EXIT_FINDING;
        }
        throw error;
      }
      io.stdout(`Revoked token ${revokeId}.\n`);
      return EXIT_OK;
    }
    const tokens = await listTokens(db);
    if (values.json) io.stdout(`${JSON.stringify(tokens, null, 2)}\n`);
    else {
      io.stdout(
        `${'ID'.padEnd(5)} ${'ROLE'.padEnd(7)} ${'STATE'.padEnd(8)} ${'EXPIRES'.padEnd(24)} ${'TEAMS'.padEnd(20)} NAME\n`,
      );
      const now = Date.now();
      for (const t of tokens) {
        const state = t.revokedAt
          ? 'revoked'
          : t.expiresAt && Date.parse(t.expiresAt) <= now
            ? 'expired'
            : 'active';
        io.stdout(
          `${String(t.id).padEnd(5)} ${t.role.padEnd(7)} ${state.padEnd(8)} ${(t.expiresAt ?? '-').padEnd(24)} ${(t.teams.join(',') || '-').padEnd(20)} ${t.name}\n`,
        );
      }
    }
    return EXIT_OK;
  } finally {
    close();
  }
}
