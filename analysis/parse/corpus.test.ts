import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parsePostmortem } from './index.js';

// The shared corpus sits beside the repository: analysis/parse → ../../../shared/corpus.
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const read = (path: string) => readFileSync(corpus + path, 'utf8');
const list = (folder: string) =>
  readdirSync(corpus + folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${folder}/${name}`);

/** Compares texts without markdown, case, punctuation or status notes such as "(done)". */
function normalise(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\((?:done|completed?|closed|fixed|in progress|todo)\)/gi, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function withoutActionItems(text: string): { input: string; labels: string[] } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('corpus file without front matter');
  const frontMatter = parseYaml(match[1]!) as Record<string, unknown>;
  const labels = (frontMatter.action_items as string[] | undefined) ?? [];
  delete frontMatter.action_items;
  return { input: `---\n${stringifyYaml(frontMatter)}---\n${text.slice(match[0].length)}`, labels };
}

describe('corpus', () => {
  it('recognises every file of templates/ as a template', () => {
    const files = list('templates');
    expect(files).toHaveLength(7);
    for (const file of files) {
      const parsed = parsePostmortem({ text: read(file), contentType: 'markdown', filename: file });
      expect(parsed.kind, file).toBe('template');
      expect(parsed.skipReason, file).toBeTruthy();
    }
  });

  it('skips SOURCES.md as not a postmortem', () => {
    const parsed = parsePostmortem({
      text: read('SOURCES.md'),
      contentType: 'markdown',
      filename: 'SOURCES.md',
    });
    expect(parsed.kind).toBe('not-postmortem');
    expect(parsed.skipReason).toMatch(/not a postmortem/);
  });

  it('parses every dfds, wikitech and icco file as a postmortem with its date', () => {
    const files = [...list('dfds'), ...list('wikitech'), ...list('icco')];
    expect(files.length).toBe(637);
    const notPostmortem: string[] = [];
    for (const file of files) {
      const text = read(file);
      const parsed = parsePostmortem({ text, contentType: 'markdown', filename: file });
      if (parsed.kind !== 'postmortem') notPostmortem.push(`${file}: ${parsed.skipReason}`);
      const declared = /^date: '?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1];
      // A declared date that is not a calendar day (2018-02-29 exists upstream) must not be reproduced.
      const real = declared && new Date(`${declared}T00:00:00Z`).toISOString().startsWith(declared);
      if (declared) expect(parsed.occurredAt, file).toBe(real ? declared : null);
      for (const section of parsed.sections) {
        expect(section.start).toBeLessThan(section.end);
        expect(parsed.body.slice(section.start, section.end)).toContain(section.heading.slice(0, 3));
      }
    }
    expect(notPostmortem).toEqual([]);
  });

  it('extracts the dfds action items that the front matter lists by hand', () => {
    const files = list('dfds');
    const mismatches: string[] = [];
    for (const file of files) {
      const { input, labels } = withoutActionItems(read(file));
      const parsed = parsePostmortem({ text: input, contentType: 'markdown', filename: file });
      const got = parsed.actionItems.map((item) => normalise(item.text));
      const want = labels.map(normalise);
      const same =
        got.length === want.length &&
        want.every((label, index) => {
          const text = got[index]!;
          return text === label || (label.startsWith(text) && text.length >= label.length * 0.8);
        });
      if (!same) mismatches.push(`${file}\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
    }
    const matchRate = (files.length - mismatches.length) / files.length;
    console.log(
      `dfds action items: ${files.length - mismatches.length}/${files.length} documents match (${(matchRate * 100).toFixed(1)}%)`,
    );
    if (mismatches.length) console.log(mismatches.join('\n'));
    expect(matchRate).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the dfds Stats section durations', () => {
    const parsed = parsePostmortem({
      text: read(list('dfds').find((file) => file.includes('PM2025-002'))!),
      contentType: 'markdown',
    });
    expect(parsed.timeToDetectMinutes).toBe(371);
    expect(parsed.timeToRecoverMinutes).toBe(389);
    expect(parsed.contributingFactors.length).toBeGreaterThan(0);
    expect(parsed.rootCauses).toEqual([]);
  });
});
