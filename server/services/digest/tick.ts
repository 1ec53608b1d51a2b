/**
 * The hourly digest tick, shared by every scheduler: the Node server's in-process timer, the Worker's
 * Cron Trigger (`scheduled` handler: `ctx.waitUntil(runDigestTick(deps, new Date(event.scheduledTime)))`)
 * and `pulse digest send` from a system cron.
 *
 * Mailer: `options.mailer`, else `deps.extras.mailer` (set by the entry point: the Node entry puts an
 * SMTP mailer there when SMTP_URL is set), else `createConfiguredMailer(config)`: the HTTP mail-API
 * adapter when MAIL_API_URL and MAIL_API_KEY are set. With none, the tick sends nothing and says so.
 */
import type { Db } from '../../../db/client.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';
import { createHttpApiMailer } from '../../mail/http-api.js';
import type { Mailer } from '../../mail/interface.js';
import { buildDigestContent, type DigestContent, type DigestScope } from './content.js';
import {
  claimFirstAttempt,
  claimRetry,
  dueRetries,
  findOutboxRow,
  markAbandoned,
  markAttemptFailed,
  markSent,
  markStaleSendsUncertain,
  type OutboxRow,
} from './outbox.js';
import { renderDigest } from './render.js';
import { dueDigestWeek } from './schedule.js';
import { digestMessageId, publicBaseUrl, signingSecret, unsubscribeUrl } from './signing.js';
import { activeSubscriptions, type Subscription, teamsOf } from './subscriptions.js';

export interface DigestTickDeps {
  db: Db;
  config: Config;
  logger: Logger;
  extras?: Record<string, unknown>;
}

export interface DigestTickOptions {
  mailer?: Mailer | null;
  /** Send this reported week to every subscription that has not had it, whatever its local time (`pulse digest send --week`). */
  week?: string;
  /** Render and list, write nothing, send nothing. */
  dryRun?: boolean;
}

export interface DeliveryReport {
  recipient: string;
  isoWeek: string;
  subscriptionId: number;
  attempts?: number;
  subject?: string;
  error?: string;
  nextAttemptAt?: string | null;
}

export interface DigestTickSummary {
  at: string;
  mailer: boolean;
  sent: DeliveryReport[];
  /** Failed this time, will be retried. */
  retrying: DeliveryReport[];
  /** Gave up after the last attempt. */
  failed: DeliveryReport[];
  /** Interrupted mid-send by a crash: may have been delivered; never resent. */
  uncertain: DeliveryReport[];
  /** Dry run: what would go out. */
  planned: DeliveryReport[];
  /** Could not even be prepared (rendering failed); nothing recorded, tried again next tick. */
  errors: DeliveryReport[];
}

function isMailer(value: unknown): value is Mailer {
  return typeof value === 'object' && value !== null && typeof (value as Mailer).send === 'function';
}

/** Mail-API adapter from config, or null. Workers-safe (fetch only). */
export function createConfiguredMailer(config: Pick<Config, 'MAIL_API_URL' | 'MAIL_API_KEY'>): Mailer | null {
  if (config.MAIL_API_URL && config.MAIL_API_KEY)
    return createHttpApiMailer({ url: config.MAIL_API_URL, apiKey: config.MAIL_API_KEY });
  return null;
}

export function resolveMailer(deps: DigestTickDeps, explicit?: Mailer | null): Mailer | null {
  if (explicit !== undefined) return explicit;
  const fromExtras = deps.extras?.mailer;
  if (isMailer(fromExtras)) return fromExtras;
  return createConfiguredMailer(deps.config);
}

export function scopeOf(sub: Subscription): DigestScope {
  return sub.scope === 'org' ? { kind: 'org' } : { kind: 'teams', teams: teamsOf(sub) };
}

export async function runDigestTick(
  deps: DigestTickDeps,
  now: Date,
  options: DigestTickOptions = {},
): Promise<DigestTickSummary> {
  const { db, config, logger } = deps;
  const mailer = resolveMailer(deps, options.mailer);
  const summary: DigestTickSummary = {
    at: now.toISOString(),
    mailer: mailer !== null,
    sent: [],
    retrying: [],
    failed: [],
    uncertain: [],
    planned: [],
    errors: [],
  };
  if (!mailer && !options.dryRun) {
    logger.warn(
      'digest tick: no mailer configured (SMTP_URL, or MAIL_API_URL and MAIL_API_KEY); digests are not sent',
    );
    return summary;
  }

  const secret = await signingSecret(db, config);
  const baseUrl = publicBaseUrl(config);
  const contentCache = new Map<string, Promise<DigestContent>>();
  const contentFor = (sub: Subscription, isoWeek: string) => {
    const scope = scopeOf(sub);
    const key = `${isoWeek}|${JSON.stringify(scope)}`;
    let content = contentCache.get(key);
    if (!content) {
      content = buildDigestContent(db, {
        isoWeek,
        scope,
        now,
        slo: { sev12: config.SLO_DAYS_SEV12, other: config.SLO_DAYS_OTHER },
      });
      contentCache.set(key, content);
    }
    return content;
  };
  const prepare = async (sub: Subscription, isoWeek: string) => {
    const unsubscribe = await unsubscribeUrl(baseUrl, secret, sub.id);
    const rendered = renderDigest(await contentFor(sub, isoWeek), { baseUrl, unsubscribeUrl: unsubscribe });
    return {
      from: config.MAIL_FROM,
      to: sub.email,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      headers: {
        'List-Unsubscribe': `<${unsubscribe}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      messageId: await digestMessageId(secret, sub.email, isoWeek, baseUrl),
    };
  };
  const report = (
    row: Pick<OutboxRow, 'recipient' | 'isoWeek' | 'subscriptionId'>,
    extra: Partial<DeliveryReport> = {},
  ): DeliveryReport => ({
    recipient: row.recipient,
    isoWeek: row.isoWeek,
    subscriptionId: row.subscriptionId,
    ...extra,
  });

  const deliver = async (row: OutboxRow, message: Awaited<ReturnType<typeof prepare>>) => {
    let accepted = false;
    let error = '';
    try {
      const result = await mailer!.send(message);
      accepted = result.accepted;
      if (!accepted) error = `rejected: ${result.response ?? 'no response'}`;
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    if (accepted) {
      await markSent(db, row, now);
      summary.sent.push(report(row, { attempts: row.attempts, subject: message.subject }));
      logger.info('digest sent', { recipient: row.recipient, isoWeek: row.isoWeek, attempts: row.attempts });
      return;
    }
    const updated = await markAttemptFailed(db, row, error, now);
    const entry = report(row, { attempts: updated.attempts, error, nextAttemptAt: updated.nextAttemptAt });
    if (updated.status === 'failed') {
      summary.failed.push(entry);
      logger.error('digest failed for good', {
        recipient: row.recipient,
        isoWeek: row.isoWeek,
        attempts: updated.attempts,
        error,
      });
    } else {
      summary.retrying.push(entry);
      logger.warn('digest attempt failed; will retry', {
        recipient: row.recipient,
        isoWeek: row.isoWeek,
        attempts: updated.attempts,
        nextAttemptAt: updated.nextAttemptAt,
        error,
      });
    }
  };

  const subs = await activeSubscriptions(db);
  const byId = new Map(subs.map((s) => [s.id, s]));

  if (!options.dryRun) {
    for (const row of await markStaleSendsUncertain(db, now)) {
      summary.uncertain.push(report(row, { attempts: row.attempts }));
      logger.error('digest send interrupted: delivery uncertain, not resending', {
        recipient: row.recipient,
        isoWeek: row.isoWeek,
        messageId: row.messageId,
      });
    }

    for (const row of await dueRetries(db, now)) {
      const sub = byId.get(row.subscriptionId);
      if (!sub) {
        await markAbandoned(db, row, 'subscription ended before a retry succeeded');
        continue;
      }
      try {
        const message = await prepare(sub, row.isoWeek);
        const claimed = await claimRetry(db, row, now);
        if (claimed) await deliver(claimed, message);
      } catch (e) {
        summary.errors.push(report(row, { error: String(e) }));
        logger.error('digest retry could not be prepared', {
          recipient: row.recipient,
          isoWeek: row.isoWeek,
          error: String(e),
        });
      }
    }
  }

  for (const sub of subs) {
    const isoWeek = options.week ?? dueDigestWeek(sub, now);
    if (!isoWeek) continue;
    const recipientRow = { recipient: sub.email, isoWeek, subscriptionId: sub.id };
    try {
      if (await findOutboxRow(db, sub.email, isoWeek)) continue;
      const message = await prepare(sub, isoWeek);
      if (options.dryRun) {
        summary.planned.push(report(recipientRow, { subject: message.subject }));
        continue;
      }
      const claimed = await claimFirstAttempt(db, {
        subscriptionId: sub.id,
        recipient: sub.email,
        isoWeek,
        messageId: message.messageId,
        now,
      });
      if (claimed) await deliver(claimed, message);
    } catch (e) {
      summary.errors.push(report(recipientRow, { error: String(e) }));
      logger.error('digest could not be prepared', { recipient: sub.email, isoWeek, error: String(e) });
    }
  }
  return summary;
}
