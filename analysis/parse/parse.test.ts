import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './index.js';
import type { ParsedActionItem, ParsedPostmortem } from './types.js';

const fixture = (name: string): ParsedPostmortem =>
  parsePostmortem({
    text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
    contentType: name.endsWith('.html') ? 'html' : 'markdown',
    filename: name,
  });

const brief = (items: ParsedActionItem[]) =>
  items.map(({ text, owner, status, due, ticket }) => ({ text, owner, status, due, ticket }));

describe('parsePostmortem on written fixtures', () => {
  it('reads an SRE-book document with an action table and status inside the Bug cell', () => {
    const parsed = fixture('sre-book-table.md');
    expect(parsed.kind).toBe('postmortem');
    expect(parsed.occurredAt).toBe('2026-02-11');
    expect(parsed.triggers).toEqual([
      'The config push at 14:03 UTC that rolled the new pool size to all regions.',
    ]);
    expect(parsed.rootCauses).toHaveLength(1);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Revert pool size to 32 in all regions',
        owner: 'tnguyen',
        status: 'done',
        due: null,
        ticket: null,
      },
      {
        text: 'Validate pool size against host class in the config linter',
        owner: 'mkowalski',
        status: 'open',
        due: null,
        ticket: 'Bug 77120',
      },
      {
        text: 'Stage config pushes region by region',
        owner: 'ops-release',
        status: 'open',
        due: null,
        ticket: 'Bug 77121',
      },
    ]);
    expect(parsed.actionItems.map((item) => item.kind)).toEqual(['mitigate', 'prevent', 'prevent']);
  });

  it('reads an Atlassian-style document with bold metadata fields and inline annotations', () => {
    const parsed = fixture('atlassian.md');
    expect(parsed.occurredAt).toBe('2026-03-03');
    expect(parsed.severity).toBe('SEV1');
    expect(parsed.team).toBe('Search Platform');
    expect(parsed.services).toEqual(['search-api', 'indexer']);
    expect(parsed.rootCauses).toHaveLength(2);
    expect(parsed.sections.find((section) => section.heading === 'Leadup')?.kind).toBe('analysis');
    expect(parsed.sections.find((section) => section.heading === 'Corrective actions')?.kind).toBe(
      'action-items',
    );
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Add a readiness gate to the alias switch',
        owner: 'ingrid.solberg',
        status: 'unknown',
        due: '2026-03-20',
        ticket: 'SRCH-412',
      },
      {
        text: 'Alert when an alias points at an index with fewer than 90% of documents',
        owner: 'Søren Ågård',
        status: 'unknown',
        due: '2026-04-01',
        ticket: null,
      },
      {
        text: 'Move the alias back to the previous index',
        owner: null,
        status: 'done',
        due: null,
        ticket: null,
      },
      { text: 'Update the reindex runbook', owner: 'Zhang Wei', status: 'wont-do', due: null, ticket: null },
    ]);
  });

  it('reads a GitHub issue with task-list action items and tracker references', () => {
    const parsed = fixture('github-issue.md');
    expect(parsed.occurredAt).toBe('2025-11-18');
    expect(parsed.severity).toBe('SEV2');
    expect(parsed.rootCauses).toEqual([
      'The config map was copied by hand during the cluster move and never updated.',
    ]);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Back up orders and ledger manually',
        owner: 'olu-adeyemi',
        status: 'done',
        due: null,
        ticket: null,
      },
      { text: 'Restore-test both backups', owner: null, status: 'done', due: null, ticket: '#482' },
      {
        text: 'Generate the database list from the cluster inventory',
        owner: null,
        status: 'open',
        due: null,
        ticket: 'acme/platform#517',
      },
      {
        text: 'Alert when a backup set is smaller than the day before',
        owner: 'kim.jiwoo',
        status: 'open',
        due: null,
        ticket: null,
      },
      { text: 'Move backups to the new vendor', owner: null, status: 'wont-do', due: null, ticket: null },
    ]);
  });

  it('reads front-matter identity, dates, team and systems, and computes durations from timestamps', () => {
    const parsed = fixture('front-matter-variants.md');
    expect(parsed.externalId).toBe('inc-2026-007');
    expect(parsed.source).toBe('internal-wiki');
    expect(parsed.occurredAt).toBe('2026-01-27');
    expect(parsed.severity).toBe('SEV3');
    expect(parsed.team).toBe('messaging');
    expect(parsed.services).toEqual(['smtp-relay', 'notifications']);
    expect(parsed.startedAt).toBe('2026-01-27T07:50:00Z');
    expect(parsed.timeToDetectMinutes).toBe(24);
    expect(parsed.timeToRecoverMinutes).toBe(72);
    expect(parsed.sections.find((section) => section.heading === 'Root cause(s)')?.kind).toBe('root-cause');
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Re-enable the certificate renewal job.',
        owner: 'Farida Haidari',
        status: 'done',
        due: '2026-02-05',
        ticket: null,
      },
      { text: 'Expiry alert at 14 days', owner: 'mpetrov', status: 'open', due: null, ticket: null },
      {
        text: "Document the relay's certificate chain",
        owner: null,
        status: 'unknown',
        due: null,
        ticket: null,
      },
    ]);
  });

  it('maps numbered, colon-ended and emphasised headings, a slash date and a Status column', () => {
    const parsed = fixture('numbered-headings.md');
    expect(parsed.occurredAt).toBe('2026-03-04');
    expect(parsed.startedAt).toBe('2026-03-04T14:05:00Z');
    expect(parsed.severity).toBe('SEV2');
    expect(parsed.team).toBe('Payments Core');
    expect(parsed.summary).toMatch(/^Webhook deliveries queued/);
    expect(parsed.contributingFactors).toHaveLength(2);
    expect(parsed.triggers).toEqual(['Deployment 2026.03.04-2 with the renamed setting.']);
    expect(parsed.rootCauses).toEqual([]);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Make queue names an enum',
        owner: 'José Álvarez',
        status: 'done',
        due: '2026-03-10',
        ticket: null,
      },
      { text: 'Add a queue-depth alert', owner: null, status: 'open', due: '2026-03-20', ticket: null },
      { text: 'Run a staging test with two queues', owner: 'Chidi', status: 'open', due: null, ticket: null },
      { text: 'Rewrite the worker in Rust', owner: 'Dana', status: 'wont-do', due: null, ticket: null },
    ]);
  });

  it('treats bold-label paragraphs as sections', () => {
    const parsed = fixture('bold-labels.md');
    expect(parsed.occurredAt).toBe('2026-03-03');
    expect(parsed.severity).toBeNull();
    expect(parsed.summary).toMatch(/^Builds failed for 40 minutes/);
    expect(parsed.rootCauses).toEqual([
      'The upgrade playbook restarted all resolvers together instead of one at a time.',
    ]);
    expect(parsed.contributingFactors).toEqual(['Build agents have no fallback resolver.']);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Restart resolvers one at a time in the playbook',
        owner: 'Mateus',
        status: 'done',
        due: '2026-03-15',
        ticket: null,
      },
      {
        text: 'Give agents a fallback resolver',
        owner: 'r.oyelaran',
        status: 'open',
        due: null,
        ticket: null,
      },
      { text: 'Document the resolver topology', owner: null, status: 'unknown', due: null, ticket: 'OPS-88' },
    ]);
  });

  it('reads a DFDS-style document: stats durations, nested action items, no root cause', () => {
    const parsed = fixture('dfds-like.md');
    expect(parsed.occurredAt).toBe('2026-01-09');
    expect(parsed.timeToDetectMinutes).toBe(6);
    expect(parsed.timeToRecoverMinutes).toBe(102);
    expect(parsed.rootCauses).toEqual([]);
    expect(parsed.contributingFactors).toHaveLength(2);
    expect(parsed.actionItems.map((item) => item.text)).toEqual([
      'Protect cache nodes from scale-in: set the protection flag in the module.',
      'Raise the hit-rate alert threshold: page at 70% instead of 40%.',
      'Review the other cache alerts at the same time',
    ]);
  });

  it('reads unusual heading wordings and non-English owner names', () => {
    const parsed = fixture('unusual-headings.md');
    expect(parsed.severity).toBe('SEV2');
    expect(parsed.team).toBe('Identité');
    expect(parsed.summary).toBe('Logins failed for 25 minutes after the session store ran out of memory.');
    expect(parsed.rootCauses).toEqual(['Session entries had no expiry after a library upgrade.']);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Set an expiry on every session entry',
        owner: 'françois.dubois',
        status: 'done',
        due: null,
        ticket: null,
      },
      {
        text: 'Cap the session store memory and alert at 80%',
        owner: 'Nguyễn Thị Mai',
        status: 'unknown',
        due: '2026-02-20',
        ticket: null,
      },
      {
        text: 'Add a load test for login',
        owner: 'Łukasz Wiśniewski',
        status: 'unknown',
        due: null,
        ticket: null,
      },
    ]);
  });

  it('converts a Confluence export, keeping task status and table columns', () => {
    const parsed = fixture('confluence-export.html');
    expect(parsed.title).toBe('Incident review: Billing export stalled');
    expect(parsed.occurredAt).toBe('2026-02-14');
    expect(parsed.severity).toBe('SEV2');
    expect(parsed.team).toBe('Billing');
    expect(parsed.services).toEqual(['billing-export', 'ledger-api']);
    expect(parsed.body).not.toContain('document.write');
    expect(brief(parsed.actionItems)).toEqual([
      { text: 'Release the stale lock by hand', owner: null, status: 'done', due: null, ticket: null },
      {
        text: 'Give the export lock a lease of one hour',
        owner: null,
        status: 'open',
        due: null,
        ticket: 'BILL-311',
      },
      {
        text: 'Alert when the export runs longer than 2 hours',
        owner: 'Aiyana Redcloud',
        status: 'done',
        due: null,
        ticket: null,
      },
      {
        text: 'Retry the export from the last checkpoint',
        owner: null,
        status: 'open',
        due: null,
        ticket: null,
      },
    ]);
  });

  it('converts a Google Docs export with ballot-box checkboxes', () => {
    const parsed = fixture('google-docs-export.html');
    expect(parsed.occurredAt).toBe('2026-01-05');
    expect(parsed.severity).toBe('SEV1');
    expect(parsed.rootCauses).toHaveLength(2);
    expect(brief(parsed.actionItems)).toEqual([
      {
        text: 'Reject bare wildcards in the purge tool',
        owner: 'Akosua Mensah',
        status: 'done',
        due: null,
        ticket: null,
      },
      {
        text: 'Rate-limit cache fills at origin',
        owner: 'Pedro Henrique',
        status: 'open',
        due: '2026-02-01',
        ticket: null,
      },
    ]);
  });

  it('skips a README and a heading-only template', () => {
    const readme = fixture('readme.md');
    expect(readme.kind).toBe('not-postmortem');
    expect(readme.skipReason).toBeTruthy();
    const renamed = parsePostmortem({ text: readme.body, contentType: 'markdown', filename: 'tools.md' });
    expect(renamed.kind).toBe('not-postmortem');
    const template = fixture('template-atlassian-like.md');
    expect(template.kind).toBe('template');
    expect(template.actionItems).toEqual([]);
  });

  it('gives section offsets that are exact UTF-16 indices into body', () => {
    for (const name of [
      'atlassian.md',
      'unusual-headings.md',
      'confluence-export.html',
      'front-matter-variants.md',
    ]) {
      const parsed = fixture(name);
      expect(parsed.sections.length).toBeGreaterThan(2);
      for (const section of parsed.sections) {
        const slice = parsed.body.slice(section.start, section.end);
        expect(slice.replace(/[*#\s]/g, '')).toContain(section.heading.replace(/[*#\s]/g, '').slice(0, 6));
        expect(section.end).toBeLessThanOrEqual(parsed.body.length);
      }
    }
  });
});

describe('parsePostmortem dates and severities', () => {
  const dated = (line: string) =>
    parsePostmortem({ text: `# X\n\n${line}\n\n## Summary\nA thing broke.\n`, contentType: 'markdown' });

  it.each([
    ['Date: 2026-03-03', '2026-03-03'],
    ['Date: March 3, 2026', '2026-03-03'],
    ['Date: 3 March 2026', '2026-03-03'],
    ['Date: Mar 3rd 2026', '2026-03-03'],
    ['Date: 03/04/2026 14:05 UTC', '2026-03-04'],
    ['Date: 13/04/2026', '2026-04-13'],
    ['Incident date: 2026-03-03T23:30:00-05:00', '2026-03-03'],
    ['Date: sometime last week', null],
  ])('%s → %s', (line, expected) => {
    expect(dated(line).occurredAt).toBe(expected);
  });

  it('keeps the UTC instant of a zoned timestamp', () => {
    expect(dated('Start time: 2026-03-03 23:30 EST').startedAt).toBe('2026-03-04T04:30:00Z');
  });

  it.each([
    ['Severity: SEV0', 'SEV1'],
    ['Severity: Sev-2', 'SEV2'],
    ['Priority: P0', 'SEV1'],
    ['Severity: S3', 'SEV3'],
    ['Severity: Critical (SEV1)', 'SEV1'],
    ['Severity: 2 - High', 'SEV2'],
    ['Severity: low', 'SEV4'],
    ['Severity: whatever', null],
    ['Nothing about it here.', null],
  ])('%s → %s', (line, expected) => {
    expect(dated(line).severity).toBe(expected);
  });
});
