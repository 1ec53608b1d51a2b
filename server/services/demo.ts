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
import { demoState, setDemoState } from './demo-removal.js';
import { type IngestContext, ingestDocument } from './ingest.js';
import type { Principal } from './principal.js';

export const DEMO_SOURCE = 'pulse-demo';
export const DEMO_SEED = 20_240_917;
export const DEMO_POSTMORTEMS = 200;
const DEMO_MONTHS = 15;

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

export { removeDemoData, removeDemoDataIfPresent } from './demo-removal.js';
