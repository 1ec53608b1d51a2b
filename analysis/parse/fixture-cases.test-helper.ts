/** Test-only (reads files): a folder of labelled fixtures, each parsed, for the scorer in fixture-score.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Expected, ScoredCase } from './fixture-score.js';
import { parsePostmortem } from './index.js';

/** Every `.md`/`.html` document in `folder` that has a `<name>.expected.json` beside it, parsed. */
export function loadFixtureCases(folder: URL): ScoredCase[] {
  const names = readdirSync(folder);
  return names
    .filter(
      (name) =>
        /\.(?:md|html)$/.test(name) && names.includes(name.replace(/\.(?:md|html)$/, '.expected.json')),
    )
    .sort()
    .map((name) => {
      const stem = name.replace(/\.(?:md|html)$/, '');
      const expected = JSON.parse(readFileSync(new URL(`${stem}.expected.json`, folder), 'utf8')) as Expected;
      const parsed = parsePostmortem({
        text: readFileSync(new URL(name, folder), 'utf8'),
        contentType: name.endsWith('.html') ? 'html' : 'markdown',
        filename: name,
      });
      return { name, expected, parsed };
    });
}
