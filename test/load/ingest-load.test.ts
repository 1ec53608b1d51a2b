import { describe, expect, it } from 'vitest';
import { runIngestLoad } from './ingest-load.js';

describe('load: concurrent ingest (bounded form; full size: npm run load:ingest)', () => {
  it('ingests distinct and racing duplicate documents with exact counts and no errors', async () => {
    const documents = 60;
    const copies = 3;
    const report = await runIngestLoad({ documents, copies, connections: 16 });
    console.log(`load (bounded): ${JSON.stringify(report)}`);
    expect(report.requests).toBe(documents * copies);
    expect(report.errors).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.non2xx).toBe(0);
    // Each document created exactly once; every other copy saw it unchanged.
    expect(report.outcomes).toEqual({ created: documents, unchanged: documents * (copies - 1) });
    expect(report.stored).toEqual({
      postmortems: documents,
      revisions: documents,
      duplicateIdentities: 0,
      withoutSingleRevision: 0,
    });
  }, 120_000);
});
