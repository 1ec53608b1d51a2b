// Compares markdown parsers on the shared corpus. From the repo root:
// npx esbuild bench/parser-choice.bench.ts --bundle --platform=node --format=esm --outfile=/tmp/pc.mjs && node /tmp/pc.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { parsePostmortem } from '../analysis/parse/index.js';

// Run from the repo root; the corpus sits beside it.
const corpus = join(process.cwd(), '../shared/corpus');
const docs: string[] = [];
for (const dir of ['dfds', 'wikitech', 'icco', 'templates']) {
  for (const name of readdirSync(join(corpus, dir))) docs.push(readFileSync(join(corpus, dir, name), 'utf8'));
}

const md = new MarkdownIt('default', { html: false, linkify: false });
const candidates: Record<string, (text: string) => unknown> = {
  'marked.lexer (block + inline tokens)': (text) => marked.lexer(text),
  'markdown-it.parse (block + inline tokens)': (text) => md.parse(text, {}),
  'markdown-it.parse + render': (text) => md.render(text),
  'parsePostmortem (whole extraction, markdown-it inside)': (text) =>
    parsePostmortem({ text, contentType: 'markdown' }),
};

const rounds = 20;
for (const [name, fn] of Object.entries(candidates)) {
  for (const doc of docs) fn(doc); // warm-up
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const doc of docs) fn(doc);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${name}: ${Math.round((docs.length * rounds) / seconds)} docs/s (${docs.length} docs x ${rounds})`,
  );
}
