/**
 * `npm run bench [-- --only a,b,c,d,e,f --quick]`: measures the figures the targets in bench/RESULTS.md
 * are about, on this machine, and rewrites that file. Not a test: nothing here fails CI.
 * Run from the repository root (scripts/bench.mjs bundles this file to dist/bench.mjs and runs it).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { analyzeBlame } from '../analysis/blame/index.js';
import { analyzeCause, DEFAULT_MATCH_THRESHOLD, similarity } from '../analysis/causes/index.js';
import {
  catalogue,
  type GeneratedIncident,
  generateDocuments,
  generateIncidents,
} from '../analysis/generator/index.js';
import { parsePostmortem } from '../analysis/parse/index.js';
import { createDb, type Db } from '../db/client.js';
import { migrateNode } from '../db/migrate-node.js';
import * as schema from '../db/schema/index.js';
import { createApp } from '../server/app.js';
import { parseConfig } from '../server/config.js';
import type { AppDeps } from '../server/context.js';
import { createLogger } from '../server/lib/logger.js';
import { findCauseCandidates } from '../server/services/causes.js';
import { ingestDocument } from '../server/services/ingest.js';
import { computeMetric, parseMetricsQuery, sloDays } from '../server/services/metrics/index.js';
import type { Principal } from '../server/services/principal.js';
import { createToken } from '../server/services/tokens.js';

const END_DATE = '2026-06-30';
const SEED = 424_242;
const ADMIN: Principal = {
  role: 'admin',
  teams: [],
  subject: 'bench',
  via: 'token',
  tokenId: null,
  sessionId: null,
};
const WORK = resolve('dist/bench-data');
const RESULTS_JSON = resolve('bench/results.json');
const RESULTS_MD = resolve('bench/RESULTS.md');
/** `--reuse`: read benchmarks open the databases an earlier run populated instead of writing them again. */
const REUSE = process.argv.includes('--reuse');

interface Row {
  key: string;
  measure: string;
  measured: string;
  target: string;
  pass: boolean | null;
  note: string;
}

// ---------- helpers ----------

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function log(line: string) {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

async function freshDb(name: string): Promise<{ db: Db; url: string; close: () => void }> {
  mkdirSync(WORK, { recursive: true });
  const path = join(WORK, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
  const url = `file:${path}`;
  const handle = createDb({ url });
  await migrateNode(handle.db);
  return { ...handle, url };
}

async function openDb(name: string): Promise<{ db: Db; url: string; close: () => void } | null> {
  const path = join(WORK, `${name}.db`);
  if (!existsSync(path)) return null;
  const url = `file:${path}`;
  return { ...createDb({ url }), url };
}

function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {}
  return `${model}; ${cpus().length} cores; ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;
}

// ---------- a. analysis throughput on the real corpus ----------

function corpusDocuments(): { name: string; text: string; contentType: 'markdown' | 'html' }[] {
  const root = resolve('../shared/corpus');
  const docs: { name: string; text: string; contentType: 'markdown' | 'html' }[] = [];
  for (const dir of ['wikitech', 'dfds']) {
    const folder = join(root, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!/\.(md|markdown|html?)$/i.test(name)) continue;
      docs.push({
        name: `${dir}/${name}`,
        text: readFileSync(join(folder, name), 'utf8'),
        contentType: /\.html?$/i.test(name) ? 'html' : 'markdown',
      });
    }
  }
  return docs;
}

function benchAnalysis(quick: boolean): Row[] {
  const docs = corpusDocuments();
  if (docs.length === 0)
    return [
      {
        key: 'a',
        measure: 'analysis throughput',
        measured: 'corpus not found at ../shared/corpus',
        target: '≥ 300 docs/s',
        pass: null,
        note: '',
      },
    ];
  const rounds = quick ? 2 : 5;
  const parseOnly = () => {
    for (const d of docs) parsePostmortem({ text: d.text, contentType: d.contentType, filename: d.name });
  };
  const stageMs = { parse: 0, blame: 0, causes: 0 };
  const full = () => {
    for (const d of docs) {
      const t0 = performance.now();
      const p = parsePostmortem({ text: d.text, contentType: d.contentType, filename: d.name });
      const t1 = performance.now();
      analyzeBlame(p.body, { sections: p.sections });
      const t2 = performance.now();
      analyzeCause({
        rootCauses: p.rootCauses,
        triggers: p.triggers,
        contributingFactors: p.contributingFactors,
        summary: p.summary,
        services: p.services,
        title: p.title,
      });
      const t3 = performance.now();
      stageMs.parse += t1 - t0;
      stageMs.blame += t2 - t1;
      stageMs.causes += t3 - t2;
    }
  };
  parseOnly();
  full(); // warm-up: JIT and memoised lexicons
  stageMs.parse = stageMs.blame = stageMs.causes = 0;
  // Interleaved rounds so a noisy neighbour hurts both passes alike.
  let parseMs = 0;
  let fullMs = 0;
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    parseOnly();
    parseMs += performance.now() - t;
    t = performance.now();
    full();
    fullMs += performance.now() - t;
  }
  const split = `time split in the full pass: parse ${fmt((100 * stageMs.parse) / fullMs, 0)}%, blame ${fmt((100 * stageMs.blame) / fullMs, 0)}%, causes ${fmt((100 * stageMs.causes) / fullMs, 0)}%`;
  const n = docs.length * rounds;
  const fullRate = (n / fullMs) * 1000;
  const parseRate = (n / parseMs) * 1000;
  const ratio = fullMs / parseMs;
  return [
    {
      key: 'a1',
      measure: `a. analysis throughput, parse + blame + causes (${docs.length} corpus docs: wikitech + dfds, ${rounds} rounds)`,
      measured: `${fmt(fullRate, 0)} docs/s`,
      target: '≥ 300 docs/s',
      pass: fullRate >= 300,
      note: `parse only: ${fmt(parseRate, 0)} docs/s; ${split}`,
    },
    {
      key: 'a2',
      measure: 'a. full analysis time relative to parse only',
      measured: `${fmt(ratio, 2)}x`,
      target: '≤ 3x',
      pass: ratio <= 3,
      note:
        ratio > 3
          ? `${split}. The analysers, not the parser, set the ratio: profile the larger share (per-sentence rule passes in blame, per-sentence concept regexes in causes) and skip sentences a cheap keyword prefilter rules out.`
          : split,
    },
  ];
}

// ---------- b. bulk import through ingestDocument ----------

async function benchIngest(count: number): Promise<Row[]> {
  const { db, close } = await freshDb(`ingest-${count}`);
  const ctx = { db, maxDocumentBytes: 1 << 20, recurrenceWindowDays: 365 };
  let done = 0;
  const started = performance.now();
  // This process's CPU time: on a shared machine the wall-clock rate also measures everyone else's load.
  const cpuAtStart = process.cpuUsage();
  for (const document of generateDocuments({
    seed: SEED,
    postmortems: count,
    endDate: END_DATE,
    source: 'bench',
  })) {
    await ingestDocument(ctx, ADMIN, {
      raw: document.text,
      contentType: 'markdown',
      filename: document.path,
      source: 'bench',
    });
    done++;
    if (done % 1000 === 0)
      log(`b: ${done}/${count} ingested, ${fmt((done / (performance.now() - started)) * 1000, 0)} docs/s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  close();
  const rate = count / seconds;
  return [
    {
      key: `b-${count}`,
      measure: `b. bulk import through ingestDocument into a libsql file, ${count} generated docs (~5 action items each)`,
      measured: `${fmt(rate, 0)} docs/s (${fmt(seconds, 0)} s)`,
      target: '≥ 150 docs/s',
      pass: rate >= 150,
      note: `process CPU ${fmt(cpuSeconds, 0)} s (${fmt((cpuSeconds / count) * 1000, 1)} ms per document, ${fmt(count / cpuSeconds, 0)} docs/s per fully available core); load average at the end ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    },
  ];
}

// ---------- direct population for the read benchmarks (c at 100k, d, e) ----------

const severityOf = (i: GeneratedIncident) => i.severity;

/**
 * Writes generated incidents straight into the schema tables in large batches: full ingest of 100k
 * documents takes longer than a bench run should. Analysis columns come from the generator's ground
 * truth (blame flag) and analyzeCause over the incident's cause statements (for the term index).
 */
async function populateDirect(
  name: string,
  count: number,
  withCauseIndex: boolean,
): Promise<{ db: Db; url: string; close: () => void; actionItems: number }> {
  if (REUSE) {
    const existing = await openDb(name);
    if (existing) {
      const [row] = await existing.db.all<{ n: number }>(sql`select count(*) as n from action_items`);
      log(`reusing ${name}`);
      return { ...existing, actionItems: Number(row?.n ?? 0) };
    }
  }
  const handle = await freshDb(name);
  const { db } = handle;
  await db.run(sql`PRAGMA journal_mode=WAL`);
  await db.run(sql`PRAGMA synchronous=OFF`);
  const { teams, services } = catalogue();
  await db.insert(schema.teams).values(teams);
  await db.insert(schema.services).values(services);
  const started = performance.now();
  let pmRows: (typeof schema.postmortems.$inferInsert)[] = [];
  let revRows: (typeof schema.revisions.$inferInsert)[] = [];
  let itemRows: (typeof schema.actionItems.$inferInsert)[] = [];
  let svcRows: (typeof schema.postmortemServices.$inferInsert)[] = [];
  let featureRows: (typeof schema.causeFeatures.$inferInsert)[] = [];
  let termRows: (typeof schema.causeTerms.$inferInsert)[] = [];
  const df = new Map<string, number>();
  let actionItems = 0;
  const chunked = <T>(rows: T[], size: number) => {
    const out: T[][] = [];
    for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
    return out;
  };
  const flush = async () => {
    const statements = [
      ...chunked(pmRows, 500).map((r) => db.insert(schema.postmortems).values(r)),
      ...chunked(revRows, 1000).map((r) => db.insert(schema.revisions).values(r)),
      ...chunked(svcRows, 2000).map((r) => db.insert(schema.postmortemServices).values(r)),
      ...chunked(itemRows, 1000).map((r) => db.insert(schema.actionItems).values(r)),
      ...chunked(featureRows, 500).map((r) => db.insert(schema.causeFeatures).values(r)),
      ...chunked(termRows, 5000).map((r) => db.insert(schema.causeTerms).values(r)),
    ];
    if (statements.length) await db.batch(statements as unknown as Parameters<typeof db.batch>[0]);
    pmRows = [];
    revRows = [];
    itemRows = [];
    svcRows = [];
    featureRows = [];
    termRows = [];
  };
  for (const incident of generateIncidents({
    seed: SEED,
    postmortems: count,
    endDate: END_DATE,
    source: 'bench',
  })) {
    const id = incident.index + 1;
    pmRows.push({
      id,
      source: 'bench',
      externalId: incident.id,
      currentRevisionId: id,
      title: incident.title,
      teamId: incident.teamId,
      occurredOn: incident.occurredOn,
      startedAt: incident.startedAt,
      detectedAt: incident.detectedAt,
      resolvedAt: incident.resolvedAt,
      publishedOn: incident.publishedOn,
      timeToDetectMinutes: incident.timeToDetectMinutes,
      timeToRecoverMinutes: incident.timeToRecoverMinutes,
      severity: severityOf(incident),
      summary: incident.summary,
      blameScore: incident.blameful ? 65 : 5,
      blameful: incident.blameful,
      blameFindingCount: incident.blameful ? 2 : 0,
      causeCategory: incident.failureMode,
    });
    revRows.push({
      id,
      postmortemId: id,
      number: 1,
      contentHash: incident.id,
      contentType: 'markdown',
      raw: '',
      body: '',
      parsedJson: '{}',
      parserVersion: 'bench',
      blameScore: incident.blameful ? 65 : 5,
      blameful: incident.blameful,
    });
    for (const service of incident.services) svcRows.push({ postmortemId: id, service });
    incident.actionItems.forEach((item, position) => {
      actionItems++;
      itemRows.push({
        postmortemId: id,
        teamId: incident.teamId,
        key: `${position}`,
        position,
        text: item.text,
        owner: item.owner,
        status: item.status,
        documentStatus: item.status,
        dueOn: item.due,
        createdOn: incident.publishedOn,
        completedOn: item.status === 'done' ? incident.publishedOn : null,
        trackerRef: item.ticket,
        kind: item.kind,
        statusSource: 'document',
      });
    });
    if (withCauseIndex) {
      const features = analyzeCause({
        rootCauses: [incident.rootCause],
        triggers: [incident.triggerText],
        contributingFactors: incident.contributing,
        summary: incident.summary,
        services: incident.services,
        title: incident.title,
      });
      featureRows.push({
        postmortemId: id,
        revisionId: id,
        text: incident.rootCause,
        textHash: incident.id,
        labelsJson: '[]',
        triggerLabelsJson: '[]',
        contributingLabelsJson: '[]',
        primaryCategory: incident.failureMode,
        termsJson: '{}',
        componentsJson: '[]',
        featuresJson: JSON.stringify(features),
        version: 'bench',
      } as typeof schema.causeFeatures.$inferInsert);
      for (const [term, weight] of Object.entries(features.terms)) {
        termRows.push({ term, postmortemId: id, weight });
        df.set(term, (df.get(term) ?? 0) + 1);
      }
    }
    if (id % 5000 === 0) {
      await flush();
      log(`populate ${name}: ${id}/${count} (${fmt((performance.now() - started) / 1000, 0)} s)`);
    }
  }
  await flush();
  if (withCauseIndex) {
    for (const rows of chunked(
      [...df.entries()].map(([term, n]) => ({ term, df: n })),
      2000,
    ))
      await db.insert(schema.causeTermStats).values(rows);
  }
  await db.run(sql`PRAGMA synchronous=FULL`);
  await db.run(sql`ANALYZE`);
  return { ...handle, actionItems };
}

// ---------- c. recurrence candidate lookup ----------

async function benchCandidates(db: Db, stored: number, label: string): Promise<{ row: Row; p50: number }> {
  // A reused database may predate the lookup's index (cause_terms_term_weight_idx).
  await migrateNode(db);
  // New postmortems the store has not seen: same organisation, later indexes.
  const probes = [
    ...generateIncidents({ seed: SEED + 1, postmortems: 200, endDate: END_DATE, source: 'probe' }),
  ];
  const features = probes.map((i) =>
    analyzeCause({
      rootCauses: [i.rootCause],
      triggers: [i.triggerText],
      contributingFactors: i.contributing,
      summary: i.summary,
      services: i.services,
      title: i.title,
    }),
  );
  for (const f of features.slice(0, 20)) await findCauseCandidates(db, -1, f); // warm the page cache
  const times: number[] = [];
  let found = 0;
  for (const f of features) {
    const t = performance.now();
    const { candidates } = await findCauseCandidates(db, -1, f);
    times.push(performance.now() - t);
    found += candidates.length;
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  // The part of each lookup that reads the whole-corpus document count for idf.
  const countTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await db.all(sql`select count(*) from cause_features`);
    countTimes.push(performance.now() - t);
  }
  const countMs = percentile(countTimes, 50);
  const quality = await candidateQuality(db, features.slice(0, 100));
  return {
    p50,
    row: {
      key: `c-${stored}-${label === 'index written by ingest' ? 'ingest' : 'direct'}`,
      measure: `c. recurrence candidate lookup per new postmortem (findCauseCandidates, SQL over cause_terms), ${stored} stored (${label})`,
      measured: `p50 ${fmt(p50, 2)} ms, p95 ${fmt(p95, 2)} ms`,
      target: '≤ 5 ms at 100k, sublinear',
      pass: stored >= 100_000 ? p95 <= 5 : p50 <= 5,
      note: `${fmt(found / features.length, 0)} candidates per lookup on average; of each lookup, \`select count(*) from cause_features\` (for idf) takes ${fmt(countMs, 2)} ms. Against an exact lookup (every posting of the same query terms summed, no cap; 100 probes): the best match (highest similarity among the exact top 50) is found in ${fmt(quality.bestFound * 100, 0)}% of probes, the best match found is on average ${fmt(quality.gap, 3)} below it in similarity, ${fmt(quality.bestFoundAboveThreshold * 100, 0)}% of the ${quality.aboveThreshold} probes with a match at the clustering threshold (${DEFAULT_MATCH_THRESHOLD}) still find one, and the two top-50 sets share ${fmt(quality.overlap * 100, 0)}% of their members`,
    },
  };
}

/**
 * How much the bounded lookup (top postings per term) gives up against the exact one: every posting of
 * the same query terms summed, no cap. What matters for clustering and links is the best match.
 */
async function candidateQuality(db: Db, probes: ReturnType<typeof analyzeCause>[]) {
  let bestFound = 0;
  let bestFoundAboveThreshold = 0;
  let aboveThreshold = 0;
  let overlap = 0;
  let gap = 0;
  const featuresById = async (ids: number[]) => {
    if (ids.length === 0) return new Map<number, ReturnType<typeof analyzeCause>>();
    const rows = await db.all<{ id: number; json: string }>(
      sql`select postmortem_id as id, features_json as json from cause_features where postmortem_id in (select value from json_each(${JSON.stringify(ids)}))`,
    );
    return new Map(rows.map((r) => [Number(r.id), JSON.parse(r.json) as ReturnType<typeof analyzeCause>]));
  };
  for (const f of probes) {
    const { candidates, idf, query } = await findCauseCandidates(db, -1, f);
    if (query.length === 0) continue;
    const weightCase = sql.join(
      [sql`case term`, ...query.map((q) => sql`when ${q.term} then ${q.weight}`), sql`else 0 end`],
      sql` `,
    );
    const exact = await db.all<{ id: number }>(
      sql`select postmortem_id as id from cause_terms where term in (select value from json_each(${JSON.stringify(query.map((q) => q.term))}))
          group by postmortem_id order by sum(weight * ${weightCase}) desc, postmortem_id asc limit 50`,
    );
    const exactIds = exact.map((r) => Number(r.id));
    const boundedIds = new Set(candidates.map((c) => c.postmortemId));
    overlap += exactIds.length ? exactIds.filter((id) => boundedIds.has(id)).length / exactIds.length : 1;
    const features = await featuresById([...new Set([...exactIds, ...boundedIds])]);
    const best = (ids: Iterable<number>) => {
      let top = 0;
      for (const id of ids) top = Math.max(top, similarity(f, features.get(id)!, idf));
      return top;
    };
    const exactBest = best(exactIds);
    const boundedBest = best(boundedIds);
    if (boundedBest >= exactBest - 1e-9) bestFound++;
    gap += exactBest - boundedBest;
    if (exactBest >= DEFAULT_MATCH_THRESHOLD) {
      aboveThreshold++;
      if (boundedBest >= DEFAULT_MATCH_THRESHOLD) bestFoundAboveThreshold++;
    }
  }
  return {
    bestFound: bestFound / probes.length,
    bestFoundAboveThreshold: aboveThreshold ? bestFoundAboveThreshold / aboveThreshold : 1,
    aboveThreshold,
    overlap: overlap / probes.length,
    gap: gap / probes.length,
  };
}

// ---------- d/e. dashboard API under load, server memory ----------

async function serveChild(url: string, port: number) {
  const config = parseConfig({
    DATABASE_URL: url,
    PULSE_DEMO: 'off',
    LOG_LEVEL: 'silent',
    PORT: String(port),
  });
  const { db } = createDb({ url });
  const deps: AppDeps = {
    db,
    config,
    logger: createLogger('silent'),
    now: () => new Date(`${END_DATE}T12:00:00Z`),
  };
  const server = serve({ fetch: createApp(deps).fetch, hostname: '127.0.0.1', port });
  server.once('listening', () => process.stdout.write('ready\n'));
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function benchDashboard(
  name: string,
  count: number,
  seconds: number,
  existing: { db: Db; url: string; actionItems: number } | null,
): Promise<Row[]> {
  const handle = existing ?? (await populateDirect(name, count, false));
  const { db, url } = handle;
  // A reused database was written by an older schema: bring it up to the indexes and triggers the server expects.
  await migrateNode(db);
  const token = (await createToken(db, { name: `bench-${Date.now()}`, role: 'leader' }, 'bench')).secret;
  // A fresh server per route: requests autocannon gave up on keep the previous one busy for minutes.
  const startServer = async () => {
    const port = 18_000 + Math.floor(Math.random() * 2000);
    const child = spawn(process.execPath, [process.argv[1]!, '--serve', url, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((ready, fail) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready());
      child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    });
    return { child, port };
  };
  let peak = { rssMb: 0, peakMb: 0 };
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const from = '2025-07-01';
  const to = END_DATE;
  const routes = [
    { path: `/api/metrics/action-items?from=${from}&to=${to}`, metric: 'action-items' as const },
    { path: `/api/metrics/blame?from=${from}&to=${to}`, metric: 'blame' as const },
    { path: '/api/postmortems?limit=50', metric: null },
  ];
  const rows: Row[] = [];
  try {
    for (const route of routes) {
      server = await startServer();
      const { port } = server;
      // Warm-up request (first query plans, page cache).
      const warm = await fetch(`http://127.0.0.1:${port}${route.path}`, {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(120_000),
      }).catch((error: unknown) => new Response(String(error), { status: 599 }));
      if (!warm.ok) {
        rows.push({
          key: `d-${count}-${route.path}`,
          measure: `d. GET ${route.path}`,
          measured: `HTTP ${warm.status}`,
          target: 'p95 ≤ 50 ms',
          pass: false,
          note: (await warm.text()).slice(0, 200),
        });
        server.child.kill('SIGTERM');
        server = null;
        continue;
      }
      const result = await autocannon({
        url: `http://127.0.0.1:${port}${route.path}`,
        connections: 50,
        duration: seconds,
        headers: { authorization: `Bearer ${token}` },
      });
      const memory = memoryOf(server.child.pid!);
      if (memory.peakMb > peak.peakMb) peak = memory;
      server.child.kill('SIGTERM');
      server = null;
      const lat = result.latency;
      const p95 = lat.p95 ?? lat.p97_5 ?? Number.NaN;
      const rps = result.requests.average;
      // The same aggregate without HTTP: the service in-process, then the bare SQL.
      let inProcess = Number.NaN;
      let bare = Number.NaN;
      if (route.metric) {
        const q = parseMetricsQuery({ from, to }, new Date(`${END_DATE}T12:00:00Z`));
        const times: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          await computeMetric(
            db,
            ADMIN,
            route.metric,
            q,
            sloDays({ SLO_DAYS_SEV12: 28, SLO_DAYS_OTHER: 56 }),
          );
          times.push(performance.now() - t);
        }
        inProcess = percentile(times, 50);
        bare = await bareSqlMs(db, route.metric, from, to);
      }
      const ratio = p95 / bare;
      const non2xx = result.non2xx + result.errors;
      if (result.requests.total === 0) {
        rows.push({
          key: `d-${count}-${route.path}`,
          measure: `d. GET ${route.path.split('?')[0]} at ${count} postmortems / ${handle.actionItems} action items, 50 connections, ${seconds} s`,
          measured: `no request completed within autocannon's 10 s timeout (${result.timeouts} timeouts)${route.metric ? `; one request alone, uncached: service ${fmt(inProcess, 0)} ms, bare SQL ${fmt(bare, 1)} ms` : ''}`,
          target: `p95 ≤ 50 ms, ≥ 500 req/s${route.metric ? ', p95 within 3x of bare SQL' : ''}`,
          pass: false,
          note: '',
        });
        continue;
      }
      rows.push({
        key: `d-${count}-${route.path}`,
        measure: `d. GET ${route.path.split('?')[0]} at ${count} postmortems / ${handle.actionItems} action items, 50 connections, ${seconds} s`,
        measured: `p50 ${lat.p50} ms, p95 ${p95} ms, p99 ${lat.p99} ms, ${fmt(rps, 0)} req/s${non2xx ? `, ${non2xx} errors/non-2xx` : ''}${route.metric ? `; one request alone, uncached: service ${fmt(inProcess, 1)} ms, bare SQL ${fmt(bare, 1)} ms` : ''}`,
        target: `p95 ≤ 50 ms, ≥ 500 req/s${route.metric ? ', p95 within 3x of bare SQL' : ''}`,
        pass: p95 <= 50 && rps >= 500 && (!route.metric || ratio <= 3) && non2xx === 0,
        note: '',
      });
      log(`d: ${route.path}: p95 ${p95} ms, ${fmt(rps, 0)} req/s`);
    }
    const memory = peak;
    rows.push({
      key: `e-${count}`,
      measure: `e. server memory after the load runs at ${count} postmortems`,
      measured: `peak RSS ${fmt(memory.peakMb, 0)} MB (largest of the per-route servers, read right after each load run)`,
      target: '≤ 500 MB',
      pass: memory.peakMb <= 500,
      note: '',
    });
  } finally {
    server?.child.kill('SIGTERM');
  }
  return rows;
}

/** The action-item / blame aggregate written by hand as one SQL statement, for comparison. */
async function bareSqlMs(db: Db, metric: string, from: string, to: string): Promise<number> {
  const statement =
    metric === 'action-items'
      ? sql`select p.team_id, ai.status, count(*), sum(case when ai.status = 'open' and ai.due_on < ${END_DATE} then 1 else 0 end)
            from action_items ai join postmortems p on p.id = ai.postmortem_id
            where p.occurred_on between ${from} and ${to} group by p.team_id, ai.status`
      : sql`select team_id, strftime('%Y-%W', occurred_on), count(*), sum(blameful), avg(blame_score)
            from postmortems where occurred_on between ${from} and ${to} group by 1, 2`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await db.all(statement);
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

// ---------- f. Worker bundle ----------

function benchWorker(): Row[] {
  if (!existsSync('scripts/check-worker.mjs'))
    return [
      {
        key: 'f',
        measure: 'f. Worker bundle',
        measured: 'scripts/check-worker.mjs not present',
        target: '',
        pass: null,
        note: '',
      },
    ];
  try {
    const out = execFileSync(process.execPath, ['scripts/check-worker.mjs', '--cold-start'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = out.trim().split('\n').filter(Boolean);
    const size = lines.find((l) => l.startsWith('Worker bundle:')) ?? '';
    const gzipKiB = Number(/([\d.]+) KiB gzip/.exec(size)?.[1] ?? Number.NaN);
    const cold = lines.find((l) => l.startsWith('Cold start')) ?? '';
    const oursMs = Number(/our script's share of a cold start[^:]*: (\d+) ms/.exec(cold)?.[1] ?? Number.NaN);
    return [
      {
        key: 'f',
        measure: 'f. Worker bundle size (wrangler deploy --dry-run, gzip) via scripts/check-worker.mjs',
        measured: size,
        target: '≤ 500 KiB gzip',
        pass: gzipKiB <= 500,
        note: '',
      },
      {
        key: 'f-cold',
        measure:
          'f. Worker cold start (local workerd via Miniflare: boot over a one-line Worker + first request)',
        measured: cold,
        target: '≤ 200 ms',
        pass: oursMs <= 200,
        note: 'Measured locally, not on Cloudflare (no network here). Most of it is parsing and evaluating a 1.5 MB script (zod schemas, markdown-it, yaml, node-html-markdown, the blame rules and concept tables all evaluate at start-up). What would fix it: evaluate the analysis modules lazily on first use (the parse and blame modules are only needed by ingest and lint routes), and build route schemas on first use.',
      },
    ];
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return [
      {
        key: 'f',
        measure: 'f. Worker bundle via scripts/check-worker.mjs',
        measured:
          `failed: ${(e.stderr || e.stdout || String(error)).trim().split('\n').slice(-2).join(' ')}`.slice(
            0,
            300,
          ),
        target: '',
        pass: false,
        note: '',
      },
    ];
  }
}

// ---------- results ----------

/**
 * Why a target was missed and what would fix it, by row key prefix. Kept here (not in results.json) so
 * the explanation can be revised and the file re-rendered with `--render` without re-measuring.
 */
const MISS_NOTES: Array<[RegExp, string]> = [
  [
    /^b-/,
    "The rate no longer falls as the store grows (candidate lookup bounded, row c), and each document is one batch and one commit: revision, sections, blame findings, action items, cause features, term index, cluster and recurrence links. Services, sections, blame findings, cause statements and action items are now one JSON-parameter insert-select each, and a new postmortem skips the deletes that replace a previous revision's rows: 24.5 → 20.6 statements per document (reads, BEGIN and COMMIT included), process CPU 9.9 → 9.6 ms per document at 10k in an A/B run of both versions (the stored rows of the 1k and 10k sets are identical, ids included). What is left is CPU, ~9.5 ms per document; 150 docs/s needs ≤ 6.7. Per-statement time at 1k (prepare + run, ms per document): COMMIT 1.1, the candidate query 0.8, the recurrence insert-select 0.45, the postmortem upsert 0.27, the term index insert 0.25, every other statement ≤ 0.2; all SQLite work ~4 ms, the rest is parse, blame and cause analysis and drizzle. Several documents per commit (a throwaway experiment: groups of 8 in one batch, without the overlay that keeps results equal) saved only ~0.7-1.0 ms per document; it needs an in-memory overlay of the group's cause features, df counts and new clusters in planCauseAnalysis (server/services/causes.ts) to keep clusters and links equal to one-by-one. Reaching 6.7 ms also needs the analysis side (row a2) and a cheaper candidate query.",
  ],
  [
    /^c-/,
    'Reads at most 200 postings per query term (index cause_terms_term_weight_idx on term, weight, postmortem_id; best weight first, newest first among equal weights), so its cost depends on the query, not the store. The price is recall on this generated corpus, whose vocabulary is tiny (~600 distinct terms for 10k documents, so every posting list is long and weights tie): see the exact-lookup comparison in the note.',
  ],
  [
    /^d-.*metrics/,
    "Load figures are with the response cache warm (server/services/metrics/cache.ts: answers keyed by metric, normalised query, readable teams, SLO days and metrics_data_version, a counter in app_meta that triggers bump in the same transaction as any write to a table the metrics read, so a cached answer is exact by construction; every request still authenticates its token and reads the counter). On 2 cores shared with autocannon and other work, p95 sits at 45-70 ms at 1400-2600 req/s from run to run; action-items also writes a 60 KB body per request. The first request after any write pays the uncached service time: action-items runs eight aggregate statements, three of them over every action item in scope (backlog carried in, undated counts, the due-day pass), so the cold answer is ~5x the bare statement (which only groups the period's items by team and status); the index action_items(status, completed_on) took it from ~2.3 s to ~1.4 s. What would make the cold path cheap: per-team, per-day rollups kept exact in the write paths (created/completed/closed counts, time-to-close histograms; due-day figures would need the SLO class and incident date per rollup key, since SLO days are configuration).",
  ],
  [
    /^d-.*postmortems/,
    "A page is a bounded walk of postmortems_list_order_idx (sort_date, id), sort_date being a generated column coalesce(occurred_on, '0000-00-00'); the cursor is a row-value range on the same index; pages are served from the same data-versioned cache as the metrics. What is left per request is token auth, one counter read and the HTTP write, on 2 cores shared with autocannon and other work.",
  ],
  [/^a2/, ''],
];

function missNote(row: Row): string {
  if (row.pass !== false) return row.note;
  const extra = MISS_NOTES.find(([pattern]) => pattern.test(row.key))?.[1] ?? '';
  return [row.note, extra].filter(Boolean).join(' — ');
}

function writeResults(rows: Row[], command: string | null) {
  const previous: { machine?: string; rows?: Row[]; runs?: Record<string, string> } = existsSync(RESULTS_JSON)
    ? JSON.parse(readFileSync(RESULTS_JSON, 'utf8'))
    : {};
  const merged = new Map((previous.rows ?? []).map((r) => [r.key, r]));
  const runs = previous.runs ?? {};
  const stamp = `${new Date().toISOString().slice(0, 16)}Z — ${machine()} — \`${command}\``;
  for (const r of rows) {
    merged.set(r.key, r);
    if (command) runs[r.key] = stamp;
  }
  const all = [...merged.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ rows: all, runs }, null, 2)}\n`);
  const verdict = (r: Row) => (r.pass === null ? '—' : r.pass ? 'pass' : '**miss**');
  const escapeCell = (s: string) => s.replace(/\|/g, '\\|');
  const stamps = [...new Set(all.map((r) => runs[r.key]))];
  const md = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts); raw figures in bench/results.json. Benchmarks are not tests: CI does not run them.',
    'Generated data: analysis/generator (seed 424242, end date 2026-06-30, ~5 action items per postmortem).',
    '',
    '## Runs',
    '',
    ...stamps.map((s) => `- ${s}`),
    '',
    '## Figures',
    '',
    '| Measure | Measured | Target | Result | Why / what would fix it |',
    '|---|---|---|---|---|',
    ...all.map(
      (r) =>
        `| ${escapeCell(r.measure)} | ${escapeCell(r.measured)} | ${escapeCell(r.target)} | ${verdict(r)} | ${escapeCell(missNote(r))} |`,
    ),
    '',
    '## Reading these figures',
    '',
    "- The machine has 2 cores shared with several other engineers' builds and tests; the load average at the start of each run is in its line above. b at 10k ran at load ~10 (11 docs/s); b at 1k ran at load ~7 (28 docs/s) and again at load ~2 (54 docs/s): absolute rates move 2-5x with the load, ratios (a2, d vs bare SQL) less so.",
    '- b: the note gives the process CPU time; on this shared 2-core machine the wall-clock rate is the CPU rate minus what other processes take.',
    '- c: the index written by real ingest and the one written directly give the same lookup times at 10k (rows c-10000-ingest and c-10000-direct), so the 100k direct figure stands for ingest too. The lookup reads at most 12 × 200 postings, so 10k → 100k grows only with the B-tree depth (p50 1.2 → 1.8 ms). Quality: on this generated corpus the bounded lookup finds a match at the clustering threshold whenever the exact one does (99-100% of probes), but at 100k the best match it finds is on average 0.14 below the exact best in similarity: with ~600 distinct terms every posting list is long and equally weighted, so "top 200 by weight" is "the 200 newest". Ingest of the same 1k documents gives the same clusters and labels as the exact lookup and one extra recurrence link in 17,652. A real corpus has a much larger vocabulary (short, discriminating posting lists, read in full).',
    '- d/e at 100k use rows written directly (see Method), not full ingest.',
    '',
    '## Method',
    '',
    '- a: `parsePostmortem` + `analyzeBlame` + `analyzeCause` over ../shared/corpus wikitech and dfds, interleaved with a parse-only pass over the same files.',
    '- b: every generated document through `ingestDocument` (the API/CLI path: parse, blame, cause analysis and candidate lookup, then one db.batch per document) into a fresh libsql file prepared by `migrateNode` (WAL, synchronous=NORMAL), one document after another.',
    '- c: `findCauseCandidates` (server/services/causes.ts) for 200 unseen postmortems. At 10k the index was written by real ingest (b); at 100k cause_features/cause_terms/cause_term_stats were written directly from `analyzeCause` output. Quality: for 100 of the probes, the same query terms looked up exactly (every posting summed, no cap) and both top-50 sets compared by similarity to the probe.',
    '- d/e: 100k postmortems and ~500k action items written **directly with batched inserts into the schema tables** (full ingest of 100k is too slow for a bench run; the read paths only see rows). The server (createApp on @hono/node-server, as server/node.ts) runs in a child process on 127.0.0.1; autocannon, 50 connections, leader token. "Bare SQL" is a hand-written single statement computing the same aggregate, median of 5 runs in-process (the service call: median of 3, always uncached: it calls the service, not the route). The metrics routes answer from the response cache once warm (see the d notes); the load runs measure that warm path, the "one request alone, uncached" figure is the cold path.',
    '- e: VmHWM (peak RSS) of the server process from /proc after the load runs.',
    '- f: scripts/check-worker.mjs (wrangler deploy --dry-run + gzip).',
    '',
  ];
  writeFileSync(RESULTS_MD, md.join('\n'));
}

// ---------- main ----------

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--serve') return serveChild(argv[1]!, Number(argv[2]));
  if (argv[0] === '--render') return writeResults([], null);
  const quick = argv.includes('--quick');
  const onlyIndex = argv.indexOf('--only');
  const only = new Set(
    (onlyIndex >= 0 ? (argv[onlyIndex + 1] ?? '') : 'a,b,c,d,e,f').split(',').map((s) => s.trim()),
  );
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  log(machine());
  const rows: Row[] = [];
  const save = () => writeResults(rows.splice(0), command);

  if (only.has('a')) {
    rows.push(...benchAnalysis(quick));
    log(`a: ${rows.map((r) => r.measured).join('; ')}`);
    save();
  }
  const ingestCount = quick ? 1000 : 10_000;
  if (only.has('b')) {
    rows.push(...(await benchIngest(ingestCount)));
    log(`b: ${rows.at(-1)?.measured}`);
    save();
  }
  if (only.has('c')) {
    const ingested = await openDb(`ingest-${ingestCount}`);
    if (ingested) {
      rows.push((await benchCandidates(ingested.db, ingestCount, 'index written by ingest')).row);
      ingested.close();
    } else log(`c: no ingest-${ingestCount} database (run b first); skipping the ingested index`);
    const sizes = quick ? [10_000] : [10_000, 100_000];
    for (const size of sizes) {
      const handle = await populateDirect(`cause-${size}`, size, true);
      rows.push((await benchCandidates(handle.db, size, 'index written directly')).row);
      handle.close();
      log(`c: ${rows.at(-1)?.measured}`);
    }
    save();
  }
  if (only.has('d') || only.has('e')) {
    const size = quick ? 10_000 : 100_000;
    rows.push(...(await benchDashboard(`dashboard-${size}`, size, quick ? 5 : 10, null)));
    save();
  }
  if (only.has('f')) {
    rows.push(...benchWorker());
    save();
  }
  log(`wrote ${RESULTS_MD}`);
}

await main();
