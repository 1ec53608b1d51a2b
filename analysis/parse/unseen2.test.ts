import { describe, expect, it } from 'vitest';
import { loadFixtureCases } from './fixture-cases.test-helper.js';
import { type Expected, rate, type ScoredCase, scoreCases, scoreReport } from './fixture-score.js';

/**
 * A second held-out set, written by an author who saw only types.ts and the extraction rules, never
 * the parser (see fixtures/unseen2/README.md). The assertions are the figures measured after the
 * parse-3 fixes, so any regression on this set fails here.
 */
const folder = new URL('./fixtures/unseen2/', import.meta.url);

describe('parser on the second held-out set (unseen2)', () => {
  const cases = loadFixtureCases(folder);

  it('reads all 16 documents as postmortems, 68 labelled action items', () => {
    expect(cases).toHaveLength(16);
    for (const { name, parsed } of cases) expect(parsed.kind, name).toBe('postmortem');
    expect(cases.reduce((sum, { expected }) => sum + expected.actionItems.length, 0)).toBe(68);
  });

  it('extracts action items, dates, severity and team at the measured accuracy', () => {
    const score = scoreCases(cases);
    console.log(scoreReport('unseen2 fixtures', cases.length, score));
    // Before parse-3 this set scored 58/68 items, team 15/16 and services 14/16.
    expect(score.items).toEqual({ right: 68, total: 68 });
    for (const [field, tally] of Object.entries(score.itemField))
      expect(tally, `item ${field}`).toEqual({ right: 68, total: 68 });
    for (const [field, tally] of Object.entries(score.fields))
      expect(tally, field).toEqual({ right: 16, total: 16 });
    expect(rate(score.items)).toBe(1);
    expect(score.misses).toEqual([]);
  });
});
