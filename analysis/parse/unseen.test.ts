import { describe, expect, it } from 'vitest';
import { loadFixtureCases } from './fixture-cases.test-helper.js';
import { type Expected, rate, type ScoredCase, scoreCases, scoreReport } from './fixture-score.js';

/**
 * Documents written in export styles the parser was not built on (PagerDuty, incident.io, Notion,
 * Google Docs, Word...), each labelled by hand in `<name>.expected.json`. This measures how well the
 * parser generalises; the thresholds below are the figures measured, so a regression fails here.
 */
const folder = new URL('./fixtures/unseen/', import.meta.url);

describe('parser on unseen export styles', () => {
  const cases = loadFixtureCases(folder);

  it('has at least 15 labelled documents', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const { name, parsed } of cases) expect(parsed.kind, name).toBe('postmortem');
  });

  it('extracts action items, dates, severity and team at the measured accuracy', () => {
    const score = scoreCases(cases);
    const { fields, items } = score;
    console.log(scoreReport('unseen fixtures', cases.length, score));
    expect(rate(items)).toBeGreaterThanOrEqual(0.95);
    expect(rate(fields.occurredAt)).toBe(1);
    expect(rate(fields.severity)).toBe(1);
    // A <dl> metadata list (html-list-owners.html) still loses its Team field.
    expect(rate(fields.team)).toBeGreaterThanOrEqual(0.95);
    expect(rate(fields.title)).toBeGreaterThanOrEqual(0.9);
    expect(rate(fields.services)).toBeGreaterThanOrEqual(0.9);
  });
});
