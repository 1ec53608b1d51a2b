import { asc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeBlame } from '../../analysis/blame/index.js';
import { parsePostmortem } from '../../analysis/parse/index.js';
import {
  actionItems,
  blameFindings,
  causeStatements,
  postmortemServices,
  postmortems,
  revisions,
  sections,
} from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { ingestDocument } from './ingest.js';
import type { Principal } from './principal.js';

const ADMIN: Principal = {
  role: 'admin',
  teams: [],
  subject: 'ingest-test',
  via: 'token',
  tokenId: null,
  sessionId: null,
};

// Quotes, backslashes and non-ASCII text travel inside the JSON parameter of the insert-selects.
const FIRST = `---
title: "Checkout \\"latency\\" spike — ü"
team: Payments
services: [Checkout-API, ledger, checkout-api]
date: 2026-03-02
severity: SEV2
---

# Checkout latency spike

## Summary

Checkout requests slowed down for 40 minutes after a configuration push.

## Root cause

- A connection pool limit of 5 in the "ledger" client, set by a config push: C:\\temp\\pool.yaml
- Retries without back-off multiplied the load.

## Trigger

- The Monday traffic peak.

## Contributing factors

- Alerting on p99 latency was missing — ünïcode survives.

## What went wrong

Bob should have known better and carelessly pushed the change without review.

## Action items

- [ ] Raise the pool limit (owner: Ana, due 2026-04-01, PAY-12)
- [x] Add back-off to ledger retries (owner: Lee)
- [ ] Alert on p99 latency
`;

async function rowsOf(t: TestApp, postmortemId: number) {
  const [pm] = await t.db.select().from(postmortems).where(eq(postmortems.id, postmortemId));
  return {
    pm: pm!,
    sections: await t.db
      .select()
      .from(sections)
      .where(eq(sections.revisionId, pm!.currentRevisionId!))
      .orderBy(asc(sections.id)),
    findings: await t.db
      .select()
      .from(blameFindings)
      .where(eq(blameFindings.revisionId, pm!.currentRevisionId!))
      .orderBy(asc(blameFindings.id)),
    causes: await t.db
      .select()
      .from(causeStatements)
      .where(eq(causeStatements.postmortemId, postmortemId))
      .orderBy(asc(causeStatements.id)),
    services: (
      await t.db
        .select({ s: postmortemServices.service })
        .from(postmortemServices)
        .where(eq(postmortemServices.postmortemId, postmortemId))
    ).map((r) => r.s),
    items: await t.db
      .select()
      .from(actionItems)
      .where(eq(actionItems.postmortemId, postmortemId))
      .orderBy(asc(actionItems.position)),
  };
}

describe('ingestDocument stores what the document derives (one insert-select per table)', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('writes sections, findings, cause statements, services and action items as parsed, and replaces them on a new revision', async () => {
    t = await createTestApp();
    const ctx = { db: t.db, maxDocumentBytes: 1 << 20, recurrenceWindowDays: 365 };
    const created = await ingestDocument(ctx, ADMIN, {
      raw: FIRST,
      contentType: 'markdown',
      externalId: 'checkout.md',
    });
    expect(created.status).toBe('created');
    if (created.status === 'skipped') throw new Error('skipped');

    const parsed = parsePostmortem({ text: FIRST, contentType: 'markdown' });
    const blame = analyzeBlame(parsed.body, { sections: parsed.sections, dismissed: new Set() });
    // The document exercises every table (otherwise the comparisons below prove nothing).
    expect(parsed.sections.length).toBeGreaterThan(3);
    expect(blame.findings.length).toBeGreaterThan(0);
    expect(parsed.actionItems.length).toBe(3);
    expect(parsed.rootCauses.length).toBe(2);

    const first = await rowsOf(t, created.postmortemId);
    expect(first.sections.map(({ id: _id, revisionId: _r, ...s }) => s)).toEqual(
      parsed.sections.map((s, position) => ({
        position,
        kind: s.kind,
        heading: s.heading.slice(0, 500),
        level: s.level,
        start: s.start,
        end: s.end,
      })),
    );
    expect(
      first.findings.map(({ id: _id, revisionId: _r, postmortemId, ...f }) => ({ ...f, postmortemId })),
    ).toEqual(
      blame.findings.map((f) => ({
        postmortemId: created.postmortemId,
        category: f.category,
        start: f.start,
        end: f.end,
        text: f.text,
        weight: f.weight,
        explanation: f.explanation,
        suggestion: f.suggestion,
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        sectionKind: f.sectionKind,
        version: blame.version,
      })),
    );
    expect(first.causes.map((c) => [c.role, c.position, c.text])).toEqual([
      ...parsed.rootCauses.map((text, i) => ['root-cause', i, text]),
      ...parsed.triggers.map((text, i) => ['trigger', i, text]),
      ...parsed.contributingFactors.map((text, i) => ['contributing', i, text]),
    ]);
    expect(first.causes[0]!.text).toContain('C:\\temp\\pool.yaml');
    expect(first.services.sort()).toEqual(
      [...new Set(parsed.services.map((s) => s.trim().toLowerCase()))].sort(),
    );
    expect(
      first.items.map((i) => ({
        position: i.position,
        text: i.text,
        owner: i.owner,
        status: i.status,
        documentStatus: i.documentStatus,
        dueOn: i.dueOn,
        createdOn: i.createdOn,
        completedOn: i.completedOn,
        trackerRef: i.trackerRef,
        teamId: i.teamId,
        statusSource: i.statusSource,
        isDemo: i.isDemo,
      })),
    ).toEqual(
      parsed.actionItems.map((item, position) => ({
        position,
        text: item.text,
        owner: item.owner,
        status: item.status,
        documentStatus: item.status,
        dueOn: item.due,
        createdOn: parsed.publishedAt ?? parsed.occurredAt,
        completedOn: null,
        trackerRef: item.ticket,
        teamId: 'payments',
        statusSource: 'document',
        isDemo: false,
      })),
    );
    expect(first.pm.blameFindingCount).toBe(blame.findings.length);

    // An API status on an item the next revision keeps unchanged survives; a dropped item goes.
    const kept = first.items.find((i) => i.text.startsWith('Raise the pool limit'))!;
    await t.db
      .update(actionItems)
      .set({ status: 'done', statusSource: 'api' })
      .where(eq(actionItems.id, kept.id));
    const second = FIRST.replace('services: [Checkout-API, ledger, checkout-api]', 'services: [ledger]')
      .replace('- Retries without back-off multiplied the load.\n', '')
      .replace('- [ ] Alert on p99 latency\n', '')
      .replace(
        'Bob should have known better and carelessly pushed the change without review.',
        'The change went out without review.',
      );
    const updated = await ingestDocument(ctx, ADMIN, {
      raw: second,
      contentType: 'markdown',
      externalId: 'checkout.md',
    });
    expect(updated).toMatchObject({ status: 'updated', postmortemId: created.postmortemId, revision: 2 });
    const after = await rowsOf(t, created.postmortemId);
    const parsed2 = parsePostmortem({ text: second, contentType: 'markdown' });
    expect(after.sections.map((s) => s.heading)).toEqual(parsed2.sections.map((s) => s.heading));
    expect(after.causes.map((c) => c.text)).toEqual([
      ...parsed2.rootCauses,
      ...parsed2.triggers,
      ...parsed2.contributingFactors,
    ]);
    expect(after.causes.length).toBe(first.causes.length - 1);
    expect(after.services).toEqual(['ledger']);
    expect(after.items.map((i) => i.text)).toEqual(parsed2.actionItems.map((i) => i.text));
    expect(after.items.find((i) => i.id === kept.id)).toMatchObject({ status: 'done', statusSource: 'api' });
    const secondBlame = analyzeBlame(parsed2.body, { sections: parsed2.sections, dismissed: new Set() });
    expect(after.findings.length).toBe(secondBlame.findings.length);
    // The first revision keeps its own sections and findings.
    const revisionRows = await t.db
      .select({ id: revisions.id })
      .from(revisions)
      .where(eq(revisions.postmortemId, created.postmortemId));
    expect(revisionRows).toHaveLength(2);
    const firstSections = await t.db
      .select({ id: sections.id })
      .from(sections)
      .where(eq(sections.revisionId, first.pm.currentRevisionId!));
    expect(firstSections).toHaveLength(first.sections.length);
  });
});
