/**
 * The in-process hourly schedule the Node server runs while it is up (Workers use a Cron Trigger
 * instead). Ticks at the top of each hour; a tick still running when the next is due is not overlapped.
 */
import type { Logger } from '../../lib/logger.js';
import { msUntilNextHour } from './schedule.js';
import { type DigestTickDeps, resolveMailer, runDigestTick } from './tick.js';

export interface DigestSchedule {
  /** Resolves when no tick is running (tests, graceful shutdown). */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}

export function startDigestSchedule(
  deps: DigestTickDeps & { now: () => Date },
  logger: Logger,
): DigestSchedule {
  if (!resolveMailer(deps)) {
    logger.warn('weekly digests are not sent: set SMTP_URL (or MAIL_API_URL and MAIL_API_KEY) to send them');
    return { idle: async () => {}, stop: async () => {} };
  }
  let running: Promise<unknown> | null = null;
  let interval: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    if (running) return;
    running = runDigestTick(deps, deps.now())
      .then((s) => {
        if (s.sent.length || s.retrying.length || s.failed.length || s.uncertain.length || s.errors.length) {
          logger.info('digest tick', {
            sent: s.sent.length,
            retrying: s.retrying.length,
            failed: s.failed.length,
            uncertain: s.uncertain.length,
            errors: s.errors.length,
          });
        }
      })
      .catch((error) => logger.error('digest tick failed', { error: String(error) }))
      .finally(() => {
        running = null;
      });
  };
  const timeout = setTimeout(() => {
    tick();
    interval = setInterval(tick, 3_600_000);
    interval.unref?.();
  }, msUntilNextHour(deps.now()));
  timeout.unref?.();
  // Catch up at start: a server that was down at its send hour still sends this week.
  tick();
  return {
    idle: async () => {
      await running;
    },
    stop: async () => {
      clearTimeout(timeout);
      if (interval) clearInterval(interval);
      await running;
    },
  };
}
