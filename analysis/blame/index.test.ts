import { describe, expect, it } from 'vitest';
import { formatJson, formatSarif, formatSuggest, formatText } from './format.js';
import { analyzeBlame, BLAMEFUL_THRESHOLD, findingFingerprint } from './index.js';
import type { BlameCategory } from './types.js';

const categoriesOf = (text: string) => analyzeBlame(text).findings.map((f) => f.category);

describe('analyzeBlame categories', () => {
  const positives: [BlameCategory, string][] = [
    ['human-error', 'Root cause: human error.'],
    ['counterfactual', 'If Sam had run the tests this would not have happened.'],
    ['hindsight', 'The on-call should have noticed the alert.'],
    ['omission', 'The engineer failed to check replication lag.'],
    ['character-judgement', 'A careless change broke routing.'],
    ['proximal-actor', 'John deleted the volume, causing the outage.'],
    ['fault-noun', "The culprit was Aaron's commit."],
    ['minimising', 'Obviously the config was wrong.'],
    ['punitive', 'The engineer has been removed from rotation.'],
    ['people-remedy', 'Remind engineers to be careful.'],
    [
      'proximal-actor',
      'Mark pushed the change without waiting for review, which is what took the site down.',
    ],
    ['omission', 'Oluwaseun forgot to renew the certificate.'],
    ['omission', '@kwame.b neglected to drain the node first.'],
  ];
  it.each(positives)('%s: %s', (category, text) => {
    expect(categoriesOf(text)).toContain(category);
    expect(analyzeBlame(text).blameful).toBe(true);
  });

  const negatives = [
    'The router failed to forward packets after the reload.',
    'A power fault in rack B4 took both PDUs offline.',
    'The script should have validated its input before writing.',
    '14:02 Priya paged the DB team.',
    'No one is to blame for this incident.',
    'Nobody will be disciplined as a result of this review.',
    'It would be easy to call this human error, but the tool accepted a production target without confirmation.',
    'The alert fired at 03:12 and the on-call acknowledged it within two minutes.',
    'We will add a dry-run flag and a production guard to the deploy tool.',
    'Lazy loading of the module delayed the first request.',
    'Automating the failover removes a whole class of human error.',
  ];
  it.each(negatives)('no finding: %s', (text) => {
    expect(analyzeBlame(text).findings).toEqual([]);
  });
});

describe('offsets', () => {
  it('text is exactly input.slice(start, end), also after emoji and astral characters', () => {
    const input =
      '# Root cause 🔥\n\nThe deploy went out at 10:00 😀. 𝒳 The engineer failed to check replication lag 🚀.\n\n- Remind engineers to be careful.\n';
    const { findings } = analyzeBlame(input);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => f.text)).toContain('𝒳 The engineer failed to check replication lag 🚀.');
  });

  it('skips code blocks, logs, block quotes and URLs', () => {
    const input = [
      'Intro paragraph.',
      '```',
      'Root cause: human error.',
      '```',
      '',
      '    The engineer failed to check replication lag.',
      '',
      '2024-03-01T10:00:00Z ERROR operator error detected in worker',
      '> The on-call should have noticed the alert.',
      'See https://example.com/careless-mistake for details.',
    ].join('\n');
    expect(analyzeBlame(input).findings).toEqual([]);
  });
});

describe('suggestions', () => {
  it('are written from the sentence itself', () => {
    const [f] = analyzeBlame('The engineer failed to check replication lag.').findings;
    expect(f?.suggestion).toMatch(/^Checking replication lag/);
    const [c] = analyzeBlame('If Sam had run the tests this would not have happened.').findings;
    expect(c?.suggestion).toMatch(/^Running the tests/);
  });
});

describe('disable comments and dismissals', () => {
  const sentence = 'Obviously the config was wrong.';
  it('disable-next-line silences the next non-blank line', () => {
    expect(analyzeBlame(`<!-- pulse-disable-next-line -->\n\n${sentence}`).findings).toEqual([]);
    expect(analyzeBlame(`<!-- pulse-disable-next-line -->\nFine.\n${sentence}`).findings).toHaveLength(1);
  });
  it('disable-line silences its own line', () => {
    expect(analyzeBlame(`${sentence} <!-- pulse-disable-line -->`).findings).toEqual([]);
  });
  it('disable/enable silences a block', () => {
    const text = `<!-- pulse-disable -->\n${sentence}\n<!-- pulse-enable -->\n\nThe engineer failed to check replication lag.`;
    expect(categoriesOf(text)).toEqual(['omission']);
  });
  it('categories narrow the directive', () => {
    expect(categoriesOf(`<!-- pulse-disable-next-line hindsight -->\n${sentence}`)).toEqual(['minimising']);
    expect(categoriesOf(`<!-- pulse-disable-next-line minimising -->\n${sentence}`)).toEqual([]);
  });
  it('dismissed fingerprints drop findings, and fingerprints survive offset shifts', () => {
    const first = analyzeBlame(sentence).findings[0]!;
    const shifted = analyzeBlame(`Some intro.\n\n  ${sentence}`).findings[0]!;
    expect(shifted.fingerprint).toBe(first.fingerprint);
    expect(shifted.start).not.toBe(first.start);
    expect(first.fingerprint).toBe(findingFingerprint('minimising', sentence));
    expect(analyzeBlame(sentence, { dismissed: new Set([first.fingerprint]) }).findings).toEqual([]);
  });
});

describe('score', () => {
  it('weighs root-cause findings above timeline findings', () => {
    const text = 'The on-call should have noticed the alert.';
    const root = analyzeBlame(text, { sections: [{ kind: 'root-cause', start: 0, end: text.length }] });
    const timeline = analyzeBlame(text, { sections: [{ kind: 'timeline', start: 0, end: text.length }] });
    expect(root.findings[0]?.sectionKind).toBe('root-cause');
    expect(root.score).toBeGreaterThan(timeline.score);
  });
  it('stays an integer within 0..100 and respects the threshold', () => {
    const many = Array.from(
      { length: 50 },
      () => 'The careless engineer failed to check the lag and should have known better.',
    ).join(' ');
    for (const text of ['', 'All good.', many]) {
      const r = analyzeBlame(text);
      expect(Number.isInteger(r.score)).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(r.blameful).toBe(r.score >= BLAMEFUL_THRESHOLD);
    }
    expect(analyzeBlame(many).score).toBe(100);
    expect(analyzeBlame('').score).toBe(0);
  });
  it('handles 1 MiB input without pathological slowdown', () => {
    const big = 'The deploy went out. The engineer failed to check lag. '.repeat(20000).slice(0, 1024 * 1024);
    const t0 = performance.now();
    analyzeBlame(big);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('formatters', () => {
  const text = 'Intro.\nThe engineer failed to check replication lag.\n';
  const result = analyzeBlame(text);
  it('JSON has the documented keys', () => {
    const json = JSON.parse(formatJson(result));
    expect(Object.keys(json)).toEqual(['score', 'blameful', 'findings']);
    expect(Object.keys(json.findings[0])).toEqual(
      expect.arrayContaining(['category', 'text', 'start', 'end', 'suggestion']),
    );
  });
  it('text shows file:line:col and an indented suggestion', () => {
    expect(formatText('draft.md', text, result)).toMatch(
      /^draft\.md:2:1 {2}omission {2}.+\n {4}suggestion: /,
    );
  });
  it('SARIF 2.1.0 has rules per category and regions', () => {
    const sarif = JSON.parse(formatSarif('draft.md', text, result, 'test'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules).toHaveLength(10);
    const region = sarif.runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 46 });
    expect(sarif.runs[0].results[0].ruleId).toBe('omission');
  });
  it('--suggest rendering keeps the document and adds rewrites inline', () => {
    const out = formatSuggest(text, result);
    expect(
      out.startsWith('Intro.\n~~The engineer failed to check replication lag.~~ [omission: Checking'),
    ).toBe(true);
  });
});
