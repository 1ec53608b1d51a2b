/**
 * Evaluates analyzeBlame.
 *
 *   npm run eval:blame                    # test split: P/R/F1 per category and overall, hard-negative FP rate
 *   npm run eval:blame -- --split train   # same on the training split
 *   npm run eval:blame -- --split dev2    # second-pass dev set (also dev3); see data/GUIDELINES.md
 *   npm run eval:blame -- --split dev4a   # dev4 tuning part (~60%); dev4b is the held-out part (~40%), see dev4.md
 *   npm run eval:blame -- --split dev5    # independent set written without seeing the rules (dev5.md): measure, never tune
 *   npm run eval:blame -- --split dev6    # independent set held out from training (dev6.md): measure, never tune
 *   npm run eval:blame -- --documents analysis/blame/data/documents2   # whole documents against labels.json, as `pulse lint` scores them
 *   npm run eval:blame -- --wikitech      # 20 highest-scoring documents of ../shared/corpus/wikitech with findings
 *   npm run eval:blame -- --bench         # throughput in 1,000-word documents per second
 *
 * --rules-only measures the rule pass without the classifier.
 *
 * Sentence-level: a sentence is predicted blameful if it has any finding; its category counts as
 * correct if the predicted categories include the labelled one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBlame } from '../analysis/blame/index.js';
import { splitSource } from '../analysis/blame/splits.js';
import { BLAME_CATEGORIES } from '../analysis/blame/types.js';

const args = process.argv.slice(2);
const cwd = process.cwd();

interface Row {
  id: string;
  text: string;
  blameful: boolean;
  category: string | null;
  hard: boolean;
}

function prf(tp: number, fp: number, fn: number): string {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function evalSplit(split: string): void {
  const source = splitSource(split);
  const rows = readFileSync(join(cwd, `analysis/blame/data/${source.file}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
    .filter((r) => source.keep(r.id));
  const verbose = args.includes('--verbose');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let hard = 0;
  let hardFp = 0;
  const perCat = new Map<string, { tp: number; fp: number; fn: number }>(
    BLAME_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]),
  );
  for (const row of rows) {
    const predicted = new Set<string>(
      analyzeBlame(row.text, { rulesOnly: args.includes('--rules-only') }).findings.map((f) => f.category),
    );
    const blame = predicted.size > 0;
    if (row.blameful && blame) tp++;
    else if (!row.blameful && blame) fp++;
    else if (row.blameful && !blame) fn++;
    if (!row.blameful && row.hard) {
      hard++;
      if (blame) hardFp++;
    }
    for (const [cat, c] of perCat) {
      const labelled = row.blameful && row.category === cat;
      if (labelled && predicted.has(cat)) c.tp++;
      else if (labelled) c.fn++;
      else if (predicted.has(cat)) c.fp++;
    }
    if (verbose && blame !== row.blameful) {
      console.log(`${blame ? 'FP' : 'FN'} ${row.category ?? '-'} [${[...predicted].join(',')}] ${row.text}`);
    }
  }
  console.log(`split: ${split} (${rows.length} sentences)`);
  for (const [cat, c] of perCat) console.log(`${cat.padEnd(20)} ${prf(c.tp, c.fp, c.fn)}`);
  console.log(`${'blameful (overall)'.padEnd(20)} ${prf(tp, fp, fn)}`);
  console.log(`hard negatives flagged: ${hardFp}/${hard} = ${((100 * hardFp) / (hard || 1)).toFixed(1)}%`);
}

function stripFrontMatter(text: string): string {
  const m = /^---\n[\s\S]*?\n---\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

function wikitech(): void {
  const dir = join(cwd, '../shared/corpus/wikitech');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const body = stripFrontMatter(readFileSync(join(dir, f), 'utf8'));
      return { f, result: analyzeBlame(body) };
    });
  const blameful = docs.filter((d) => d.result.blameful).length;
  console.log(
    `${docs.length} documents, ${blameful} blameful, ${docs.reduce((n, d) => n + d.result.findings.length, 0)} findings\n`,
  );
  docs.sort((a, b) => b.result.score - a.result.score || b.result.findings.length - a.result.findings.length);
  for (const d of docs.slice(0, 20)) {
    console.log(`${d.result.score}  ${d.f}`);
    for (const f of d.result.findings)
      console.log(
        `    ${f.category.padEnd(19)} ${f.ruleId.padEnd(34)} ${f.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
  }
}

function bench(): void {
  const dir = join(cwd, '../shared/corpus/wikitech');
  const words = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => stripFrontMatter(readFileSync(join(dir, f), 'utf8')).split(/(\s+)/));
  // 1,000-word documents cut from real prose (whitespace kept so markdown structure survives).
  const docs: string[] = [];
  for (let i = 0; i + 2000 <= words.length; i += 2000) docs.push(words.slice(i, i + 2000).join(''));
  for (const d of docs.slice(0, 50)) analyzeBlame(d); // warm-up
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 5000) analyzeBlame(docs[n++ % docs.length]!);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${docs.length} distinct 1,000-word documents; ${n} analysed in ${seconds.toFixed(2)} s = ${(n / seconds).toFixed(0)} docs/s`,
  );
  const big = docs.join('\n\n').slice(0, 1024 * 1024);
  const t0 = performance.now();
  analyzeBlame(big);
  console.log(`1 MiB input: ${(performance.now() - t0).toFixed(0)} ms`);
}

/** Document-level: `blameful` as `pulse lint FILE` reports it (no section weighting), against labels.json. */
function documents(dir: string): void {
  const labels = JSON.parse(readFileSync(join(cwd, dir, 'labels.json'), 'utf8')) as Record<
    string,
    { blameful: boolean }
  >;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const [file, label] of Object.entries(labels)) {
    const result = analyzeBlame(readFileSync(join(cwd, dir, file), 'utf8'));
    if (label.blameful && result.blameful) tp++;
    else if (!label.blameful && result.blameful) fp++;
    else if (label.blameful) fn++;
    else tn++;
    const mark = result.blameful === label.blameful ? 'ok   ' : label.blameful ? 'MISS ' : 'FALSE';
    console.log(`${mark} ${String(result.score).padStart(3)}  ${file}`);
    if (args.includes('--verbose'))
      for (const f of result.findings)
        console.log(
          `        ${f.category.padEnd(19)} ${f.ruleId.padEnd(30)} ${f.text.replace(/\s+/g, ' ').slice(0, 140)}`,
        );
  }
  console.log(
    `${dir}: ${tp + tn}/${tp + fp + fn + tn} correct; blameful found ${tp}/${tp + fn}, blameless flagged ${fp}/${fp + tn}`,
  );
}

const documentsAt = args.indexOf('--documents');
if (documentsAt >= 0) documents(args[documentsAt + 1] ?? 'analysis/blame/data/documents');
else if (args.includes('--wikitech')) wikitech();
else if (args.includes('--bench')) bench();
else evalSplit(args.includes('--split') ? (args[args.indexOf('--split') + 1] ?? 'test') : 'test');
