import { describe, expect, it } from 'vitest';
import { parsePostmortem } from './index.js';

const markdown = (text: string) => parsePostmortem({ text, contentType: 'markdown' });

describe('parsePostmortem on bad input', () => {
  it('returns a skipped result for empty input', () => {
    const parsed = markdown('');
    expect(parsed.kind).toBe('not-postmortem');
    expect(parsed.skipReason).toBe('empty document');
    expect(parsed.actionItems).toEqual([]);
  });

  it('does not throw on binary junk', () => {
    let seed = 7;
    const junk = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return String.fromCharCode(seed % 65_536);
    }).join('');
    const parsed = markdown(junk);
    expect(parsed.body.length).toBeGreaterThan(0);
    expect(parsePostmortem({ text: junk, contentType: 'html' }).warnings).toBeInstanceOf(Array);
  });

  it('parses a 5 MB document in well under the time budget', () => {
    const section =
      '## Action items\n- [ ] Add an alert (owner: @ana, due: 2026-03-01) MOB-12\n| a | b |\n|---|---|\n| 1 |\n\n';
    const huge = `# Big\n\nDate: 2026-03-03\n\n${'The cache [filled](http://x) up *again* ((((( ____ `'.repeat(100_000)}\n\n${section.repeat(10_000)}`;
    expect(huge.length).toBeGreaterThan(5_000_000);
    const start = performance.now();
    const parsed = markdown(huge);
    const seconds = (performance.now() - start) / 1000;
    console.log(`5 MB document parsed in ${seconds.toFixed(2)} s`);
    expect(parsed.occurredAt).toBe('2026-03-03');
    expect(parsed.actionItems.length).toBe(10_000);
    expect(seconds).toBeLessThan(10);
  });

  it('handles pathological 1 MiB lines without backtracking blow-ups', () => {
    const inputs = [
      `- ${'a - '.repeat(250_000)}`,
      `- fix (${'owner: x, '.repeat(100_000)}`,
      `Date: ${'1/'.repeat(500_000)}`,
      `## Action items\n- ${'@'.repeat(1_000_000)}`,
      `---\n${'key: value\n'.repeat(90_000)}`,
      // Long runs of trailing-punctuation characters that stop short of the end (quadratic `[.\s]+$`).
      `## Action items\n- fix ${'. '.repeat(400_000)}x`,
      `## Action items\n- fix ${', - '.repeat(200_000)}OPS-1`,
      `## Action items\n- fix ${'(A) '.repeat(200_000)}`,
      // Hand-over arrows, trailing bracketed owners and emoji status prefixes (parse-3).
      `## Action items\n- fix ${'-> '.repeat(300_000)}x`,
      `## Action items\n- fix a${' '.repeat(500_000)}→ @b`,
      `## Action items\n- fix ${'(Ann) by 2026-01-02 '.repeat(50_000)}`,
      `## Action items\n- ${'🔄 '.repeat(300_000)}in progress: x`,
    ];
    for (const text of inputs) {
      const start = performance.now();
      markdown(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it('keeps malformed front matter as body with a warning', () => {
    const parsed = markdown('---\ntitle: [unclosed\nseverity: SEV2\n---\n# Outage\n\nDate: 2026-01-02\n');
    expect(parsed.warnings.join(' ')).toMatch(/malformed front matter/);
    expect(parsed.frontMatter).toEqual({});
    expect(parsed.body).toContain('title: [unclosed');
    expect(parsed.occurredAt).toBe('2026-01-02');
    const unclosed = markdown('---\ntitle: x\n# Outage\n');
    expect(unclosed.warnings.join(' ')).toMatch(/never closed/);
  });

  it('reads a table with missing cells', () => {
    const parsed = markdown(
      '## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n| Add alert |\n| Fix retries | Mei |\n| | Bo | done |\n',
    );
    expect(parsed.actionItems.map(({ text, owner, status }) => ({ text, owner, status }))).toEqual([
      { text: 'Add alert', owner: null, status: 'unknown' },
      { text: 'Fix retries', owner: 'Mei', status: 'unknown' },
    ]);
  });

  it('keeps HTML and <script> inside markdown as inert text', () => {
    const parsed = markdown(
      '# Outage\n\n## Summary\n<script>alert("x")</script> The <b>cache</b> emptied.\n\n## Action items\n- Escape <img src=x onerror=alert(1)> in reports\n',
    );
    expect(parsed.summary).toContain('<script>alert("x")</script>');
    expect(parsed.actionItems[0]?.text).toBe('Escape <img src=x onerror=alert(1)> in reports');
  });

  it('never invents: an undated, unowned document has nulls and unknowns', () => {
    const parsed = markdown(
      '# Outage\n\n## What happened\nThe queue stalled.\n\n## Next steps\n- Add a queue alert\n',
    );
    expect(parsed.occurredAt).toBeNull();
    expect(parsed.severity).toBeNull();
    expect(parsed.team).toBeNull();
    expect(parsed.actionItems).toEqual([
      {
        text: 'Add a queue alert',
        owner: null,
        status: 'unknown',
        due: null,
        ticket: null,
        kind: null,
        priority: null,
      },
    ]);
  });
});
