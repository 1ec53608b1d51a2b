import { describe, expect, it } from 'vitest';
import { githubRefCandidates, normaliseTrackerRef } from './refs.js';

describe('normaliseTrackerRef', () => {
  it.each([
    ['MOB-1450', { provider: 'jira', ref: 'MOB-1450' }],
    ['https://acme.atlassian.net/browse/OPS-77', { provider: 'jira', ref: 'OPS-77' }],
    [
      'https://acme.atlassian.net/jira/software/projects/OPS/boards/1?selectedIssue=OPS-9',
      { provider: 'jira', ref: 'OPS-9' },
    ],
    ['#123', { provider: 'github', ref: '#123' }],
    ['Acme/Payments#42', { provider: 'github', ref: 'acme/payments#42' }],
    ['https://github.com/Acme/Payments/issues/42', { provider: 'github', ref: 'acme/payments#42' }],
    ['<https://github.com/acme/api/pull/7>', { provider: 'github', ref: 'acme/api#7' }],
  ])('%s', (raw, expected) => {
    expect(normaliseTrackerRef(raw)).toMatchObject(expected);
  });

  it.each(['', 'TODO', 'see the wiki', 'mob-', 'https://example.com/tickets', 'v1-2'])(
    'is null for %j',
    (raw) => {
      expect(normaliseTrackerRef(raw)).toBeNull();
    },
  );

  it('lists the forms a GitHub issue may have been written as', () => {
    expect(githubRefCandidates('Acme/Payments', 5)).toEqual(['acme/payments#5', '#5']);
  });
});
