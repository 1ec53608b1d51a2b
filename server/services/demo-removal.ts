/**
 * Taking the demo organisation out again (`pulse demo remove`, or before the first real import). Kept
 * apart from the generator so the import paths (and the Worker bundle) do not carry the generator.
 */
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { type Db, runBatch } from '../../db/client.js';
import { actionItems, appMeta, postmortems, services, teams } from '../../db/schema/index.js';
import { deletePostmortemStatements } from './postmortems.js';

const STATE_KEY = 'demo.state';
/** Postmortems removed per db.batch: each takes about a dozen statements. */
const REMOVE_BATCH = 25;

export async function demoState(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, STATE_KEY))
    .limit(1);
  return row?.value ?? null;
}

export async function setDemoState(db: Db, value: 'loaded' | 'removed'): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key: STATE_KEY, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value } });
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
    await runBatch(
      db,
      ids.flatMap((id) => deletePostmortemStatements(db, id)),
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
