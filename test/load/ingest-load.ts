/**
 * Many concurrent ingests of distinct and duplicate documents against the real Node server (loopback
 * only), then exact counts from the database. Shared by the bounded test and scripts/load-ingest.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { parseConfig } from '../../server/config.js';
import { startNodeServer } from '../../server/node.js';
import { createToken } from '../../server/services/tokens.js';
import { markdownPostmortem } from '../fixtures/documents.js';

export interface LoadOptions {
  documents: number;
  /** Times each document is sent; copies are adjacent in the sequence, so they race each other. */
  copies: number;
  connections: number;
}

export interface LoadReport {
  requests: number;
  seconds: number;
  throughputPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  outcomes: Record<string, number>;
  stored: {
    postmortems: number;
    revisions: number;
    duplicateIdentities: number;
    withoutSingleRevision: number;
  };
}

/** The parts of autocannon used here (it ships no types; bench/autocannon.d.ts declares a smaller slice). */
type Cannon = (options: {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  requests: {
    method: string;
    path: string;
    headers: Record<string, string>;
    setupRequest: (request: Record<string, unknown>) => Record<string, unknown>;
    onResponse: (status: number, body: string) => void;
  }[];
}) => Promise<{
  duration: number;
  requests: { total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}>;
const cannon = autocannon as unknown as Cannon;

const CAUSES = [
  'The TLS certificate on the payment gateway expired because the renewal job had been disabled.',
  'A configuration change lowered the connection pool size and the database connections ran out.',
  'A dependency upgrade doubled memory use and the service was killed by the out-of-memory killer.',
  'A schema migration locked the orders table during peak traffic.',
];

export function loadDocument(i: number): string {
  return markdownPostmortem({
    id: `load-${i}`,
    team: ['payments', 'search', 'identity', 'storage'][i % 4]!,
    date: `2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `Incident ${i}: elevated errors`,
    cause: CAUSES[i % CAUSES.length]!,
    extra: `Reference ${i}.`,
  });
}

export async function runIngestLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), 'pulse-load-'));
  const config = parseConfig({
    DATABASE_URL: `file:${join(dir, 'pulse.db')}`,
    HOST: '127.0.0.1',
    PORT: '0',
    PULSE_DEMO: 'off',
    LOG_LEVEL: 'warn',
    // The limiter is exercised elsewhere; here it would turn the measurement into a 429 count.
    RATE_LIMIT_INGEST_PER_MINUTE: '100000000',
  });
  const server = await startNodeServer(config, { quiet: true });
  try {
    const { secret } = await createToken(server.deps.db, { name: 'load', role: 'ingest' }, 'load-test');
    const bodies: string[] = [];
    for (let i = 0; i < options.documents; i++)
      for (let c = 0; c < options.copies; c++) bodies.push(loadDocument(i));
    const outcomes: Record<string, number> = {};
    let next = 0;
    const result = await cannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: options.connections,
      amount: bodies.length,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/api/postmortems',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'text/markdown' },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            let key = String(status);
            try {
              key = (JSON.parse(body) as { status?: string; error?: { code: string } }).status ?? key;
            } catch {}
            outcomes[key] = (outcomes[key] ?? 0) + 1;
          },
        },
      ],
    });
    const one = async (query: string) => ((await server.deps.db.all(sql.raw(query))) as [{ n: number }])[0].n;
    const seconds = result.duration;
    return {
      requests: result.requests.total,
      seconds,
      throughputPerSecond: Math.round((result.requests.total / seconds) * 10) / 10,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      outcomes,
      stored: {
        postmortems: await one('select count(*) as n from postmortems'),
        revisions: await one('select count(*) as n from revisions'),
        duplicateIdentities: await one(
          'select count(*) as n from (select source, external_id from postmortems group by 1, 2 having count(*) > 1)',
        ),
        withoutSingleRevision: await one(
          'select count(*) as n from postmortems p where (select count(*) from revisions r where r.postmortem_id = p.id) <> 1 or p.current_revision_id not in (select id from revisions r where r.postmortem_id = p.id)',
        ),
      },
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
