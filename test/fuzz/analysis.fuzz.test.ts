/**
 * Property-based fuzzing of parsePostmortem and analyzeBlame. Each document runs in a worker thread
 * with a generous 2 s bound, so a catastrophic regex is reported as a hang (with the shrunk document)
 * instead of freezing the suite, and the bound is loose enough not to turn into a flaky speed test.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisWorker } from './analysis-worker.js';
import { fuzzContentType, fuzzDocument } from './arbitraries.js';

const HANG_BOUND_MS = 2_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
let worker: AnalysisWorker;
let slowest = { what: '', ms: 0, length: 0, sample: '' };

beforeAll(async () => {
  worker = await AnalysisWorker.start(new URL('../..', import.meta.url).pathname);
});
afterAll(async () => {
  await worker.stop();
  // The figure for the report: how close the slowest document came to the bound.
  console.log(
    `fuzz: slowest ${slowest.what} ${slowest.ms.toFixed(0)} ms for ${slowest.length} chars starting ${slowest.sample}`,
  );
});

async function check(what: 'parse' | 'blame', text: string, contentType: 'markdown' | 'html', record = true) {
  const outcome = await worker.run(what, text, contentType, HANG_BOUND_MS);
  if (record && outcome.ms > slowest.ms)
    slowest = { what, ms: outcome.ms, length: text.length, sample: JSON.stringify(text.slice(0, 40)) };
  expect(
    outcome.timedOut,
    `${what} hung on ${JSON.stringify(text.slice(0, 300))}… (${text.length} chars)`,
  ).toBe(false);
  expect(outcome.error, outcome.error).toBeUndefined();
  expect(outcome.problems).toEqual([]);
}

describe('fuzz: analysis', () => {
  it('parsePostmortem never throws, hangs or returns offsets outside the body', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzDocument, fuzzContentType, (text, type) => check('parse', text, type)),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 120_000);

  it('analyzeBlame never throws or hangs; findings are exact slices of the input', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzDocument, (text) => check('blame', text, 'markdown')),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  }, 120_000);

  // Found by this fuzzer: thousands of unclosed nested block tags made the HTML-to-markdown step
  // super-linear; analysis/parse/html.ts now flattens nesting beyond a fixed depth.
  it('parsePostmortem handles 3000 unclosed nested <div> within the bound', async () => {
    await check('parse', `<html><body>${'<div>'.repeat(3000)}x`, 'html', false);
  }, 30_000);

  // Regression: sentence splitting used to be quadratic on a run of ".", "!" or "?" next to a word
  // ("!!!…!x": 10 000 → ~0.8 s, 20 000 → ~2.5 s), on ingest and POST /api/lint alike.
  it('analyzeBlame handles 30 000 "!" followed by a word within the bound', async () => {
    await check('blame', `${'!'.repeat(30_000)}x`, 'markdown', false);
  }, 30_000);

  it('the hang detector itself works (a worker stuck in a loop is reported, then replaced)', async () => {
    const outcome = await worker.run('spin', '', 'markdown', 500);
    expect(outcome.timedOut).toBe(true);
    await check('parse', '# Title\n\n## Summary\nok', 'markdown');
  });
});
