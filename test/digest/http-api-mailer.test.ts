/** The fetch-based mail-API adapter (the Workers path), against a local HTTP server that records requests. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHttpApiMailer } from '../../server/mail/http-api.js';
import { createConfiguredMailer, runDigestTick } from '../../server/services/digest/tick.js';
import { createTestApp } from '../harness.js';
import { NOW, seedOrganisation } from './helpers.js';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

let server: Server;
let url: string;
let recorded: Recorded[];
let statuses: number[];
/** Subscriptions are made the day before the Monday the tests send on. */
const dayBefore = () => new Date(NOW.getTime() - 86_400_000);

beforeEach(async () => {
  recorded = [];
  statuses = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      const status = statuses.shift() ?? 202;
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `msg-${recorded.length}` }));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1/send`;
});

afterEach(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

it('POSTs the message as JSON with bearer auth; 2xx is acceptance, anything else a rejection', async () => {
  const mailer = createHttpApiMailer({ url, apiKey: 'key-123' });
  const message = {
    from: 'Pulse <pulse@example.com>',
    to: 'a@example.com',
    subject: 'Hello',
    html: '<p>Hi</p>',
    text: 'Hi',
    headers: { 'List-Unsubscribe': '<https://x/u>' },
    messageId: '<m1@pulse>',
  };
  expect(await mailer.send(message)).toMatchObject({ accepted: true });
  statuses.push(500);
  const rejected = await mailer.send(message);
  expect(rejected.accepted).toBe(false);
  expect(rejected.response).toMatch(/^500/);
  expect(recorded).toHaveLength(2);
  expect(recorded[0]).toMatchObject({ method: 'POST', url: '/v1/send', body: message });
  expect(recorded[0]!.headers.authorization).toBe('Bearer key-123');
  expect(recorded[0]!.headers['content-type']).toBe('application/json');
});

it('the tick uses the configured mail API when the entry gave no mailer, and retries a rejection', async () => {
  const t = await createTestApp(
    { PUBLIC_URL: 'https://pulse.example.com', MAIL_API_URL: url, MAIL_API_KEY: 'key-456' },
    dayBefore,
  );
  try {
    expect(createConfiguredMailer(t.config)).not.toBeNull();
    await seedOrganisation(t);
    await t.request('/api/subscriptions', {
      method: 'POST',
      json: { email: 'lead@example.com', scope: 'org' },
    });
    statuses.push(503);
    const first = await runDigestTick(t.deps, NOW);
    expect(first.retrying.map((r) => r.recipient)).toEqual(['lead@example.com']);
    const second = await runDigestTick(t.deps, new Date(NOW.getTime() + 3_600_000));
    expect(second.sent.map((r) => r.recipient)).toEqual(['lead@example.com']);
    expect(recorded).toHaveLength(2);
    expect(recorded[1]!.headers.authorization).toBe('Bearer key-456');
    expect(recorded[1]!.body.subject).toBe(
      '2 repeats of earlier causes, 2 follow-ups overdue — Pulse weekly, 2026-W47',
    );
    // Same Message-ID on the retry: a receiver can tell it is the same digest.
    expect(recorded[1]!.body.messageId).toBe(recorded[0]!.body.messageId);
    expect(String(recorded[1]!.body.html)).toContain('<table');
    expect((recorded[1]!.body.headers as Record<string, string>)['List-Unsubscribe-Post']).toBe(
      'List-Unsubscribe=One-Click',
    );
  } finally {
    t.close();
  }
});

it('without any mailer the tick sends nothing and says so', async () => {
  const t = await createTestApp({ PUBLIC_URL: 'https://pulse.example.com' }, dayBefore);
  try {
    await t.request('/api/subscriptions', {
      method: 'POST',
      json: { email: 'lead@example.com', scope: 'org' },
    });
    const summary = await runDigestTick(t.deps, NOW);
    expect((await runDigestTick(t.deps, NOW, { dryRun: true })).planned.map((p) => p.recipient)).toEqual([
      'lead@example.com',
    ]);
    expect(summary.mailer).toBe(false);
    expect(summary.sent).toHaveLength(0);
  } finally {
    t.close();
  }
});
