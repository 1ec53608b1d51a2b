import { and, asc, eq, gt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.js';
import {
  actionItems,
  auditLog,
  blameDismissals,
  blameFindings,
  causeClusters,
  causeCorrections,
  causeFeatures,
  causeStatements,
  causeTermStats,
  postmortems,
  recurrences,
  revisions,
  sections,
} from '../../db/schema/index.js';
import { ApiError } from '../errors.js';
import { actionItemKey } from '../lib/text.js';
import { auditStatement } from './audit.js';
import { updateCauseAnalysis } from './causes.js';

/**
 * Right to erasure: a person's name is replaced in every stored text.
 *
 * Free text gets "[redacted]". Text that offsets point into (revisions.body, which section and finding
 * offsets refer to, and blame_findings.text, which is a slice of it) gets a mask of the same length in
 * UTF-16 code units ("█████"), so every stored offset stays valid without re-running any analysis. The
 * price: the mask shows how long the name was. JSON columns are parsed and their strings rewritten, so
 * escaping inside JSON can neither hide a name nor get corrupted.
 *
 * Not atomic across tables (D1 has no long transactions; the work is chunked batches); running the same
 * erasure again finishes an interrupted one and changes nothing once complete. Re-importing the original
 * document brings the name back: erase it at the source too.
 */
export const REDACTED = '[redacted]';
const MASK_CHAR = '█';
const PAGE = 200;
const STATEMENTS_PER_BATCH = 50;

type Mode = 'text' | 'mask' | 'json';

interface Target {
  name: string;
  table: SQLiteTable;
  id: SQLiteColumn;
  columns: Record<string, { column: SQLiteColumn; mode: Mode }>;
}

const TARGETS: Target[] = [
  {
    name: 'revisions',
    table: revisions,
    id: revisions.id,
    columns: {
      raw: { column: revisions.raw, mode: 'text' },
      body: { column: revisions.body, mode: 'mask' },
      parsedJson: { column: revisions.parsedJson, mode: 'json' },
    },
  },
  {
    name: 'postmortems',
    table: postmortems,
    id: postmortems.id,
    columns: {
      title: { column: postmortems.title, mode: 'text' },
      summary: { column: postmortems.summary, mode: 'text' },
    },
  },
  {
    name: 'sections',
    table: sections,
    id: sections.id,
    columns: { heading: { column: sections.heading, mode: 'text' } },
  },
  {
    name: 'action_items',
    table: actionItems,
    id: actionItems.id,
    columns: {
      text: { column: actionItems.text, mode: 'text' },
      owner: { column: actionItems.owner, mode: 'text' },
    },
  },
  {
    name: 'blame_findings',
    table: blameFindings,
    id: blameFindings.id,
    columns: {
      text: { column: blameFindings.text, mode: 'mask' },
      suggestion: { column: blameFindings.suggestion, mode: 'text' },
      explanation: { column: blameFindings.explanation, mode: 'text' },
    },
  },
  {
    name: 'blame_dismissals',
    table: blameDismissals,
    id: blameDismissals.id,
    columns: {
      text: { column: blameDismissals.text, mode: 'text' },
      reason: { column: blameDismissals.reason, mode: 'text' },
    },
  },
  {
    name: 'cause_statements',
    table: causeStatements,
    id: causeStatements.id,
    columns: { text: { column: causeStatements.text, mode: 'text' } },
  },
  {
    name: 'cause_features',
    table: causeFeatures,
    id: causeFeatures.postmortemId,
    columns: {
      text: { column: causeFeatures.text, mode: 'text' },
      featuresJson: { column: causeFeatures.featuresJson, mode: 'json' },
    },
  },
  {
    name: 'recurrences',
    table: recurrences,
    id: recurrences.id,
    columns: { openActionItemsJson: { column: recurrences.openActionItemsJson, mode: 'json' } },
  },
  {
    name: 'cause_corrections',
    table: causeCorrections,
    id: causeCorrections.id,
    columns: { payloadJson: { column: causeCorrections.payloadJson, mode: 'json' } },
  },
  {
    name: 'cause_clusters',
    table: causeClusters,
    id: causeClusters.id,
    columns: { label: { column: causeClusters.label, mode: 'text' } },
  },
  {
    name: 'audit_log',
    table: auditLog,
    id: auditLog.id,
    columns: {
      actor: { column: auditLog.actor, mode: 'text' },
      target: { column: auditLog.target, mode: 'text' },
      detailJson: { column: auditLog.detailJson, mode: 'json' },
    },
  },
];

export interface ErasureReport {
  /** Rows changed, per table (every table is listed, zeros included). */
  tables: Record<string, number>;
  rows: number;
  occurrences: number;
}

/** Whole-word, case-insensitive, any run of whitespace between the parts of the name. */
export function namePattern(name: string): RegExp {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0 || name.trim().length < 2)
    throw new ApiError('validation_failed', 'name: give at least two characters', 'name');
  const body = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
}

interface Replaced {
  value: string;
  count: number;
}

function replaceText(text: string, pattern: RegExp, mode: 'text' | 'mask'): Replaced {
  let count = 0;
  const value = text.replace(pattern, (m) => {
    count++;
    return mode === 'mask' ? MASK_CHAR.repeat(m.length) : REDACTED;
  });
  return { value, count };
}

function replaceJson(json: string, pattern: RegExp): Replaced {
  let count = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = replaceText(v, pattern, 'text');
      count += r.count;
      return r.value;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      // Keys are field names chosen by code, never a person's name; only values are rewritten.
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // Not JSON after all: treat as text rather than leave the name behind.
    return replaceText(json, pattern, 'text');
  }
  const rewritten = walk(parsed);
  return { value: count ? JSON.stringify(rewritten) : json, count };
}

/** ASCII names narrow the scan with LIKE (case-insensitive for ASCII in SQLite); others scan every row. */
function prefilter(name: string, columns: SQLiteColumn[]): SQL | undefined {
  const longest = name
    .trim()
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)[0]!;
  if (!/^[\x20-\x7e]+$/.test(longest)) return undefined;
  const like = `%${longest.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return or(...columns.map((c) => sql`${c} like ${like} escape '\\'`));
}

export async function erasePerson(
  db: Db,
  name: string,
  audit: { actor: string; requestId?: string | null },
  options: { recurrenceWindowDays?: number } = {},
): Promise<ErasureReport> {
  const pattern = namePattern(name);
  const report: ErasureReport = { tables: {}, rows: 0, occurrences: 0 };
  let pending: { run: () => unknown }[] = [];
  // Postmortems whose cause text changed: their cause index (stemmed terms of the name) is rebuilt.
  const causeTextChanged = new Set<number>();
  const flush = async () => {
    if (pending.length === 0) return;
    await db.batch(pending as unknown as Parameters<typeof db.batch>[0]);
    pending = [];
  };

  for (const target of TARGETS) {
    let changedRows = 0;
    const columnEntries = Object.entries(target.columns);
    const filter = prefilter(
      name,
      columnEntries.map(([, c]) => c.column),
    );
    const selection = Object.fromEntries([
      ['__id', target.id],
      ...columnEntries.map(([key, c]) => [key, c.column]),
    ]);
    // Action-item keys are normalised text and must stay unique per postmortem.
    const extra =
      target.table === actionItems
        ? { __key: actionItems.key, __pm: actionItems.postmortemId }
        : target.table === causeStatements
          ? { __pm: causeStatements.postmortemId }
          : {};
    let lastId: number | null = null;
    for (;;) {
      const where = and(lastId === null ? undefined : gt(target.id, lastId), filter);
      const rows = (await db
        .select({ ...selection, ...extra })
        .from(target.table)
        .where(where)
        .orderBy(asc(target.id))
        .limit(PAGE)) as Record<string, unknown>[];
      if (rows.length === 0) break;
      lastId = rows.at(-1)!.__id as number;
      for (const row of rows) {
        const set: Record<string, string> = {};
        for (const [key, { mode }] of columnEntries) {
          const value = row[key];
          if (typeof value !== 'string') continue;
          pattern.lastIndex = 0;
          const r = mode === 'json' ? replaceJson(value, pattern) : replaceText(value, pattern, mode);
          if (r.count > 0) {
            set[key] = r.value;
            report.occurrences += r.count;
          }
        }
        if (Object.keys(set).length === 0) continue;
        if (target.table === actionItems && set.text !== undefined) {
          await flush();
          set.key = await freeActionItemKey(
            db,
            row.__pm as number,
            row.__key as string,
            set.text,
            row.__id as number,
          );
        }
        changedRows++;
        if (target.table === postmortems) causeTextChanged.add(row.__id as number);
        if (target.table === causeStatements) causeTextChanged.add(row.__pm as number);
        pending.push(
          db
            .update(target.table)
            .set(set)
            .where(eq(target.id, row.__id as number)),
        );
        if (pending.length >= STATEMENTS_PER_BATCH) await flush();
      }
      if (rows.length < PAGE) break;
    }
    report.tables[target.name] = changedRows;
    report.rows += changedRows;
  }
  await flush();
  for (const id of causeTextChanged) {
    await updateCauseAnalysis({ db, recurrenceWindowDays: options.recurrenceWindowDays ?? 365 }, id, {
      force: true,
    });
  }
  // Terms no document uses any more (the name's stems among them) leave the statistics too.
  if (causeTextChanged.size) await db.delete(causeTermStats).where(lte(causeTermStats.df, 0));
  await auditStatement(db, {
    actor: audit.actor,
    action: 'person.erase',
    // Counts only: the name itself must not survive in the log of its own erasure.
    detail: { tables: report.tables, rows: report.rows, occurrences: report.occurrences },
    requestId: audit.requestId ?? null,
  });
  return report;
}

/** The item's key recomputed from its redacted text, kept unique within its postmortem. */
async function freeActionItemKey(
  db: Db,
  postmortemId: number,
  oldKey: string,
  newText: string,
  id: number,
): Promise<string> {
  const suffix = /#\d+$/.exec(oldKey)?.[0] ?? '';
  const base = `${actionItemKey(newText) || `item-${id}`}${suffix}`;
  const taken = new Set(
    (
      await db
        .select({ key: actionItems.key })
        .from(actionItems)
        .where(eq(actionItems.postmortemId, postmortemId))
    ).map((r) => r.key),
  );
  taken.delete(oldKey);
  return taken.has(base) ? `${base}#e${id}` : base;
}
