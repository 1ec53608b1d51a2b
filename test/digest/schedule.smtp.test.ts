/** Local send times: subscriptions in different zones get their digest at 08:00 on their own Monday. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSmtpMailer } from '../../server/mail/smtp.js';
import { runDigestTick } from '../../server/services/digest/tick.js';
import { createTestApp, type TestApp } from '../harness.js';
import { seedOrganisation, startSmtp, type TestSmtp } from './helpers.js';

let t: TestApp;
let smtp: TestSmtp;
// A stepped fake clock: every hour from Saturday 21 Nov 00:00 UTC to Saturday 28 Nov 00:00 UTC.
const start = Date.parse('2026-11-21T00:00:00Z');
let clock = new Date(start);

beforeEach(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, () => clock);
  smtp = await startSmtp();
  await seedOrganisation(t);
});

afterEach(async () => {
  await smtp.close();
  t.close();
});

it('sends at Monday 08:00 local time in each subscription’s zone, once per ISO week', async () => {
  for (const [email, timeZone] of [
    ['auckland@example.com', 'Pacific/Auckland'],
    ['newyork@example.com', 'America/New_York'],
    ['berlin-thursday@example.com', 'Europe/Berlin'],
  ] as const) {
    const res = await t.request('/api/subscriptions', {
      method: 'POST',
      json: {
        email,
        scope: 'org',
        timeZone,
        ...(email.startsWith('berlin') ? { sendDay: 4, sendHour: 17 } : {}),
      },
    });
    expect(res.status).toBe(201);
  }
  const mailer = createSmtpMailer(smtp.url);
  const sentAt = new Map<string, string[]>();
  for (let h = 0; h <= 7 * 24; h++) {
    const at = new Date(start + h * 3_600_000);
    clock = at;
    const summary = await runDigestTick({ ...t.deps, extras: { mailer } }, at);
    for (const s of summary.sent)
      sentAt.set(s.recipient, [...(sentAt.get(s.recipient) ?? []), `${at.toISOString()} ${s.isoWeek}`]);
  }
  mailer.close?.();
  // Monday 23 Nov 08:00 NZDT (UTC+13) is Sunday 22 Nov 19:00 UTC.
  expect(sentAt.get('auckland@example.com')).toEqual(['2026-11-22T19:00:00.000Z 2026-W47']);
  // Monday 23 Nov 08:00 EST (UTC-5) is 13:00 UTC.
  expect(sentAt.get('newyork@example.com')).toEqual(['2026-11-23T13:00:00.000Z 2026-W47']);
  // Thursday 26 Nov 17:00 CET (UTC+1) is 16:00 UTC.
  expect(sentAt.get('berlin-thursday@example.com')).toEqual(['2026-11-26T16:00:00.000Z 2026-W47']);
  expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual([
    'auckland@example.com',
    'berlin-thursday@example.com',
    'newyork@example.com',
  ]);
});
