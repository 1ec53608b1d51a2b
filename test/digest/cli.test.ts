/** `pulse digest` on the database directly, sending through a real SMTP server. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { createTestApp, type TestApp } from '../harness.js';
import { NOW, seedOrganisation, startSmtp, type TestSmtp, WEEK } from './helpers.js';

let t: TestApp;
let smtp: TestSmtp;
let env: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({}, () => NOW);
  await seedOrganisation(t);
  smtp = await startSmtp();
  env = {
    DATABASE_URL: t.dbUrl,
    SMTP_URL: smtp.url,
    PUBLIC_URL: 'https://pulse.example.com',
    MAIL_FROM: 'Pulse <pulse@example.com>',
  };
});
afterAll(async () => {
  await smtp.close();
  t.close();
});

it('subscribes, lists, previews, sends once and unsubscribes', async () => {
  expect(
    (await runCli(['digest', 'subscribe', 'ops@example.com', '--org', '--tz', 'Mars/Olympus'], env)).code,
  ).toBe(2);
  expect((await runCli(['digest', 'subscribe', 'ops@example.com'], env)).code).toBe(2);
  const sub = await runCli(
    ['digest', 'subscribe', 'ops@example.com', '--org', '--tz', 'Europe/Berlin', '--hour', '7'],
    env,
  );
  expect(sub.code).toBe(0);
  expect(sub.stdout).toContain('day 1 at 07:00 Europe/Berlin');
  expect((await runCli(['digest', 'subscribe', 'pay@example.com', '--team', 'payments'], env)).code).toBe(0);

  const list = await runCli(['digest', 'list', '--json'], env);
  expect((JSON.parse(list.stdout) as { email: string }[]).map((s) => s.email)).toEqual([
    'ops@example.com',
    'pay@example.com',
  ]);

  const preview = await runCli(['digest', 'preview', '--scope', 'team:payments', '--week', WEEK], env);
  expect(preview.code).toBe(0);
  expect(preview.stdout).toContain(
    'payments: 1 repeat of an earlier cause, 1 follow-up overdue — Pulse weekly, 2026-W47',
  );
  expect(preview.stdout).not.toContain('Rotate the search-cluster read credentials');
  expect((await runCli(['digest', 'preview', '--week', '2026-W60'], env)).code).toBe(2);

  const dry = await runCli(['digest', 'send', '--week', WEEK, '--dry-run'], env);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('would send 2026-W47 to ops@example.com: 2 repeats of earlier causes');
  expect(smtp.received).toHaveLength(0);

  const send = await runCli(['digest', 'send', '--week', WEEK], env);
  expect(send.stdout).toContain('sent 2,');
  expect(send.code).toBe(0);
  expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(['ops@example.com', 'pay@example.com']);
  const again = await runCli(['digest', 'send', '--week', WEEK], env);
  expect(again.stdout).toContain('sent 0,');
  expect(smtp.received).toHaveLength(2);

  expect((await runCli(['digest', 'unsubscribe', 'pay@example.com'], env)).code).toBe(0);
  expect((await runCli(['digest', 'unsubscribe', 'pay@example.com'], env)).code).toBe(1);
  const after = await runCli(['digest', 'list'], env);
  expect(after.stdout).toContain('ops@example.com');
  expect(after.stdout).not.toContain('pay@example.com');
});

it('refuses to send without a mailer', async () => {
  const res = await runCli(['digest', 'send'], { DATABASE_URL: t.dbUrl });
  expect(res.code).toBe(1);
  expect(res.stderr).toContain('no mailer configured');
});
