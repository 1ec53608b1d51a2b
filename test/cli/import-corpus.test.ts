import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client.js';
import { corpusPath, tempDatabaseUrl } from '../paths.js';
import { runCli } from './run-cli.js';

// The whole shared corpus through `pulse import`: 637 postmortems, 8 other files skipped, then a
// second run that changes nothing.
describe('pulse import ../shared/corpus', () => {
  let url: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ url, cleanup } = await tempDatabaseUrl());
  });
  afterAll(() => cleanup());

  it('imports every postmortem, skips the rest, and is idempotent', async () => {
    const first = await runCli(['import', corpusPath(), '--json'], { DATABASE_URL: url });
    expect(first.stderr).toBe('');
    const summary = JSON.parse(first.stdout);
    expect(summary.failed).toBe(0);
    expect(summary.created).toBe(637);
    expect(summary.skipped).toBe(8);
    expect(first.code).toBe(0);

    const { db, close } = createDb({ url });
    const [{ n }] = (await db.all(sql`select count(*) as n from postmortems`)) as [{ n: number }];
    const [{ r }] = (await db.all(sql`select count(*) as r from revisions`)) as [{ r: number }];
    close();
    expect(n).toBe(637);
    expect(r).toBe(637);

    const second = await runCli(['import', corpusPath(), '--json'], { DATABASE_URL: url });
    const again = JSON.parse(second.stdout);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 637, skipped: 8, failed: 0 });
  }, 300_000);
});
