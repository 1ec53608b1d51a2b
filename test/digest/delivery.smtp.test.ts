/**
 * Digest delivery end to end: seeded through the API, sent by the hourly tick through nodemailer to a
 * real SMTP server, parsed with mailparser.
 */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOutbox, subscriptions } from '../../db/schema/index.js';
import { createSmtpMailer } from '../../server/mail/smtp.js';
import { claimFirstAttempt, MAX_ATTEMPTS } from '../../server/services/digest/outbox.js';
import { runDigestTick } from '../../server/services/digest/tick.js';
import { createTestApp, type TestApp } from '../harness.js';
import {
  linksIn,
  NOW,
  type ReceivedMail,
  recipientsOf,
  type Seeded,
  seedOrganisation,
  startSmtp,
  type TestSmtp,
  WEEK,
} from './helpers.js';

const BASE = 'https://pulse.example.com';
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

let t: TestApp;
let smtp: TestSmtp;
let seeded: Seeded;
let mailer: ReturnType<typeof createSmtpMailer>;
let clock = NOW;

async function subscribe(json: unknown, as: 'admin' | 'leader' | 'member' = 'admin') {
  const res = await t.request('/api/subscriptions', { method: 'POST', as, json });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: number; email: string };
}

function mailTo(address: string): ReceivedMail[] {
  return smtp.received.filter((m) => m.envelopeTo.includes(address));
}

const tick = (at: Date) => runDigestTick({ ...t.deps, extras: { mailer } }, at);

beforeEach(async () => {
  // Subscribed the day before, so this Monday's send time comes after the subscription.
  clock = new Date(NOW.getTime() - 86_400_000);
  t = await createTestApp({ PUBLIC_URL: BASE, MAIL_FROM: 'Pulse <pulse@example.com>' }, () => clock);
  smtp = await startSmtp();
  mailer = createSmtpMailer(smtp.url);
  seeded = await seedOrganisation(t);
  await subscribe({ email: 'lead@example.com', scope: 'org' });
  await subscribe({ email: 'payments@example.com', scope: 'teams', teams: ['payments'] });
  await subscribe({ email: 'search@example.com', scope: 'teams', teams: ['search'] });
  clock = NOW;
});

afterEach(async () => {
  mailer.close?.();
  await smtp.close();
  t.close();
});

describe('weekly digest over SMTP', () => {
  it('sends each subscriber one digest with both parts, links, headers and the week in numbers', async () => {
    const summary = await tick(NOW);
    expect(summary.sent.map((s) => s.recipient).sort()).toEqual([
      'lead@example.com',
      'payments@example.com',
      'search@example.com',
    ]);
    expect(smtp.received).toHaveLength(3);

    const [lead] = mailTo('lead@example.com');
    const mail = lead!.parsed;
    expect(recipientsOf(lead!)).toEqual(['lead@example.com']);
    expect(mail.from?.value[0]?.address).toBe('pulse@example.com');
    expect(mail.subject).toBe('2 repeats of earlier causes, 2 follow-ups overdue — Pulse weekly, 2026-W47');
    expect(mail.messageId).toMatch(/^<digest-2026-W47-[0-9a-f]{24}@pulse\.example\.com>$/);
    const rawHeaders = lead!.raw.slice(0, lead!.raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
    expect(rawHeaders).toMatch(
      /^List-Unsubscribe: <https:\/\/pulse\.example\.com\/api\/digest\/unsubscribe\?s=\d+&sig=[0-9a-f]{64}>$/m,
    );
    expect(rawHeaders).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);

    const html = String(mail.html);
    const text = mail.text ?? '';
    expect(html).not.toMatch(/<script|<img|<link /i);
    expect(html).toContain('style="');
    for (const part of [html, text]) {
      expect(part).toContain('Checkout errors: payment gateway certificate not renewed');
      expect(part).toContain('Automate certificate renewal for the card gateway');
      expect(part).toContain('Rotate the search-cluster read credentials');
      expect(part).toContain('Thank you, payments');
      expect(part).toContain('If [name] had renewed the certificate');
      expect(part).not.toContain('Sam');
      // Owners are stored but never named in a digest.
      expect(part).not.toContain('Priya');
      expect(part).not.toContain('Jordan');
    }
    expect(text).toContain('Follow-ups overdue: 2 (3 when the week began)');
    expect(text).toContain('This week: 33% of 3 new postmortems with findings');
    expect(text).toMatch(/search \(1 overdue\)[\s\S]*payments \(1 overdue\)/); // oldest first, grouped by team
    const links = linksIn(html);
    expect(links).toContain(`${BASE}/#/postmortems/${seeded.paymentsRepeat}`);
    expect(links).toContain(`${BASE}/#/postmortems/${seeded.paymentsEarlier}`);
    expect(links).toContain(`${BASE}/#/team/payments`);
    expect(links).toContain(`${BASE}/#/`);
    expect(links.some((l) => l.startsWith(`${BASE}/api/digest/unsubscribe?s=`))).toBe(true);
    expect(text).toContain(`${BASE}/#/postmortems/${seeded.paymentsRepeat}`);

    const rows = await t.db.select().from(digestOutbox);
    expect(rows.map((r) => [r.status, r.attempts, r.isoWeek])).toEqual([
      ['sent', 1, WEEK],
      ['sent', 1, WEEK],
      ['sent', 1, WEEK],
    ]);
  });

  it('a team recipient never sees another team’s data', async () => {
    await tick(NOW);
    const payments = mailTo('payments@example.com')[0]!.parsed;
    const search = mailTo('search@example.com')[0]!.parsed;
    expect(payments.subject).toBe(
      'payments: 1 repeat of an earlier cause, 1 follow-up overdue — Pulse weekly, 2026-W47',
    );
    for (const part of [String(payments.html), payments.text ?? '']) {
      for (const s of seeded.searchOnly) expect(part).not.toContain(s);
      expect(part).not.toContain('/#/team/search');
      expect(part).toContain('Automate certificate renewal for the card gateway');
    }
    for (const part of [String(search.html), search.text ?? '']) {
      for (const s of seeded.paymentsOnly) expect(part).not.toContain(s);
      expect(part).not.toContain('/#/team/payments');
      expect(part).not.toContain(`/#/postmortems/${seeded.paymentsEarlier}`);
      // The repeat of payments' earlier cause is reported without any of payments' details.
      expect(part).toContain('Search API handshake failures: expired certificate');
      expect(part).toContain('an earlier incident in another team');
      expect(part).toContain('Rotate the search-cluster read credentials');
    }
  });

  it('a second run, an hour later, or two ticks at once never send twice', async () => {
    const [a, b] = await Promise.all([tick(NOW), tick(NOW)]);
    expect(a.sent.length + b.sent.length).toBe(3);
    await tick(NOW);
    await tick(hours(1));
    await tick(hours(30));
    expect(smtp.received).toHaveLength(3);
    for (const r of ['lead@example.com', 'payments@example.com', 'search@example.com'])
      expect(mailTo(r)).toHaveLength(1);
    // Message-IDs are stable per recipient and week.
    const ids = smtp.received.map((m) => m.parsed.messageId);
    expect(new Set(ids).size).toBe(3);
  });

  it('a server that fails the first attempt gets the mail on retry, once, and the others are not held up', async () => {
    smtp.failNext(1);
    const first = await tick(NOW);
    expect(first.sent).toHaveLength(2);
    expect(first.retrying).toHaveLength(1);
    const failedFor = first.retrying[0]!.recipient;
    expect(first.retrying[0]!.error).toMatch(/451|try again/i);
    expect(mailTo(failedFor)).toHaveLength(0);

    // Backoff: not yet at the next quarter hour, retried on the next hourly tick.
    await tick(new Date(NOW.getTime() + 10 * 60_000));
    expect(mailTo(failedFor)).toHaveLength(0);
    const second = await tick(hours(1));
    expect(second.sent.map((s) => [s.recipient, s.attempts])).toEqual([[failedFor, 2]]);
    await tick(hours(2));
    await tick(hours(5));
    expect(mailTo(failedFor)).toHaveLength(1);
    expect(smtp.received).toHaveLength(3);
    const [row] = await t.db.select().from(digestOutbox).where(eq(digestOutbox.recipient, failedFor));
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after the last attempt with exponential backoff', async () => {
    smtp.failNext(1000);
    const seen: string[] = [];
    for (let h = 0; h <= 24; h++) {
      const s = await tick(hours(h));
      for (const r of s.retrying) if (r.recipient === 'lead@example.com') seen.push(`retry@${h}`);
      for (const r of s.failed) if (r.recipient === 'lead@example.com') seen.push(`failed@${h}`);
    }
    // Attempts at 0 h, +30 min (next tick 1 h), +1 h (2 h), +2 h (4 h), +4 h (8 h).
    expect(seen).toEqual(['retry@0', 'retry@1', 'retry@2', 'retry@4', 'failed@8']);
    const [row] = await t.db
      .select()
      .from(digestOutbox)
      .where(eq(digestOutbox.recipient, 'lead@example.com'));
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(smtp.received).toHaveLength(0);
  });

  it('a send interrupted by a crash is reported as uncertain and never resent', async () => {
    const [sub] = await t.db.select().from(subscriptions).where(eq(subscriptions.email, 'lead@example.com'));
    // The state a crash between the SMTP server's acceptance and the outbox update leaves behind.
    await claimFirstAttempt(t.db, {
      subscriptionId: sub!.id,
      recipient: 'lead@example.com',
      isoWeek: WEEK,
      messageId: '<x@pulse>',
      now: NOW,
    });
    const next = await tick(hours(1));
    expect(next.uncertain.map((u) => u.recipient)).toEqual(['lead@example.com']);
    expect(next.sent.map((s) => s.recipient).sort()).toEqual(['payments@example.com', 'search@example.com']);
    await tick(hours(2));
    expect(mailTo('lead@example.com')).toHaveLength(0);
    const [row] = await t.db
      .select()
      .from(digestOutbox)
      .where(eq(digestOutbox.recipient, 'lead@example.com'));
    expect(row?.status).toBe('uncertain');
  });

  it('the signed unsubscribe link confirms on GET, unsubscribes on POST and rejects a forged signature', async () => {
    await tick(NOW);
    const mail = mailTo('payments@example.com')[0]!.parsed;
    const link = /(https:\/\/pulse\.example\.com\/api\/digest\/unsubscribe\?s=\d+&sig=[0-9a-f]{64})/.exec(
      mail.text ?? '',
    )![1]!;
    const path = link.slice(BASE.length);

    const page = await t.request(path, { as: null });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('<form method="post"');
    expect(body).not.toContain('<script');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");

    const forged = await t.request(
      path.replace(/sig=[0-9a-f]/, (m) => (m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`)),
      {
        as: null,
        method: 'POST',
      },
    );
    expect(forged.status).toBe(400);
    expect(await t.db.select().from(subscriptions)).toHaveLength(3);

    // RFC 8058 one-click: the mail client POSTs this body to the List-Unsubscribe URL.
    const done = await t.request(path, {
      as: null,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect((await t.db.select().from(subscriptions)).map((s) => s.email).sort()).toEqual([
      'lead@example.com',
      'search@example.com',
    ]);
    expect((await t.request(path, { as: null, method: 'POST' })).status).toBe(200);

    await tick(new Date('2026-11-30T09:00:00Z'));
    expect(mailTo('payments@example.com')).toHaveLength(1);
    expect(mailTo('lead@example.com')).toHaveLength(2);
  });
});
