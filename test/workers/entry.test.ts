import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runDigestTick } from '../../server/services/digest/tick.js';
import worker, { workerDeps } from '../../server/worker.js';
import { migratedD1 } from './d1-setup.js';

vi.mock('../../server/services/digest/tick.js', () => ({ runDigestTick: vi.fn(async () => undefined) }));

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  const body = (await response.json()) as {
    error: { code: string; message: string; field: null; requestId: string };
  };
  expect(body.error.code).toBe('unavailable');
  expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
  // Configuration details go to the operator's log, not to clients.
  expect(body.error.message).not.toMatch(/DATABASE_URL|LOG_LEVEL|DB/);
}

describe('Worker entry', () => {
  beforeAll(async () => {
    await migratedD1();
  });

  it('builds its dependencies once per isolate, over D1 when no DATABASE_URL is set', () => {
    const first = workerDeps(env);
    expect(workerDeps(env)).toBe(first);
    expect(first.database).toBe('d1');
    expect(first.deps.config.MAX_DOCUMENT_BYTES).toBe(Number(env.MAX_DOCUMENT_BYTES));
  });

  it('answers 503 in the API error shape when the D1 binding is missing', async () => {
    const { DB: _db, ...withoutDb } = env;
    await expectUnavailable(
      await worker.fetch(
        new Request('https://pulse.example/api/health'),
        withoutDb,
        createExecutionContext(),
      ),
    );
  });

  it('rejects a file: DATABASE_URL (no file system on Workers)', async () => {
    const response = await worker.fetch(
      new Request('https://pulse.example/api/health'),
      { ...env, DATABASE_URL: 'file:./data/pulse.db' },
      createExecutionContext(),
    );
    await expectUnavailable(response);
  });

  it('rejects invalid vars through the shared config schema', async () => {
    const response = await worker.fetch(
      new Request('https://pulse.example/api/health'),
      { ...env, LOG_LEVEL: 'loud' },
      createExecutionContext(),
    );
    await expectUnavailable(response);
  });

  it('selects Turso (libsql web client) when DATABASE_URL is a remote URL', () => {
    const built = workerDeps({
      ...env,
      DATABASE_URL: 'libsql://pulse-example.turso.io',
      DATABASE_AUTH_TOKEN: 'token',
    });
    expect(built.database).toBe('libsql');
  });

  it('scheduled runs the digest tick at the trigger time with the isolate’s dependencies', async () => {
    const scheduledTime = Date.parse('2025-06-02T09:00:00Z');
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime, cron: '0 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    const tick = vi.mocked(runDigestTick);
    expect(tick).toHaveBeenCalledTimes(1);
    const [deps, now] = tick.mock.calls[0]!;
    expect(deps).toBe(workerDeps(env).deps);
    expect(now.toISOString()).toBe('2025-06-02T09:00:00.000Z');
  });

  it('a failing digest tick fails the scheduled invocation (visible in cron logs)', async () => {
    vi.mocked(runDigestTick).mockRejectedValueOnce(new Error('mail relay down'));
    await expect(
      worker.scheduled(
        createScheduledController({ scheduledTime: Date.now(), cron: '0 * * * *' }),
        env,
        createExecutionContext(),
      ),
    ).rejects.toThrow('mail relay down');
  });
});
