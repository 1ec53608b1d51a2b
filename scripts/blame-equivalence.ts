/**
 * Equivalence harness for speed work on analyzeBlame: the results must not change by a single field.
 *
 *   npx esbuild scripts/blame-equivalence.ts --bundle --platform=node --format=cjs --outfile=/tmp/blame-eq.cjs
 *   node /tmp/blame-eq.cjs --write   # record the digest of the current results in /tmp/blame-equivalence.json
 *   node /tmp/blame-eq.cjs           # compare against it; exits 1 and names the first differing inputs
 *
 * Run from the repository root (corpus and data paths are resolved from the working directory). Record
 * with the code before a change, compare after it.
 *
 * Inputs: every file of ../shared/corpus (raw, and parsed body with its section map as ingest calls it),
 * the labelled texts and documents under analysis/blame/data, 300 generated postmortems (seed 1), 1,000-word
 * cuts of the corpus as the eval bench uses, and a few adversarial strings. Documents with findings are
 * analysed once more with their first fingerprint dismissed, so the dismissal path is covered too.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlame, type BlameOptions } from '../analysis/blame/index.js';
import { generateDocuments } from '../analysis/generator/index.js';
import { parsePostmortem } from '../analysis/parse/index.js';

const DIGEST_FILE = '/tmp/blame-equivalence.json';
const corpusRoot = join(process.cwd(), '../shared/corpus');
const dataRoot = join(process.cwd(), 'analysis/blame/data');

interface Input {
  id: string;
  text: string;
  contentType: 'markdown' | 'html';
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function inputs(): Input[] {
  const out: Input[] = [];
  const corpusFiles = filesUnder(corpusRoot);
  for (const path of corpusFiles) {
    out.push({
      id: path.slice(corpusRoot.length + 1),
      text: readFileSync(path, 'utf8'),
      contentType: /\.html?$/i.test(path) ? 'html' : 'markdown',
    });
  }
  for (const path of filesUnder(dataRoot)) {
    const id = `data/${path.slice(dataRoot.length + 1)}`;
    if (path.endsWith('.jsonl')) {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { id: string; text: string };
        out.push({ id: `${id}#${row.id}`, text: row.text, contentType: 'markdown' });
      }
    } else if (path.endsWith('.md')) {
      out.push({ id, text: readFileSync(path, 'utf8'), contentType: 'markdown' });
    }
  }
  let n = 0;
  for (const doc of generateDocuments({ seed: 1, postmortems: 300, endDate: '2026-06-30' })) {
    out.push({ id: `generated/${n++}/${doc.path}`, text: doc.text, contentType: 'markdown' });
  }
  const words = corpusFiles
    .filter((p) => p.includes('/wikitech/'))
    .flatMap((p) => readFileSync(p, 'utf8').split(/(\s+)/));
  for (let i = 0; i + 2000 <= words.length; i += 2000) {
    out.push({ id: `cut/${i}`, text: words.slice(i, i + 2000).join(''), contentType: 'markdown' });
  }
  const adversarial = [
    '',
    ' ',
    'a',
    `${'!'.repeat(5000)}x and more.`,
    `${'He '.repeat(3000)}should have checked.`,
    `"${'x '.repeat(200)}" he said. Bob’s mistake. Bob's error was obvious.`,
    'Jane forgot to run the migration.\nShe should have known better!!! Obviously, simply, just.',
    '\u0000\uffff\ud800 lone surrogates \udc00 and Bob failed.',
    // Lowercasing that changes width or depends on context (final sigma): tokens must not drift.
    "İbrahim forgot to check ΟΔΟΣ:Β and ΑΣ. Then İ’s İ's deploy broke prod; Σ was careless.",
    'The ΣΕΡΒΕΡ operator’s mistake: ΌΣΟΣ’s fault. İİİ should have known.',
  ];
  adversarial.forEach((text, i) => {
    out.push({ id: `adversarial/${i}`, text, contentType: 'markdown' });
  });
  return out;
}

function resultDigest(text: string, options: BlameOptions): string {
  const r = analyzeBlame(text, options);
  return createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 16);
}

function digests(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const input of inputs()) {
    const raw = analyzeBlame(input.text);
    out[`${input.id}|raw`] = createHash('sha256').update(JSON.stringify(raw)).digest('hex').slice(0, 16);
    const parsed = parsePostmortem({ text: input.text, contentType: input.contentType, filename: input.id });
    out[`${input.id}|parsed`] = resultDigest(parsed.body, { sections: parsed.sections });
    const first = raw.findings[0];
    if (first) {
      out[`${input.id}|dismissed`] = resultDigest(input.text, { dismissed: new Set([first.fingerprint]) });
    }
  }
  return out;
}

const started = performance.now();
const current = digests();
const total = createHash('sha256').update(JSON.stringify(current)).digest('hex');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (process.argv.includes('--write')) {
  writeFileSync(DIGEST_FILE, JSON.stringify({ total, digests: current }));
  console.log(`wrote ${DIGEST_FILE}: ${Object.keys(current).length} results, digest ${total} (${seconds} s)`);
} else {
  const stored = JSON.parse(readFileSync(DIGEST_FILE, 'utf8')) as {
    total: string;
    digests: Record<string, string>;
  };
  const differing = Object.keys({ ...stored.digests, ...current }).filter(
    (k) => stored.digests[k] !== current[k],
  );
  if (differing.length === 0 && stored.total === total) {
    console.log(`identical: ${Object.keys(current).length} results, digest ${total} (${seconds} s)`);
  } else {
    console.log(`DIFFERENT: ${differing.length} of ${Object.keys(current).length} results`);
    for (const k of differing.slice(0, 20)) console.log(`  ${k}`);
    process.exit(1);
  }
}
