import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestOutbox, subscriptions } from '../../db/schema/index.js';
import worker from '../../server/worker.js';
import { migratedD1 } from './d1-setup.js';

/** The Cron Trigger end to end: scheduled handler → real digest tick → D1 outbox → HTTP mail API. */
describe('scheduled digest tick in workerd', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends a due weekly digest once through the mail API and records it in D1', async () => {
    const db = await migratedD1();
    // Subscribed before the week in question, so that week's digest is due (newer subscriptions start a week later).
    await db.insert(subscriptions).values({
      email: 'leads@example.com',
      scope: 'org',
      timeZone: 'UTC',
      sendDay: 1,
      sendHour: 8,
      createdAt: '2025-05-20T00:00:00.000Z',
    });
    const sent: { to: string; subject: string }[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      expect(String(input)).toBe('https://mail.example/v1/send');
      sent.push(JSON.parse(String(init?.body)) as { to: string; subject: string });
      return new Response('{"id":"m-1"}', { status: 202 });
    });
    const mailEnv = {
      ...env,
      MAIL_API_URL: 'https://mail.example/v1/send',
      MAIL_API_KEY: 'test-key',
      PUBLIC_URL: 'https://pulse.example',
    };
    // Monday 2025-06-02 09:00 UTC: past the subscription's Monday 08:00 send time.
    const tick = (hour: string) =>
      worker.scheduled(
        createScheduledController({
          scheduledTime: Date.parse(`2025-06-02T${hour}:00:00Z`),
          cron: '0 * * * *',
        }),
        mailEnv,
        createExecutionContext(),
      );

    await tick('09');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('leads@example.com');
    const rows = await db
      .select({ status: digestOutbox.status, recipient: digestOutbox.recipient })
      .from(digestOutbox);
    expect(rows).toEqual([{ status: 'sent', recipient: 'leads@example.com' }]);

    // The next hourly tick finds the week already sent (state in D1, not in the isolate).
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.parse('2025-06-02T10:00:00Z'), cron: '0 * * * *' }),
      mailEnv,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(sent).toHaveLength(1);
  });
});
