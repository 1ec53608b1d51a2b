/**
 * The demo organisation: on first start with an empty database Pulse loads generated postmortems so the
 * dashboard has something to show; every demo row carries is_demo = true. The first real import, or
 * `pulse demo remove`, takes them out again. A marker in app_meta stops a later start from reloading
 * the demo after it was removed.
 */
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { catalogue, generateDocuments } from '../../analysis/generator/index.js';
import { chunkRows, type Db } from '../../db/client.js';
import { actionItems, appMeta, postmortems, services, teams } from '../../db/schema/index.js';
import { type IngestContext, ingestDocument } from './ingest.js';
import { deletePostmortemStatements } from './postmortems.js';
import type { Principal } from './principal.js';

export const DEMO_SOURCE = 'pulse-demo';
export const DEMO_SEED = 20_240_917;
export const DEMO_POSTMORTEMS = 200;
const DEMO_MONTHS = 15;
const STATE_KEY = 'demo.state';
/** Postmortems removed per db.batch: each takes about a dozen statements. */
const REMOVE_BATCH = 25;

const DEMO_PRINCIPAL: Principal = {
  role: 'admin',
  teams: [],
  subject: 'demo',
  via: 'token',
  tokenId: null,
  sessionId: null,
};

export interface DemoOptions {
  /** Last day of the demo period: today, so the dashboard looks current. */
  today: Date;
  seed?: number;
  postmortems?: number;
}

async function demoState(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, STATE_KEY))
    .limit(1);
  return row?.value ?? null;
}

async function setDemoState(db: Db, value: 'loaded' | 'removed'): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key: STATE_KEY, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value } });
}

/** Whether a first start should load the demo: no postmortems at all, and the demo never removed. */
export async function shouldLoadDemo(db: Db): Promise<boolean> {
  const [any] = await db.select({ id: postmortems.id }).from(postmortems).limit(1);
  return !any && (await demoState(db)) !== 'removed';
}

export async function countPostmortems(db: Db, demo: boolean): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(postmortems)
    .where(eq(postmortems.isDemo, demo));
  return Number(row?.n ?? 0);
}

/** Loads the generated organisation through the normal ingest path, flagged as demo. */
export async function loadDemoOrganisation(
  ctx: IngestContext,
  options: DemoOptions,
): Promise<{ postmortems: number; actionItems: number }> {
  const { db } = ctx;
  const { teams: demoTeams, services: demoServices } = catalogue();
  await db.batch([
    db
      .insert(teams)
      .values(demoTeams.map((t) => ({ ...t, isDemo: true })))
      .onConflictDoNothing(),
    ...chunkRows(demoServices, 3).map((rows) =>
      db
        .insert(services)
        .values(rows.map((s) => ({ ...s, isDemo: true })))
        .onConflictDoNothing(),
    ),
  ]);
  let loaded = 0;
  for (const document of generateDocuments({
    seed: options.seed ?? DEMO_SEED,
    postmortems: options.postmortems ?? DEMO_POSTMORTEMS,
    endDate: options.today,
    months: DEMO_MONTHS,
    source: DEMO_SOURCE,
  })) {
    const outcome = await ingestDocument(ctx, DEMO_PRINCIPAL, {
      raw: document.text,
      contentType: document.contentType,
      filename: document.path,
      source: DEMO_SOURCE,
      isDemo: true,
    });
    if (outcome.status !== 'skipped') loaded++;
  }
  await setDemoState(db, 'loaded');
  const [items] = await db
    .select({ n: sql<number>`count(*)` })
    .from(actionItems)
    .where(eq(actionItems.isDemo, true));
  return { postmortems: loaded, actionItems: Number(items?.n ?? 0) };
}

/** Removes every demo row and nothing else; returns how many demo postmortems there were. */
export async function removeDemoData(db: Db): Promise<number> {
  let removed = 0;
  for (;;) {
    const ids = (
      await db
        .select({ id: postmortems.id })
        .from(postmortems)
        .where(eq(postmortems.isDemo, true))
        .limit(REMOVE_BATCH)
    ).map((r) => r.id);
    if (ids.length === 0) break;
    await db.batch(
      ids.flatMap((id) => deletePostmortemStatements(db, id)) as unknown as Parameters<typeof db.batch>[0],
    );
    removed += ids.length;
  }
  // Teams stay when real data has come to use them (a real postmortem or a non-demo service).
  await db.batch([
    db.delete(actionItems).where(eq(actionItems.isDemo, true)),
    db.delete(services).where(eq(services.isDemo, true)),
    db
      .delete(teams)
      .where(
        and(
          eq(teams.isDemo, true),
          notExists(db.select({ one: sql`1` }).from(postmortems).where(eq(postmortems.teamId, teams.id))),
          notExists(db.select({ one: sql`1` }).from(services).where(eq(services.teamId, teams.id))),
        ),
      ),
    db
      .update(teams)
      .set({ isDemo: false })
      .where(
        and(
          eq(teams.isDemo, true),
          inArray(teams.id, db.select({ id: postmortems.teamId }).from(postmortems)),
        ),
      ),
  ]);
  await setDemoState(db, 'removed');
  return removed;
}

/**
 * Called by the import paths before a real (non-demo) document is ingested: the demo makes way for real
 * data. Cheap when there is no demo (one indexed lookup).
 */
export async function removeDemoDataIfPresent(db: Db): Promise<number> {
  const [demo] = await db
    .select({ id: postmortems.id })
    .from(postmortems)
    .where(eq(postmortems.isDemo, true))
    .limit(1);
  if (!demo) return 0;
  return removeDemoData(db);
}
