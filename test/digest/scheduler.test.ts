/** The Node server's in-process schedule: a catch-up tick at start, then one at the top of every hour. */
import { afterEach, expect, it, vi } from 'vitest';
import { createLogger } from '../../server/lib/logger.js';
import type { MailMessage } from '../../server/mail/interface.js';
import { startDigestSchedule } from '../../server/services/digest/scheduler.js';
import { createTestApp } from '../harness.js';
import { NOW } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

it('ticks at start and on the hour, and stops cleanly', async () => {
  let clock = new Date(NOW.getTime() - 86_400_000);
  const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => clock);
  try {
    await t.request('/api/subscriptions', {
      method: 'POST',
      json: { email: 'ny@example.com', scope: 'org', timeZone: 'America/New_York' },
    });
    // Monday 23 Nov 12:30 UTC: 07:30 in New York, half an hour before its send time.
    clock = new Date('2026-11-23T12:30:00Z');
    const sent: MailMessage[] = [];
    const mailer = {
      send: async (m: MailMessage) => {
        sent.push(m);
        return { accepted: true };
      },
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const schedule = startDigestSchedule({ ...t.deps, extras: { mailer } }, createLogger('silent'));
    await schedule.idle();
    expect(sent).toEqual([]); // the catch-up tick at start: not due yet
    expect(vi.getTimerCount()).toBe(1); // waiting for the top of the hour

    clock = new Date('2026-11-23T13:00:00Z');
    await vi.advanceTimersByTimeAsync(30 * 60_000 - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await schedule.idle();
    expect(sent.map((m) => m.to)).toEqual(['ny@example.com']);
    expect(vi.getTimerCount()).toBe(1); // now the hourly interval

    clock = new Date('2026-11-23T14:00:00Z');
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    await schedule.idle();
    expect(sent).toHaveLength(1);
    await schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(sent[0]!.subject).toMatch(/Pulse weekly, 2026-W47$/);
  } finally {
    t.close();
  }
});

it('without a mailer says once that digests are not sent and sets no timers', async () => {
  const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => NOW);
  try {
    const lines: string[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    const schedule = startDigestSchedule(
      t.deps,
      createLogger('info', (l) => lines.push(l)),
    );
    expect(vi.getTimerCount()).toBe(0);
    expect(lines.join('\n')).toContain('weekly digests are not sent');
    await schedule.stop();
  } finally {
    t.close();
  }
});
