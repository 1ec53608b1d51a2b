import { appendFileSync } from 'node:fs';
import { it } from 'vitest';
import { parsePostmortem } from '../zz-orig-parse/index.js';
it('t', () => {
  const inputs = [
    `- ${'a - '.repeat(250_000)}`,
    `- fix (${'owner: x, '.repeat(100_000)}`,
    `Date: ${'1/'.repeat(500_000)}`,
    `## Action items\n- ${'@'.repeat(1_000_000)}`,
    `---\n${'key: value\n'.repeat(90_000)}`,
    `## Action items\n- fix ${'— x '.repeat(200_000)}`,
    `## Action items\n- fix ${'. Owner: '.repeat(100_000)}`,
    `## Action items\n- fix ${'(A) '.repeat(200_000)}`,
    `## Action items\n1. ${'due by '.repeat(140_000)}`,
    `Action items:\n- x ${', 2026'.repeat(160_000)}`,
    `## Action items\n\n${'### 1. x\nOwner: y\n\n'.repeat(30_000)}`,
    `${'<p class="title">'.repeat(60_000)}`,
    `${'<span class="c1">x'.repeat(60_000)}`,
    `<style>${'.c1{text-decoration:line-through}'.repeat(30_000)}</style>${'<span class="c1">x</span>'.repeat(30_000)}`,
  ];
  for (const [index, text] of inputs.entries()) {
    const start = performance.now();
    parsePostmortem({ text, contentType: index >= 11 ? 'html' : 'markdown' });
    appendFileSync('/tmp/timing-orig.txt', `${index} ${(performance.now() - start).toFixed(0)}\n`);
  }
});
