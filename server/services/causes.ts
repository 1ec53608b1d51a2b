import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { causeTerms, causeTermStats } from '../../db/schema/index.js';

export interface CauseContext {
  db: Db;
  recurrenceWindowDays: number;
}

/**
 * Recomputes a postmortem's cause features, cluster and recurrence links after its revision changed.
 * (Filled in by the recurring-causes work.)
 */
export async function updateCauseAnalysis(_ctx: CauseContext, _postmortemId: number): Promise<void> {}

/** Statements that take a postmortem out of the term index, keeping document frequencies exact. */
export function causeIndexDeleteStatements(db: Db, postmortemId: number) {
  return [
    db
      .update(causeTermStats)
      .set({ df: sql`${causeTermStats.df} - 1` })
      .where(sql`${causeTermStats.term} in (select ${causeTerms.term} from ${causeTerms} where ${causeTerms.postmortemId} = ${postmortemId})`),
    db.delete(causeTerms).where(eq(causeTerms.postmortemId, postmortemId)),
  ];
}
