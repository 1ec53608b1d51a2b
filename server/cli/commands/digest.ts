import { eq } from 'drizzle-orm';
import { subscriptions } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { createLogger } from '../../lib/logger.js';
import type { Mailer } from '../../mail/interface.js';
import { createSmtpMailer } from '../../mail/smtp.js';
import { buildDigestContent, type DigestScope } from '../../services/digest/content.js';
import { renderDigest } from '../../services/digest/render.js';
import { ISO_WEEK_PATTERN, lastCompleteWeek, weekRange } from '../../services/digest/schedule.js';
import { publicBaseUrl } from '../../services/digest/signing.js';
import { listSubscriptions, subscribe, unsubscribe } from '../../services/digest/subscriptions.js';
import { createConfiguredMailer, runDigestTick } from '../../services/digest/tick.js';
import { CLI_PRINCIPAL, cliConfig, openDatabase } from '../database.js';
import { type CliIo, EXIT_FINDING, EXIT_OK, parseCommandArgs, UsageError } from '../io.js';

const HELP = `Usage: pulse digest <subcommand> [options]

  subscribe EMAIL (--org | --team ID [--team ID...]) [--tz ZONE] [--day 1-7] [--hour 0-23]
      Subscribe an address to the weekly digest (default: Monday 08:00 in UTC or --tz).
  unsubscribe ID|EMAIL
      End one subscription (by id) or every subscription of an address.
  list [--json]
      Live subscriptions.
  preview [--scope org|team:ID] [--week YYYY-Www] [--format text|html|json]
      Render a digest without sending (default: the organisation, the last complete week).
  send [--week YYYY-Www] [--dry-run] [--json]
      One digest tick: sends every subscription whose local send time has passed this week and that has
      not had its digest, retries due failures. Run it hourly from a system cron. With --week, sends that
      reported week to every subscription that has not had it, whatever its local time.
      Mail goes through SMTP_URL, else MAIL_API_URL + MAIL_API_KEY. Exit 1 when a send failed.

The week of a digest is the week it reports on: a digest sent on Monday 23 Nov 2026 is 2026-W47.
`;

function week(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_WEEK_PATTERN.test(value)) throw new UsageError(`--week must be YYYY-Www, got '${value}'`);
  try {
    weekRange(value);
  } catch {
    throw new UsageError(`no such ISO week: ${value}`);
  }
  return value;
}

function scopeFrom(value: string): DigestScope {
  if (value === 'org') return { kind: 'org' };
  const m = /^team:([\w.-]{1,100})$/.exec(value);
  if (!m) throw new UsageError(`--scope must be 'org' or 'team:<id>', got '${value}'`);
  return { kind: 'teams', teams: [m[1]!] };
}

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseCommandArgs(rest, {
    org: { type: 'boolean' },
    team: { type: 'string', multiple: true },
    tz: { type: 'string' },
    day: { type: 'string' },
    hour: { type: 'string' },
    json: { type: 'boolean' },
    scope: { type: 'string' },
    week: { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!sub || sub === '--help' || sub === '-h' || values.help) {
    io.stdout(HELP);
    return sub ? EXIT_OK : 2;
  }
  if (!['subscribe', 'unsubscribe', 'list', 'preview', 'send'].includes(sub))
    throw new UsageError(`unknown subcommand '${sub}'\n\n${HELP}`);

  const config = cliConfig(io);
  const { db, close } = await openDatabase(config);
  try {
    switch (sub) {
      case 'subscribe': {
        const [email] = positionals;
        if (!email || positionals.length > 1) throw new UsageError('give one EMAIL');
        if (Boolean(values.org) === Boolean(values.team?.length))
          throw new UsageError('give either --org or --team ID');
        try {
          const created = await subscribe(
            db,
            CLI_PRINCIPAL,
            {
              email,
              scope: values.org ? 'org' : 'teams',
              ...(values.team ? { teams: values.team } : {}),
              ...(values.tz ? { timeZone: values.tz } : {}),
              ...(values.day ? { sendDay: intOption(values.day, 'day') } : {}),
              ...(values.hour ? { sendHour: intOption(values.hour, 'hour') } : {}),
            },
            new Date(),
          );
          io.stdout(
            `Subscribed ${created.email} (id ${created.id}) to ${created.scope === 'org' ? 'the organisation' : created.teams.join(', ')} digest, day ${created.sendDay} at ${String(created.sendHour).padStart(2, '0')}:00 ${created.timeZone}.\n`,
          );
          return EXIT_OK;
        } catch (error) {
          if (error instanceof ApiError) throw new UsageError(error.message);
          throw error;
        }
      }
      case 'unsubscribe': {
        const [target] = positionals;
        if (!target || positionals.length > 1) throw new UsageError('give one subscription ID or EMAIL');
        const ids = /^\d+$/.test(target)
          ? [Number(target)]
          : (
              await db
                .select({ id: subscriptions.id })
                .from(subscriptions)
                .where(eq(subscriptions.email, target.toLowerCase()))
            ).map((r) => r.id);
        let removed = 0;
        for (const id of ids) if (await unsubscribe(db, CLI_PRINCIPAL, id)) removed++;
        if (!removed) {
          io.stderr(`pulse digest: no subscription matches '${target}'\n`);
          return EXIT_FINDING;
        }
        io.stdout(`Removed ${removed} subscription${removed === 1 ? '' : 's'}.\n`);
        return EXIT_OK;
      }
      case 'list': {
        const items = await listSubscriptions(db, CLI_PRINCIPAL);
        if (values.json) io.stdout(`${JSON.stringify(items, null, 2)}\n`);
        else if (!items.length) io.stdout('No subscriptions.\n');
        else {
          for (const s of items) {
            io.stdout(
              `${String(s.id).padStart(4)}  ${s.email.padEnd(32)} ${(s.scope === 'org' ? 'org' : `teams:${s.teams.join(',')}`).padEnd(24)} day ${s.sendDay} ${String(s.sendHour).padStart(2, '0')}:00 ${s.timeZone}\n`,
            );
          }
        }
        return EXIT_OK;
      }
      case 'preview': {
        const scope = scopeFrom(values.scope ?? 'org');
        const isoWeek = week(values.week) ?? lastCompleteWeek(new Date());
        const format = values.format ?? 'text';
        if (!['text', 'html', 'json'].includes(format))
          throw new UsageError('--format must be text, html or json');
        const content = await buildDigestContent(db, {
          isoWeek,
          scope,
          now: new Date(),
          slo: { sev12: config.SLO_DAYS_SEV12, other: config.SLO_DAYS_OTHER },
        });
        const rendered = renderDigest(content, { baseUrl: publicBaseUrl(config) });
        if (format === 'json') io.stdout(`${JSON.stringify({ isoWeek, ...rendered }, null, 2)}\n`);
        else if (format === 'html') io.stdout(rendered.html);
        else io.stdout(rendered.text);
        return EXIT_OK;
      }
      default: {
        const dryRun = Boolean(values['dry-run']);
        const isoWeek = week(values.week);
        let mailer: Mailer | null = config.SMTP_URL
          ? createSmtpMailer(config.SMTP_URL)
          : createConfiguredMailer(config);
        if (!mailer && !dryRun) {
          io.stderr(
            'pulse digest send: no mailer configured; set SMTP_URL (or MAIL_API_URL and MAIL_API_KEY), or use --dry-run\n',
          );
          return EXIT_FINDING;
        }
        if (dryRun) mailer = null;
        try {
          const logger = createLogger(config.LOG_LEVEL, (line) => io.stderr(`${line}\n`));
          const summary = await runDigestTick({ db, config, logger }, new Date(), {
            mailer,
            dryRun,
            ...(isoWeek ? { week: isoWeek } : {}),
          });
          if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
          else if (dryRun) {
            io.stdout(summary.planned.length ? '' : 'Nothing due.\n');
            for (const p of summary.planned)
              io.stdout(`would send ${p.isoWeek} to ${p.recipient}: ${p.subject}\n`);
          } else {
            io.stdout(
              `sent ${summary.sent.length}, retrying ${summary.retrying.length}, failed ${summary.failed.length}, uncertain ${summary.uncertain.length}, errors ${summary.errors.length}\n`,
            );
            for (const f of [...summary.retrying, ...summary.failed, ...summary.errors])
              io.stdout(`  ${f.recipient} ${f.isoWeek}: ${f.error}\n`);
            for (const u of summary.uncertain)
              io.stdout(
                `  ${u.recipient} ${u.isoWeek}: interrupted mid-send earlier; may have been delivered, not resent\n`,
              );
          }
          return summary.failed.length ||
            summary.uncertain.length ||
            summary.errors.length ||
            summary.retrying.length
            ? EXIT_FINDING
            : EXIT_OK;
        } finally {
          await mailer?.close?.();
        }
      }
    }
  } finally {
    close();
  }
}
